"""English: a list of diplomats and officials, each item its titles then its name. A diplomatic
rank ("Consul", "Counselor") is no part of a name and may stand between a post and its holder;
"were among some 30 people in attendance" makes the list attendees; a unit named by its fields
("Cultural Affairs Office") is no page's own organisation. Sentences written for these tests;
every name is invented."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

LIST = (
    "On March 3, 2023, the Consulate General held talks with a delegation from Lanshan "
    "Province. Acting Consul General Wang Dali, Education Counselor Zhao Hong, Head of Cultural "
    "Affairs Office Consul Sun Bo, Head of Economic Affairs Office Consul Zhou Yun, as well as "
    "Mayor of Heyuan City Ye Lan were among over 30 people in attendance."
)


def test_a_rank_between_a_post_and_its_holder():
    found = extract_en(LIST, headline="Consulate General holds talks with Lanshan delegation")
    got = role_set(found)
    assert ("Sun Bo", "head", "Cultural Affairs Office", "current") in got
    assert ("Zhou Yun", "head", "Economic Affairs Office", "current") in got
    assert not any(p == "Zhao Hong" and o == "Cultural Affairs Office" for p, _r, o, _s in got)
    assert "Zhao Hong" in {p.name for p in found.persons}


def test_a_list_among_the_people_in_attendance_attended():
    found = extract_en(LIST, headline="Consulate General holds talks with Lanshan delegation")
    attended = {p.person for e in found.events for p in e.participants}
    assert {"Wang Dali", "Zhao Hong", "Sun Bo", "Zhou Yun", "Ye Lan"} <= attended


def test_a_unit_named_by_its_fields_in_the_headline_is_no_page_s_organisation():
    found = extract_en(
        "Head of Cultural Affairs Office Sun Bo met Zhou Yun, chairman of Kestrel Holdings, on "
        "Monday.",
        headline="Head of Cultural Affairs Office meets Kestrel Holdings chairman",
    )
    assert found.main_org != "Cultural Affairs Office"


def test_an_envoy_posted_to_a_country_between_title_and_name():
    text = (
        "Kestrel Mining Ltd hosted a dinner on March 3, 2023. Pakistani Ambassador to Ghana Ahmed "
        "Karim and the Malaysian ambassador to Egypt Wan Azmi Wan Yusof attended the dinner."
    )
    got = role_set(extract_en(text, headline="Kestrel Mining hosts dinner"))
    assert ("Ahmed Karim", "other", "Pakistan", "current") in got
    assert ("Wan Azmi Wan Yusof", "other", "Malaysia", "current") in got


def test_an_envoy_whose_country_is_not_told_is_no_company_s():
    text = (
        "Kestrel Mining Ltd hosted a dinner on March 3, 2023. Ambassador to Sudan Ahmed Karim "
        "called on the chairman Tom Baker."
    )
    got = role_set(extract_en(text, headline="Kestrel Mining hosts dinner"))
    assert not any(p == "Ahmed Karim" for p, _r, _o, _s in got)
