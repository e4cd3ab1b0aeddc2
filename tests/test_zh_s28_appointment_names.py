"""任免 notices: a name jieba cuts before 任 in two unknown words ("王立|文任"), and a government
department named for two fields after a place jieba cuts off its level ("南江|市|发展和改革委员会")."""

from __future__ import annotations

import pytest
from tests.zh_article import roles_of, zh_extract


@pytest.mark.parametrize(
    "body, person",
    [
        ("王立文任南溪市教育局局长。", "Wang Liwen"),
        ("近日，郝立文任南溪市教育局局长。", "Hao Liwen"),
    ],
)
def test_a_name_cut_before_ren_holds_the_post(body, person):
    found = zh_extract(body, date="2024-08-09")
    assert (person, "head", "南溪市教育局", "current") in roles_of(found)


@pytest.mark.parametrize(
    "body, status",
    [
        ("程立文任南溪市发展和改革委员会副主任。", "current"),
        ("免去程立文的南溪市发展和改革委员会副主任职务。", "former"),
    ],
)
def test_a_two_field_commission_keeps_its_place(body, status):
    found = zh_extract(body, date="2024-08-09")
    assert {(r[2], r[3]) for r in roles_of(found) if r[0] == "Cheng Liwen"} == {
        ("南溪市发展和改革委员会", status)
    }
