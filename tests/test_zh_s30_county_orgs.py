"""Chinese organisations: a county's hospital whose place jieba cuts from its level character
("松林|县|人民医院") keeps the county in its name."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_county_hospital_keeps_its_county_when_jieba_cuts_the_level_apart():
    found = zh_extract(
        "5月3日，松林县人民医院院长赵德明一行来我院交流。我院副院长张立群陪同参观。",
        headline="松林县人民医院来我院交流",
        source="青山市第一人民医院",
    )
    assert ("Zhao Deming", "other", "松林县人民医院", "current") in roles_of(found)
    assert "人民医院" not in {o.name for o in found.orgs}
