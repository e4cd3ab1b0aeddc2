"""A picture's or a story's credit names the agency or paper behind it: "[Photo by A/Paper]",
"[Photo/Agency]", "— Agency pic" closing a caption, "This report by Agency was first
published". The agency is an organisation the page names, never the page's own; the
photographer before the slash is no organisation."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en
from tests.zh_article import zh_extract

HEAD = "台成大學校長交接"


@pytest.mark.parametrize(
    "body, agency",
    [
        (
            "Kestrel Foods opened a plant in Lakeside. [Photo by Wen Hao/Harbour Daily]\n\n"
            "Kestrel Foods said output would double.",
            "Harbour Daily",
        ),
        (
            "Kestrel Foods opened a plant in Lakeside. [Photo/Northgate News]\n\n"
            "Kestrel Foods said output would double.",
            "Northgate News",
        ),
        (
            "A view of the Kestrel Foods plant in Lakeside. — Harbour Wire pic\n\n"
            "Kestrel Foods Bhd has appointed Ahmad Kamal as its chairman.",
            "Harbour Wire",
        ),
        (
            "Kestrel Foods said chief executive Jane Rowe will retire in June.\n\n"
            "This report by The Northern Press was first published March 17, 2023.",
            "The Northern Press",
        ),
    ],
)
def test_a_credit_names_its_agency(body, agency):
    found = extract_en(body)
    names = {o.name for o in found.orgs}
    assert agency in names
    assert found.main_org != agency
    assert not {"Wen Hao", "Photo by Wen Hao"} & names


def test_a_picture_credited_to_an_agency_in_chinese():
    found = zh_extract(
        "台成大學今天舉辦校長交接典禮。(圖/北辰社)\n\n新任校長陳文杰表示將推動國際化。",
        headline=HEAD,
    )
    assert "北辰社" in {o.name for o in found.orgs}
    assert found.main_org != "北辰社"


@pytest.mark.parametrize(
    "credit", ["(圖/記者王小明攝)", "（图／取自台成大學臉書）", "(圖/台成大學提供)"]
)
def test_a_photographer_or_a_source_is_no_agency(credit):
    found = zh_extract(
        f"台成大學今天舉辦校長交接典禮。{credit}\n\n新任校長陳文杰表示將推動國際化。", headline=HEAD
    )
    assert {o.name for o in found.orgs} <= {"台成大學"}
