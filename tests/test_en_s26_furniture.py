"""Session 26: a language switcher line ("EN | 中文") is furniture, and a source label followed by
the site's account or the next label ("Published By : Admin", "Source: Posted Date: ...") names
no organisation; a real source after the label still does."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import blank_furniture, make_article

BODY = (
    "On May 3, Kestrel Power Group opened its new plant in Jinan. Dong Wei, chairman of the "
    "group, attended the ceremony."
)


def _orgs(top: str) -> set[str]:
    text = f"Kestrel Power opens new plant\n{top}\n{BODY}\n"
    return {o.name for o in extract_article(make_article("a.txt", text)).orgs}


def test_a_language_switcher_is_furniture() -> None:
    assert blank_furniture("EN | 中文\nText.").startswith(" " * 7 + "\n")
    assert blank_furniture("English / 繁體 / 简体\n").strip() == ""


def test_the_sites_account_after_a_source_label_is_no_organisation() -> None:
    assert _orgs("Published By : Admin | May 4, 2023") == {"Kestrel Power Group"}
    assert _orgs("Source: Posted Date:05-04-2023") == {"Kestrel Power Group"}


def test_a_source_named_after_the_label_is_still_read() -> None:
    assert "Harbour Daily" in _orgs("Source: Harbour Daily")
