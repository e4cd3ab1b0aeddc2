"""A visiting party coming to "the school" for a purpose ("一行9人来校交流"): the named university
is the visitors', so the page's bare "校党委书记A" is not at it."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

BODY = (
    "5月6日上午，东江大学党委书记、校长林海川，党委副书记周明远等一行9人来校交流。"
    "校党委书记高振宇、校长许文博、副校长唐立新会见了林海川一行，并进行了座谈。"
)


def test_host_school_titles_not_given_to_visiting_university() -> None:
    found = zh_extract(BODY, headline="校领导会见来访客人")
    at_visitors = {p for p, _, org, _ in roles_of(found) if org == "东江大学"}
    assert not at_visitors & {"Gao Zhenyu", "Xu Wenbo", "Tang Lixin"}
    assert "Lin Haichuan" in at_visitors
