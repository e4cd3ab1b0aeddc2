"""A bare "省委书记A" on a page that names Taiwan only as the guests' side ("台湾方面"): never a
post at a Taiwan provincial committee or government."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

BODY = (
    "6月3日，省委书记赵明德、省长钱立群在省会会见了参加两岸农业论坛的台湾方面理事长林志宏一行。"
    "赵明德对客人表示欢迎。"
)


def test_bare_provincial_titles_not_at_taiwan() -> None:
    found = zh_extract(BODY, headline="省领导会见论坛嘉宾")
    orgs = {org for _, _, org, _ in roles_of(found)}
    assert not {o for o in orgs if o.startswith("台湾省")}
