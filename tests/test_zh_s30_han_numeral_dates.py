"""A titled name followed straight by a date in Han numerals ("市长A五月三日率团访问") is a
person, and a numeral opening that date is no part of the name (sentences invented)."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_name_before_a_han_numeral_date():
    found = zh_extract("江川市市长周明远五月三日率团访问新加坡，双方就加强合作进行了交流。")
    assert "Zhou Mingyuan" in {p.name for p in found.persons}
    assert any(p.person == "Zhou Mingyuan" for e in found.events for p in e.participants)


def test_numeral_opening_the_date_is_not_the_names():
    found = zh_extract("协会会长陈伟十二月一日主持召开理事会议，全体理事参加。")
    assert "Chen Wei" in {p.name for p in found.persons}
    assert not any(p.native and p.native.endswith("十") for p in found.persons)
