"""A quantifier opening a capitalised run ("Several Government Ministers were present") is no
part of an organisation's name (sentences invented)."""

from __future__ import annotations

from tests.helpers_en import extract_en


def test_quantifier_does_not_open_an_organisation():
    found = extract_en(
        "Premier Jane Holt met Kestrel Mining chairman Tom Reyes on 4 May 2023. Several "
        "Government Ministers were present at the meeting."
    )
    names = {o.name for o in found.orgs}
    assert not any(n.startswith("Several") for n in names)
    assert "Kestrel Mining" in names
