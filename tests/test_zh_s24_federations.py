"""Federations of chambers as Taiwan pages print them (sentences written for these tests; every
name is invented): "X商會聯合總會" is one organisation, not its member chamber "X商會", and its
head is a "總會長", not a "會長"."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_federation_of_chambers_and_its_presidents():
    got = roles_of(
        zh_extract(
            "外交部政務次長林文海今天接見南洋台灣商會聯合總會第5屆總會長方子華、"
            "北方台灣商會聯合總會名譽總會長陳振邦等一行6人。",
            headline="外交部次長接見僑界代表",
        )
    )
    assert ("Fang Zihua", "other", "南洋台灣商會聯合總會", "current") in got
    assert ("Chen Zhenbang", "other", "北方台灣商會聯合總會", "current") in got
    assert not {r for r in got if r[2] in ("南洋台灣商會", "北方台灣商會")}


def test_the_federation_chairs_its_own_meeting():
    found = zh_extract(
        "南洋臺灣商會聯合總會第8屆理監事聯席會議於2024年7月15日上午舉行開幕典禮，"
        "由總會長高文海擔任主席。",
        headline="僑界聯席會議開幕",
    )
    assert ("Gao Wenhai", "other", "南洋臺灣商會聯合總會", "current") in roles_of(found)
    assert "南洋臺灣商會" not in {o.name for o in found.orgs}
