"""A Party committee printed by its full name ("中共X大学委员会") is a Party body: its bare
书记, 副书记, 常委 and 委员 are the Party's posts, not "other" ones."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

_BODY = (
    "3月6日下午，远江大学召开干部大会。会上宣读了省委决定：冯嘉同志任中共远江大学委员会"
    "委员、常委、书记；韩路同志任中共远江大学委员会委员、常委、副书记；因年龄原因，"
    "卫成同志不再任中共远江大学委员会书记、常委、委员。邵启同志任中共远江大学纪律检查委员会书记。"
)


def test_full_party_committee_name_gives_party_posts() -> None:
    roles = roles_of(zh_extract(_BODY, headline="远江大学召开干部大会"))
    org = "中共远江大学委员会"
    assert ("Feng Jia", "party-secretary", org, "current") in roles
    assert ("Feng Jia", "party-committee-member", org, "current") in roles
    assert ("Han Lu", "deputy-party-secretary", org, "current") in roles
    assert ("Wei Cheng", "party-secretary", org, "former") in roles
    assert not any(r == "other" for _p, r, o, _s in roles if o == org)
    # a discipline commission is no Party committee: its secretary is not the Party secretary
    assert not any(r == "party-secretary" for p, r, _o, _s in roles if p == "Shao Qi")
