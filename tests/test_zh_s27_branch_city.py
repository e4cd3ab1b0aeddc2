"""A city printed only in a bank branch's name is where the branch sits, not the page's city."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_branch_city_is_not_the_bare_committees_city() -> None:
    body = (
        "9月24日，市委书记柯文远，市委副书记、市长祁明哲与来考察的瑞丰银行南昌分行行长"
        "严立新一行座谈。副市长温少卿参加座谈。"
    )
    found = zh_extract(body, headline="瑞丰银行南昌分行来考察", source="本报")
    orgs = {org for _p, _r, org, _s in roles_of(found)}
    assert "南昌市委" not in orgs and "南昌市" not in orgs
    assert any(r.org == "瑞丰银行南昌分行" and r.role == "general-manager" for r in found.roles)


def test_directly_governed_city_is_a_city() -> None:
    body = "9月24日，市委书记柯文远在仙桃市调研。仙桃市委副书记祁明哲陪同。"
    found = zh_extract(body, headline="柯文远调研仙桃工业园", source="仙桃日报")
    assert any(r.org == "仙桃市委" and r.role == "party-secretary" for r in found.roles)
