"""Countries whose names have a lower-case word inside ("Trinidad and Tobago", "Bosnia and
Herzegovina"): read whole before a title, possessive or not, so a minister's post is the country's
and no organisation "Tobago" is made of the name's last word."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEADLINE = "Trade mission meets officials"


def test_prime_minister_of_a_country_with_and_in_its_name():
    found = extract_en(
        "The Trinidad and Tobago Prime Minister Sam Dellow met the trade mission on Friday.",
        headline=HEADLINE,
    )
    assert ("Sam Dellow", "other", "Trinidad and Tobago", "current") in role_set(found)
    assert "Tobago" not in {o.name for o in found.orgs}


def test_possessive_country_with_and_before_a_portfolio_minister():
    held = role_set(
        extract_en(
            "The envoy met Bosnia and Herzegovina's Energy Minister Tomas Velic on Friday. "
            "Trinidad and Tobago's Trade Minister Ana Ruford was also there.",
            headline=HEADLINE,
        )
    )
    assert ("Tomas Velic", "other", "Bosnia and Herzegovina", "current") in held
    assert ("Ana Ruford", "other", "Trinidad and Tobago", "current") in held


def test_country_with_and_only_mentioned_is_no_organisation():
    found = extract_en(
        "Harbor Metals Inc. appointed Jane Roeby as chief financial officer. The company also "
        "sells in Trinidad and Tobago and Kenya.",
        headline=HEADLINE,
    )
    assert {o.name for o in found.orgs} == {"Harbor Metals Inc."}
