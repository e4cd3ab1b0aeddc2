"""A government title with a modifier before it ("署理财政司司长A", "代理市长B") is read as the
bare title is: the government the page names or none, never an organisation named elsewhere in
the sentence."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_acting_secretary_not_at_the_next_bureau():
    found = zh_extract(
        "出席的嘉賓包括政務司司長王建明,署理財政司司長張永強,環境及生態局局長陳大海。",
        headline="嘉賓出席開幕典禮",
    )
    assert not any(r[0] == "Zhang Yongqiang" and r[2] == "環境及生態局" for r in roles_of(found))
    assert ("Chen Dahai", "head", "環境及生態局", "current") in roles_of(found)
