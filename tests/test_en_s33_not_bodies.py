"""Things that are not organisations must not become the body of a title: an exchange named in a
stock listing or an index, an agency's credit opening the story, a bare capitals word the text
names once and never spells out, a portfolio word in brackets after a title written short."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

LEAD = (
    "Shares in Tamsin Mutual (VLX: TMU) fell on Tuesday, pulling down the QM/VLX 250 Index "
    "(VLX: QVX)."
)


def test_exchange_in_a_listing_or_index_is_no_page_subject():
    found = extract_en(
        "Why did TMB shares fall? This morning TMB said its chairman will retire. Outgoing "
        'chairman, Dana Wolt, gave the reasons. Ms Wolt said: "It is time for new hands."',
        headline=LEAD,
    )
    assert found.main_org == "TMB"
    assert ("Dana Wolt", "chairman", "TMB", "former") in role_set(found)
    assert not any(r.org in ("VLX", "QM") for r in found.roles)


def test_exchange_named_as_a_body_still_found():
    found = extract_en("Dana Wolt, chairman of the VLX, said the market was calm on Monday.")
    assert ("Dana Wolt", "chairman", "VLX", "current") in role_set(found)


def test_agency_credit_opening_the_story_is_no_body():
    found = extract_en(
        "The leaders of Norland met the heads of Harwick Foods and Tarvel Mining on March 23.",
        headline=(
            "NWA/THE KESTA HERALD – Norland sought to reassure foreign chiefs of its business "
            "potential when Vice-Premier Ola Brant met with the heads of Harwick and others."
        ),
    )
    assert not any(r.org in ("NWA", "THE KESTA HERALD") for r in found.roles)
    assert found.main_org not in ("NWA", "THE KESTA HERALD")


def test_capitals_named_once_are_no_page_subject():
    found = extract_en(
        "Managing director Dr Ana Brill will join the company's marketing committee, while "
        "Tom Keel has been appointed executive chairman. The company's project has a KRZ "
        "resource of 1.5 billion tonnes.",
        headline="Coal developer shuffles its board as it nears production in the north",
    )
    assert found.main_org is None
    assert not any(r.org == "KRZ" for r in found.roles)


def test_capitals_named_twice_stay_page_subject():
    found = extract_en(
        "Managing director Dr Ana Brill said KRZ would build the mine. KRZ has 200 staff.",
        headline="Coal developer shuffles its board as it nears production in the north",
    )
    assert found.main_org == "KRZ"


def test_field_word_in_brackets_after_capitals_is_no_abbreviation():
    found = extract_en(
        "A team from Orrin Pump Works called on the Provincial Minister on Monday. Chief Operating "
        "Officer Vera Lind flew in for the talks. Managing Director KTWB Lena Furst, JS "
        "(Transport), Director Transport and other officers were also present."
    )
    assert not any("Transport" in o.aliases for o in found.orgs)
    assert ("Vera Lind", "other", "Orrin Pump Works", "current") in role_set(found)


def test_bracketed_abbreviation_of_a_name_still_defined():
    found = extract_en("Tarvel Mining Exchange (TMX) said on Monday that its profit rose.")
    assert any(o.name == "Tarvel Mining Exchange" and "TMX" in o.aliases for o in found.orgs)
