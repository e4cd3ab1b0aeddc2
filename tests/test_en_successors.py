"""Posts filled by reference to a post just left, and career sentences set before the page's news
(sentences written for these tests)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str) -> set[tuple[str, str, str, str]]:
    got = extract_article(make_article("x.txt", f"Board changes\n\n{body}\n"))
    return {(r.person, r.role, r.org, r.status) for r in got.roles}


def test_succeeded_by_in_the_same_sentence_gives_the_successor_the_post_left():
    got = roles(
        "Dr Omar Tillet will step down as Chief Financial Officer of Veltra Mining at the end of"
        " the year and will be succeeded by Ms Helen Varga."
    )
    assert ("Omar Tillet", "chief-financial-officer", "Veltra Mining", "former") in got
    assert ("Helen Varga", "chief-financial-officer", "Veltra Mining", "current") in got


def test_succeeded_by_in_the_next_sentence():
    got = roles(
        "Omar Tillet will retire as chairman of Veltra Mining in May. He will be succeeded by"
        " Helen Varga."
    )
    assert ("Helen Varga", "chairman", "Veltra Mining", "current") in got


def test_appointed_in_his_place():
    got = roles(
        "Veltra Mining said Omar Tillet has resigned as chief executive. Helen Varga has been"
        " appointed in his place."
    )
    assert ("Omar Tillet", "general-manager", "Veltra Mining", "former") in got
    assert ("Helen Varga", "general-manager", "Veltra Mining", "current") in got


def test_no_post_left_no_successor():
    got = roles(
        "Omar Tillet, chairman of Veltra Mining, met Paul Dray. He was replaced by Helen Varga."
    )
    assert not {r for r in got if r[0] == "Helen Varga"}


def test_two_persons_leaving_name_no_successor():
    got = roles(
        "Omar Tillet resigned as chairman of Veltra Mining and Paul Dray resigned as chief"
        " executive of Veltra Mining. They will be replaced by Helen Varga."
    )
    assert not {r for r in got if r[0] == "Helen Varga"}


def test_a_career_sentence_gives_former_posts():
    for body in (
        "Previously, Helen Varga was Chief Executive of Harrow Bank.",
        "Before joining Veltra Mining, Helen Varga was Chief Executive of Harrow Bank.",
        "Prior to her appointment, Helen Varga was Chief Executive of Harrow Bank.",
        "Helen Varga was Chief Executive of Harrow Bank before joining Veltra Mining.",
    ):
        assert ("Helen Varga", "general-manager", "Harrow Bank", "former") in roles(body), body


def test_before_joining_after_a_meeting_is_no_career():
    got = roles(
        "Helen Varga, Chief Executive of Harrow Bank, met the minister before joining the talks."
    )
    assert ("Helen Varga", "general-manager", "Harrow Bank", "current") in got


def test_a_name_then_a_company_ending_in_s_and_its_title():
    got = roles("Helen Varga, Veltra Minerals' chief executive, said the results were strong.")
    assert ("Helen Varga", "general-manager", "Veltra Minerals", "current") in got


def test_names_of_unlisted_given_names_by_a_copula_and_a_title():
    got = roles("Ines Varga was Chief Executive of Harrow Bank.")
    assert ("Ines Varga", "general-manager", "Harrow Bank", "current") in got
    assert not roles("Harrow Bank was the sponsor of the event.")


def test_names_after_a_succession_phrase():
    got = extract_article(make_article("x.txt", "Board\n\nHe will be succeeded by Ines Varga.\n"))
    assert "Ines Varga" in {p.name for p in got.persons}
    got = extract_article(
        make_article("x.txt", "Board\n\nThe plant will be replaced by Harrow Bank.\n")
    )
    assert not got.persons


def test_a_family_name_with_its_particle_capitalised_is_the_longer_name():
    got = extract_article(
        make_article(
            "x.txt",
            "Board\n\nVeltra Holdings appointed Stewart van Drie as chief executive on Monday."
            " Van Drie is currently chairman of the Veltra board.\n",
        )
    )
    assert {p.name for p in got.persons} == {"Stewart van Drie"}


def test_a_former_word_before_an_organisation_and_its_title():
    got = roles(
        "Veltra Mining has appointed former Harrow Bank chief executive Omar Tillet as its chairman."
    )
    assert ("Omar Tillet", "general-manager", "Harrow Bank", "former") in got
    assert ("Omar Tillet", "chairman", "Veltra Mining", "current") in got
    got = roles("Harrow Bank chief executive Omar Tillet met the former minister.")
    assert ("Omar Tillet", "general-manager", "Harrow Bank", "current") in got


def test_takes_over_as_from_the_predecessor():
    got = roles("Omar Tillet takes over as chief executive of Veltra Mining from Paul Dray.")
    assert ("Omar Tillet", "general-manager", "Veltra Mining", "current") in got
    assert ("Paul Dray", "general-manager", "Veltra Mining", "former") in got
    got = roles(
        "Omar Tillet takes over as chief executive of Veltra Mining from Monday, when he returns"
        " from Perth."
    )
    assert {r[0] for r in got} == {"Omar Tillet"}


def test_promoted_to_a_title():
    for body in (
        "Veltra Mining promoted Omar Tillet to chief operating officer.",
        "Veltra Mining has promoted Omar Tillet to the position of chief operating officer.",
    ):
        assert ("Omar Tillet", "other", "Veltra Mining", "current") in roles(body), body
    assert not roles(
        "Veltra Mining promoted Omar Tillet to lead the chief operating officer search."
    )


def test_a_resignation_of_a_titled_person_is_a_post_left():
    for body in (
        "Veltra Mining announced the resignation of its chief financial officer, Omar Tillet.",
        "Veltra Mining announced the retirement of chairman Omar Tillet.",
        "Veltra Mining announced the resignation of Omar Tillet as chairman.",
    ):
        got = roles(body)
        assert {r[3] for r in got if r[0] == "Omar Tillet"} == {"former"}, body


def test_a_holder_s_apposition_then_the_titles_it_becomes():
    got = roles(
        "Veltra Mining said on Monday: Omar Tillet, the current Chief Financial Officer who has"
        " served the company for 20 years in mines, mills and ports, will become Interim Chief"
        " Executive Officer at the Annual Meeting."
    )
    assert ("Omar Tillet", "chief-financial-officer", "Veltra Mining", "current") in got
    assert ("Omar Tillet", "general-manager", "Veltra Mining", "current") in got
    assert not {r for r in got if r[2] == "Annual Meeting"}


def test_someone_else_becoming_a_title_is_not_the_apposed_holder_s():
    got = roles(
        "Omar Tillet, chairman of Veltra Mining, said the company will become a leader in copper."
    )
    assert got == {("Omar Tillet", "chairman", "Veltra Mining", "current")}


def test_appointed_and_no_longer_holding_a_post_and_relieved_from_one():
    got = roles(
        "Comrade Zhao Ming was appointed as Party Secretary of Kestrel University and no longer"
        " held the post of President."
    )
    assert ("Zhao Ming", "party-secretary", "Kestrel University", "current") in got
    assert ("Zhao Ming", "other", "Kestrel University", "former") in got
    got = roles(
        "Comrade Qian Wei was relieved from the post of Party Committee member of Kestrel"
        " University."
    )
    assert ("Qian Wei", "party-committee-member", "Kestrel University", "former") in got
