"""Articles in languages other than English and Chinese are named in a one-line error, never
read as English or Chinese; English however oddly machine-translated stays English."""

from __future__ import annotations

import pytest
from kg.read import ArticleError, read_article
from kg.read.language import identify
from tests.input_samples import EN_ARTICLE, ZH_ARTICLE, ZH_ARTICLE_TRADITIONAL

OTHERS = [  # sentences we wrote, in the genre, long enough to be identified
    (
        "French",
        "Le président du conseil d'administration de la société Orvanta a rencontré mardi le "
        "ministre de l'Économie à Lyon pour discuter des investissements dans l'énergie.",
    ),
    (
        "German",
        "Der Vorstandsvorsitzende der Orvanta AG traf am Dienstag in Hamburg den "
        "Wirtschaftsminister des Landes, um über neue Investitionen zu sprechen.",
    ),
    (
        "Spanish",
        "El presidente del consejo de administración de Orvanta se reunió el martes en Valencia "
        "con el ministro de Economía para hablar de nuevas inversiones en energía.",
    ),
    (
        "Japanese",
        "オルヴァンタ株式会社の代表取締役社長は、大阪で経済産業大臣と会談し、新たな投資について協議した。",
    ),
    (
        "Korean",
        "오르반타 주식회사 대표이사는 부산에서 산업통상자원부 장관과 만나 새로운 투자에 대해 논의했다고 밝혔다.",
    ),
]
ENGLISH = [
    EN_ARTICLE,
    "On the morning of 7 month26 day, Party Secretary and Chairman of the Group Company Qian "
    "Dongming went to the XNUMXth Branch to investigate and guide work, and held a symposium "
    "with the leading cadres of the branch on the work of the second half of the year.",
    "Sheikh Rashid bin Saeed Al Qasimi received Dato' Seri Amirul Hakim bin Ahmad, Deputy "
    "Minister of Trade, and Mr Oluwaseun Adeyemi-Okafor, Managing Director of Lagoon Holdings "
    "Plc, at Al Mushrif Palace in the presence of Sheikh Khalid bin Humaid Al Mualla.",
]


@pytest.mark.parametrize("name, text", OTHERS, ids=[o[0] for o in OTHERS])
def test_input_language_other_languages_are_named(tmp_path, name, text):
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(
        ArticleError, match=rf"^article.txt: the text is not English or Chinese \({name}\)$"
    ):
        read_article(path)


@pytest.mark.parametrize("text", ENGLISH, ids=["sample", "machine-translated", "names"])
def test_input_language_english_stays_english(text):
    assert identify(text).code == "en"


@pytest.mark.parametrize("text", [ZH_ARTICLE, ZH_ARTICLE_TRADITIONAL], ids=["hans", "hant"])
def test_input_language_chinese_with_a_few_kana_symbols_stays_chinese(text):
    assert identify(text + "\n（・ー）\n").code == "zh"
    assert identify(text).code == "zh"


def test_input_language_a_short_latin_text_is_not_second_guessed():
    assert identify("Ana Souza, presidente da Orvanta, met the board.").code == "en"
