"""A verb jieba tags as a noun right before a place's title ("副市长A代表市长B致辞": on behalf
of the mayor) is no place: no organisation "代表市" for B's post."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_on_behalf_of_is_no_city():
    found = zh_extract(
        "新春團拜今天舉行，副市長鄭大文代表市長林小明向同仁拜年，祝福大家工作順利。",
        headline="新春團拜今天舉行",
    )
    assert not any(o.name.startswith("代表") for o in found.orgs)
    assert not any(r.org and r.org.startswith("代表") for r in found.roles)
