"""A minister's portfolio and the ministry the article names for it: "Minister for X Name" and
"X Minister Name" hold a post ("other") at "the Ministry of X" when the article names that
ministry and no second country's minister of X; a ministry named for a list of fields is one
name; a "minister" of a department (部长 put in English) heads it. Invented names only.
"""

import pytest
from tests.helpers_en import extract_en


def roles(text: str, headline: str | None = None) -> set[tuple[str, str, str]]:
    found = extract_en(text, headline=headline) if headline else extract_en(text)
    return {(r.person, r.role, r.org) for r in found.roles}


def orgs(text: str) -> set[str]:
    return {o.name for o in extract_en(text).orgs}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Minister for Water Affairs Tomas Brandt opened the plant. The Ministry of Water "
            "Affairs paid for it.",
            ("Tomas Brandt", "other", "Ministry of Water Affairs"),
        ),
        (
            "Energy Minister Olav Rask said the Ministry of Energy would publish the plan.",
            ("Olav Rask", "other", "Ministry of Energy"),
        ),
        (
            "Foreign Minister Arvid Kessel spoke after the talks. The Foreign Ministry later "
            "issued a statement.",
            ("Arvid Kessel", "other", "Foreign Ministry"),
        ),
        (
            "The Deputy Minister for Sport, Youth and Culture, Hon. Kwame Osei, said the Ministry "
            "of Sport, Youth and Culture would fund the games.",
            ("Kwame Osei", "other", "Ministry of Sport, Youth and Culture"),
        ),
    ],
)
def test_a_portfolio_minister_holds_a_post_at_the_ministry_the_article_names(text, expected):
    assert expected in roles(text)


def test_no_ministry_when_two_countries_ministers_share_the_portfolio():
    held = roles(
        "Norway's Foreign Minister Arvid Kessel met Kenya's Foreign Minister Daniel Mwangi at "
        "the Ministry of Foreign Affairs on Monday."
    )
    assert not [r for r in held if r[2] == "Ministry of Foreign Affairs"]


def test_no_ministry_of_another_portfolio():
    held = roles("Energy Minister Olav Rask visited the Ministry of Finance on Monday.")
    assert not [r for r in held if r[0] == "Olav Rask"]


def test_a_bare_minister_is_no_post_at_the_page_company():
    held = roles(
        "Minister Olav Rask opened the new plant on Monday.",
        headline="Kestrel Group opens plant",
    )
    assert not held


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Officials of the Ministry of Science, Technology and Innovation attended.",
            "Ministry of Science, Technology and Innovation",
        ),
        (
            "The State Bureau of Plant Supervision, Inspection and Quarantine issued the rule.",
            "State Bureau of Plant Supervision, Inspection and Quarantine",
        ),
    ],
)
def test_a_ministry_named_for_a_list_of_fields_is_one_name(text, name):
    assert name in orgs(text)


def test_a_list_of_organisations_after_a_ministry_stays_apart():
    found = orgs(
        "Officials of the Ministry of Finance, Kestrel Revenue Authority and Central Bank met."
    )
    assert "Ministry of Finance" in found
    assert not [o for o in found if "Kestrel" in o and "Ministry" in o]


def test_the_minister_of_a_department_heads_it():
    held = roles(
        "Wang Lei, Minister of the Publicity Department of the Municipal Party Committee, "
        "spoke at the forum."
    )
    assert ("Wang Lei", "head", "Publicity Department of the Municipal Party Committee") in held


@pytest.mark.parametrize(
    "text, holder",
    [
        (  # the last item of a list shared by a country's possessive
            "He will meet Norway's Prime Minister Arvid Kessel, Foreign Minister Olav Rask and "
            "Minister of Science, Technology and Innovation Tomas Brandt.",
            ("Tomas Brandt", "other", "Norway"),
        ),
        (  # a portfolio with commas between a titled name and the name it belongs to
            "The Prime Minister was joined by Olav Rask, Minister of Investment, Trade and "
            "Industry Tomas Brandt, and other officials. The Ministry of Investment, Trade and "
            "Industry arranged the meetings.",
            ("Tomas Brandt", "other", "Ministry of Investment, Trade and Industry"),
        ),
    ],
)
def test_a_portfolio_of_fields_with_commas_goes_to_the_name_after_it(text, holder):
    got = roles(text)
    assert holder in got
    assert not {r for r in got if r[0] == "Olav Rask" and r[2].startswith("Ministry")}


def test_a_secretary_for_a_portfolio_before_the_name_is_no_post_at_the_page_body():
    got = roles(
        "Kestrel Holdings said its offices would stay open. He added Secretary for Security "
        "Tomas Brandt has asked for the debate to be resumed on June 12."
    )
    assert {r for r in got if r[0] == "Tomas Brandt"} == set()
