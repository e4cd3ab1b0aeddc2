"""Titles before "A和B": B, titled at another organisation elsewhere on the page, does not share
A's titles ("省长A和董事长B出席签约仪式")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

BODY = (
    "3月8日，江西省政府与远航重工集团签署战略合作协议。省委书记周立国会见远航重工集团董事长孟庆川一行。"
    "省委副书记、省长韩宇和孟庆川出席签约仪式并共同见证协议签署。"
)


def test_and_joined_name_keeps_its_own_post_only() -> None:
    roles = roles_of(zh_extract(BODY, headline="省政府与远航重工签约"))
    meng = {(role, org) for p, role, org, _ in roles if p == "Meng Qingchuan"}
    assert meng and all("重工" in org for _, org in meng)
    assert any(p == "Han Yu" and role == "governor" for p, role, _, _ in roles)
