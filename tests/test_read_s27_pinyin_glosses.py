"""Pages from converting mirrors print a pinyin reading after converted characters ("集團(tuán)");
the reader drops those glosses before extraction, and nothing else in brackets."""

from __future__ import annotations

from kg.read.ruby import drop_pinyin_glosses
from tests.zh_article import roles_of, zh_extract


def test_glosses_after_han_characters_are_dropped() -> None:
    assert drop_pinyin_glosses("宏達集團(tuán)會(huì)見了來賓") == "宏達集團會見了來賓"
    assert drop_pinyin_glosses("綠(lǜ)色能(néng)源") == "綠色能源"


def test_other_brackets_stay() -> None:
    kept = "新城科技(xincheng)和(ai)項目、(dì)三、A(ā)"
    assert drop_pinyin_glosses(kept) == kept


def test_a_glossed_page_reads_names_and_posts_whole() -> None:
    found = zh_extract(
        "6月5日下午,宏達集團(tuán)董事長、黨委書記(jì)蔣衛(wèi)東會(huì)見了來訪的客人一行。",
        headline="宏達集團(tuán)董事長會(huì)見客人",
    )
    assert "Jiang Weidong" in {p.name for p in found.persons}
    assert ("Jiang Weidong", "chairman", "宏達集團", "current") in roles_of(found)


def test_a_headcount_before_come_is_no_organisation() -> None:
    found = zh_extract("5月3日，华茂集团董事长冯建一行5人来集团交流座谈。")
    assert {o.name for o in found.orgs} == {"宏达化工", "华茂集团"}
