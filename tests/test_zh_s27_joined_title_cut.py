"""A name joined by 和 after a titled name must not be cut from a title ("副局长A和党办主任B":
"党办主" is no person) (sentences written for these tests; every name is invented)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_no_name_cut_from_the_next_title():
    found = zh_extract(
        "5月6日，在市卫健局副局长林春生和党办主任云海峰的陪同下，调研组一行到宏达化工调研。",
        headline="调研组到宏达化工调研",
        date="2024-05-07",
    )
    names = {p.name for p in found.persons}
    assert "Dang Banzhu" not in names
    assert "Yun Haifeng" in names
    assert not any(r[0] == "Dang Banzhu" for r in roles_of(found))
