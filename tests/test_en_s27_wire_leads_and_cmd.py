"""Session 27 (track h1): a wire site's name heading its story ("Site.com - ...") and a
dateline crediting two outlets and the day in one bracket ("CITY, (A / B - 4th May, 2020 ) :")
are who wrote the story, not the company whose officers it names; "CMD" (chairman and managing
director, Indian usage) is a chairman's title; a body's acronym before an honorific ("CMD,
ACME Shri A. Rao") is no part of the name."""

from __future__ import annotations

from kg.extract import EXTRACTORS
from kg.model import Extraction
from kg.read import make_article
from kg.vocab import load_vocab
from tests.helpers_en import extract_en, role_set


def test_site_name_heading_the_story_takes_no_officer():
    article = make_article(
        "test.txt",
        " date 2020-02-05 Quaymarket.com - Defence contractor Halden Marrow International said "
        "chief executive Ann Morrow had decided to retire after 16 years at the helm.\n"
        "Morrow would remain as CEO until a successor had been found and put in place, the "
        "company said.\nHalden Marrow International also announced the appointment of Tom "
        "Ashdown as a non-executive director with effect from 1 April.\n"
        "Story provided by Quaymarket.com\n",
    )
    found = Extraction(article)
    for component in EXTRACTORS["en"]:
        component(article, load_vocab(), found)
    assert not any(r[2] == "Quaymarket.com" for r in role_set(found))


def test_bracketed_dateline_with_two_outlets_and_a_day_takes_no_officer():
    found = extract_en(
        "MULTAN, (Valeview / Riverside Point News - 24th Nov, 2020 ) :A delegation consisting "
        "of Executive Director Mr Tan Ruo Kai called on the provincial minister on Tuesday.\n"
        "CEO Mr Adnan Qureshi also attended the meeting."
    )
    assert not any(r[2] in ("Riverside Point News", "Valeview") for r in role_set(found))
    placed = extract_en("Marlow (Kestrel District): Governor Ann Vale called on the President.")
    assert "Kestrel District" not in {o.name for o in placed.orgs}  # where, not who


def test_cmd_before_a_name_is_the_companys_chairman():
    found = extract_en(
        "The minister visited the head office of Torvane Minerals Limited and reviewed its "
        "performance. Earlier, Torvane Minerals CMD Ravi Sundar briefed the minister."
    )
    roles = role_set(found)
    assert ("Ravi Sundar", "chairman", "Torvane Minerals Limited", "current") in roles
    assert "CMD" not in {o.name for o in found.orgs}


def test_acronym_before_an_honorific_after_cmd_is_no_part_of_a_name():
    found = extract_en(
        "Torvane Minerals CMD Ravi Sundar met the minister. Earlier CMD, TVML Shri N. Rao "
        "Varma apprised the minister of the progress of its projects."
    )
    names = {p.name for p in found.persons}
    assert "TVML Shri" not in names
    assert "N. Rao Varma" in names
    assert ("Ravi Sundar", "chairman", "Torvane Minerals", "current") in role_set(found)
