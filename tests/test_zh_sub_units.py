"""Units printed after the body they belong to: the unit keeps its printed name, gets its own
short name as an alias and the body as its parent, and the body is an organisation of the
article. Invented names only."""

import pytest
from kg.extract.zh.sub_units import UnitSplit, split_unit
from tests.zh_article import zh_extract


@pytest.mark.parametrize(
    "name, split",
    [
        ("青禾市卫健委医政医管处", UnitSplit("青禾市卫健委", "医政医管处")),
        ("商务部外资司综合处", UnitSplit("商务部外资司", "综合处")),  # a division of a department
        ("青禾特區特派員公署政策研究室", UnitSplit("青禾特區特派員公署", "政策研究室")),
        ("宏达集团党群工作部", UnitSplit("宏达集团", "党群工作部")),
        ("外交部西部辦事處", UnitSplit("外交部", "西部辦事處")),  # the shortest first cut
        (
            "江州第八工程局办公室",
            UnitSplit("江州第八工程局", ""),
        ),  # "办公室" has no name of its own
    ],
)
def test_a_unit_is_cut_after_its_parent(name, split):
    assert split_unit(name) == split


@pytest.mark.parametrize(
    "name", ["宏达集团公司", "人事处", "集团办公室", "市委组织部", "国家能源局", "江州国际会议中心"]
)
def test_no_cut_in_a_company_a_bare_unit_or_a_body_of_its_own(name):
    assert split_unit(name) is None


def test_the_parent_is_an_organisation_and_the_units_parent():
    found = zh_extract("3月3日，湖北省委组织部副部长王志强出席会议。", headline="宏达集团召开会议")
    orgs = {o.name: o for o in found.orgs}
    assert "湖北省委" in orgs
    assert orgs["湖北省委组织部"].parent == "湖北省委"
    assert "组织部" in orgs["湖北省委组织部"].aliases
