"""Units printed right after the body they belong to keep the body in their name, whether the
reader found the body as a known name or as a shaped one. Invented sentences only."""

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "sentence, unit, parent, short",
    [
        (
            "6月12日，大唐集团人力资源管理中心主任赵明远出席会议。",
            "大唐集团人力资源管理中心",
            "大唐集团",
            "人力资源管理中心",
        ),
        (
            "6月12日，华电集团党群工作部部长赵明远出席会议。",
            "华电集团党群工作部",
            "华电集团",
            "党群工作部",
        ),
        (
            "6月12日，市农业农村委财务处处长赵明远出席会议。",
            "市农业农村委财务处",
            "市农业农村委",
            "财务处",
        ),
    ],
)
def test_a_unit_keeps_the_body_printed_before_it(sentence, unit, parent, short):
    found = zh_extract(sentence)
    orgs = {o.name: o for o in found.orgs}
    assert orgs[unit].parent == parent
    assert short in orgs[unit].aliases
    assert parent in orgs
    assert ("Zhao Mingyuan", "head", unit, "current") in roles_of(found)
