"""A visiting party's coming that names no place ("X学院党委书记A一行来访", "一行8人来校"): the
publisher is where they came, so X is the visitors' college, never the school a later bare
"校党委书记B" (the page's own) is at."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "lead",
    [
        "5月12日，蓝山学院党委书记周明远、党委副书记吴静一行来访，校党委书记郑海涛与来宾座谈。",
        "5月12日上午，蓝山学院党委书记周明远一行8人来校，校党委书记郑海涛出席相关活动。",
    ],
)
def test_the_hosts_bare_school_title_is_not_the_visitors_college(lead):
    body = lead + "郑海涛简要介绍了青河大学的办学历史。周明远介绍了蓝山学院基本情况。"
    found = zh_extract(body, headline=lead.split("，")[1].split("，")[0], date="2024-05-13")
    roles = roles_of(found)
    assert ("Zhou Mingyuan", "party-secretary", "蓝山学院", "current") in roles
    assert ("Zheng Haitao", "party-secretary", "蓝山学院", "current") not in roles
