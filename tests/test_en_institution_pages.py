"""Shapes of a university's or a hospital's own news pages (English, often machine-translated):
"President A" printed with no organisation after the page's institution was named earlier in
the paragraph. Every name, institution and sentence here is invented for the tests."""

from kg.extract import extract_article
from kg.read import make_article


def roles(body: str, headline: str) -> set[tuple[str, str, str]]:
    article = make_article("x.txt", f"{headline}\nMay 6, 2024\n\n{body}\n")
    return {(r.person, r.role, r.org) for r in extract_article(article).roles}


# -- "President A" on the page of an institution headed by a president -------------------------


def test_a_lone_president_after_a_visit_to_the_pages_hospital_is_the_hospitals():
    held = roles(
        "On May 3, Professor Tom Hale, Vice President of the University of Kent, visited "
        "Ridgeview Hospital. President Zhao Ming, Executive Vice President Qian Li and staff of "
        "the International Office attended the meeting.",
        "Kent delegation visits Ridgeview Hospital",
    )
    assert ("Zhao Ming", "other", "Ridgeview Hospital") in held
    assert ("Qian Li", "other", "Ridgeview Hospital") in held


def test_a_lone_president_after_the_school_held_a_meeting_is_the_schools():
    held = roles(
        "On April 6, the school held a meeting of all cadres at Eastvale Institute of Technology. "
        "Chairman Wu Gang, President Lu Fang attended the meeting and made a speech.",
        "Eastvale Institute of Technology holds cadre meeting",
    )
    assert ("Lu Fang", "other", "Eastvale Institute of Technology") in held


def test_a_presidents_possessive_on_a_universitys_page_is_not_its_president():
    held = roles(
        "On May 3, Eastvale University held a meeting. President Lu Fang chaired the meeting. "
        "The university studied President Wang Hai's speech at the forum.",
        "Eastvale University studies a speech",
    )
    assert ("Lu Fang", "other", "Eastvale University") in held
    assert not any(person == "Wang Hai" for person, _, _ in held)


def test_a_lone_president_on_a_companys_page_needs_the_company_in_its_sentence():
    held = roles(
        "On May 3, Harwick Minerals Ltd hosted a trade delegation. President Lu Fang attended "
        "the talks.",
        "Harwick Minerals hosts delegation",
    )
    assert not any(person == "Lu Fang" for person, _, _ in held)


def test_a_lone_president_on_an_associations_page_that_mentions_a_university_is_not_its():
    held = roles(
        "On May 3, the Global Association of Surgeons visited Eastvale. President Lu Fang "
        "thanked the university for its support.",
        "Global Association of Surgeons visits Eastvale",
    )
    assert not any(org == "Global Association of Surgeons" for _, _, org in held)


def test_our_university_after_a_title_is_the_pages_university():
    held = roles(
        "On April 22, Eastvale Agricultural University received a delegation from Arland. Wu "
        "Gang, Secretary of the Party Committee of our university, met with the delegation.",
        "Eastvale Agricultural University receives Arland delegation",
    )
    assert ("Wu Gang", "party-secretary", "Eastvale Agricultural University") in held
    assert not any(org.casefold() == "our university" for _, _, org in held)


def test_a_director_of_a_field_then_the_university_holds_a_units_post_not_a_board_seat():
    held = roles(
        "On June 19, Tom Hale, Director of International Programs, Westbrook State University, "
        "visited Eastvale University and met its leaders.",
        "Westbrook delegation visits Eastvale University",
    )
    assert ("Tom Hale", "other", "Westbrook State University") in held
    assert not any(org == "International Programs" for _, _, org in held)


def test_a_lone_president_after_the_pages_institution_is_named_elsewhere_is_nobodys():
    held = roles(
        "The Eastvale University choir performed at State House on May 3. President William "
        "Hale thanked the singers.",
        "Eastvale University choir sings at State House",
    )
    assert not any(person == "William Hale" for person, _, _ in held)


def test_hosts_met_during_a_visit_in_another_university_are_its_not_the_pages():
    held = roles(
        "Our university's delegation headed by Vice-President Zhang Hua of Eastvale Agricultural "
        "University visited Arland. During the visit in the University of Arland, the delegation "
        "was met by Vice-President Prof. Tom Hale.",
        "Our university's delegation visited Arland",
    )
    assert ("Tom Hale", "other", "University of Arland") in held
    assert ("Tom Hale", "other", "Eastvale Agricultural University") not in held


def test_the_trusts_chairman_on_the_page_of_the_one_trust_named():
    got = extract_article(
        make_article(
            "x.txt",
            "New chief executive for the hospital trust\n\nPaula Reyes will join Kestrel and Telford Hospital "
            "NHS Trust on July 1. Speaking about it, the trust's chairman Ben Reid said it was good.\n",
        )
    )
    assert ("Ben Reid", "chairman", "Kestrel and Telford Hospital NHS Trust") in {
        (r.person, r.role, r.org) for r in got.roles
    }


def test_the_trusts_chairman_where_two_trusts_are_named_is_no_ones():
    got = extract_article(
        make_article(
            "x.txt",
            "Trust names a new chief executive\n\nPaula Reyes will join Kestrel Hospital NHS Trust "
            "on July 1. She was chief executive of Norvale Foundation Trust and Norvale Foundation "
            "Trust praised her. Norvale Foundation Trust is large. Speaking about it, the trust's "
            "chairman Ben Reid said it was good.\n",
        )
    )
    assert not {r for r in got.roles if r.person == "Ben Reid"}
