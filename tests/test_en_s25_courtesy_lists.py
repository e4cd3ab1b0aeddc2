"""A plural title after names each with a courtesy title ("Mr. A and Ms. B, deputy mayors"):
every name listed holds it, not only the one nearest the title."""

from tests.helpers_en import extract_en, role_set

BODY = (
    "Dongling Municipal Government officials toured the campus. On August 5, Mr. Zhao Ming, "
    "Party Secretary of Dongling Municipal Party Committee, and Mr. Qian Hua and Ms. Sun Li, "
    "deputy mayors, came to Dongling University to investigate."
)


def test_each_courtesy_titled_name_holds_the_plural_title():
    roles = role_set(extract_en(BODY))
    assert ("Qian Hua", "other", "Dongling Municipal Government", "current") in roles
    assert ("Sun Li", "other", "Dongling Municipal Government", "current") in roles
    assert not any(r[0] == "Zhao Ming" and r[2] == "Dongling Municipal Government" for r in roles)
