"""Words that end like an organisation but name none, and page furniture around the story.

A Chinese name ending in 港 is a place ("香港", "X港") or the object of a verb
("来港", "治港"), never a body by that ending alone; "高科技" and "资讯科技" are fields, not
companies; an unknown word opened by a determiner or a conjunction ("此届", "每名", "而县") opens no
name. In English, products and economic terms written short ("LCD", "FDI") and short titles
("TD", "VC") are no organisations; a breadcrumb "您所在的位置:" and a newsletter's or a messaging
channel's invitation are furniture.
"""

from __future__ import annotations

import pytest
from kg.extract import extract_article
from kg.read import blank_furniture, make_article
from tests.zh_article import zh_extract


def _zh_names(body: str) -> set[str]:
    return {o.name for o in zh_extract(body).orgs}


@pytest.mark.parametrize(
    "body, bad",
    [
        ("5月6日，会长邓立行表示，希望更多外国企业来港投资。", "企业来港"),
        ("宏达化工董事长柯文涛说，公司将积极服务香港、贡献香港。", "贡献香港"),
        ("柯文涛强调，坚持爱国者治港原则，宏达化工将继续支持特区发展。", "爱国者治港"),
        ("柯文涛介绍，宏达化工将大力发展高科技产业，带动当地就业。", "发展高科技"),
        ("宏达化工董事会通过决议，每名董事任期三年。", "每名"),
        ("柯文涛表示，将在此届董事任满后退休。", "此届"),
    ],
)
def test_no_organisation_from_a_word_that_only_ends_like_one(body: str, bad: str) -> None:
    names = _zh_names(body)
    assert not any(name.endswith(bad[-2:]) and bad[:2] in name for name in names), names


def test_a_body_after_a_conjunction_keeps_its_own_name() -> None:
    names = _zh_names("4月3日，柯文涛到宏达化工调研，而县农会理事长蒲晓东陪同。")
    assert not any(name.startswith("而") for name in names), names


def _en_names(top: str, body: str) -> set[str]:
    text = f"Kestrel Power opens new plant\n{top}\n{body}\n"
    return {o.name for o in extract_article(make_article("a.txt", text)).orgs}


@pytest.mark.parametrize(
    "body, bad",
    [
        (
            "On May 3, Kestrel Power Group said it would build a Gen8 LCD panel line in Tarvik, "
            "its chairman Dong Wei said.",
            "LCD",
        ),
        (
            "Dong Wei, chairman of Kestrel Power Group, said FDI inflows into the region rose.",
            "FDI",
        ),
        (
            "Local TD Maeve Corrigan welcomed Dong Wei, chairman of Kestrel Power Group, on May 3.",
            "TD",
        ),
        (
            "On May 3, Kestrel Power Group signed an agreement with Tarvik University. Later, the "
            "university's VC Prof. Alan Moss presented gifts to Dong Wei.",
            "VC",
        ),
    ],
)
def test_short_terms_and_titles_are_no_organisations(body: str, bad: str) -> None:
    names = _en_names("", body)
    assert "Kestrel Power Group" in names and bad not in names, names


@pytest.mark.parametrize(
    "line",
    [
        "您所在的位置:网站首页 宏达化工新闻",
        "Sign up for the Harbour Mining weekly newsletter here.",
        "GET HARBOUR DAILY IN YOUR INBOX",
        "Harbour Daily is now on Telegram!",
        "Related Stories",
    ],
)
def test_furniture_lines_are_blanked(line: str) -> None:
    assert blank_furniture(f"{line}\nText.").startswith(" " * len(line) + "\n")
