"""Two shapes of translated institution news: a later title of a list printed after the kind of
the page's organisation ("member of the Party Committee and hospital vice president" on a
hospital's page: both posts the hospital's), and a sentence set at an organisation by the
abbreviation the page defined for it ("Halden University (HU) ... At HU, ... its vice president
A, B and C"). The Chinese shape of the first ("党委委员、医院副院长") is checked beside it.
Invented names only.
"""

from tests.helpers_en import extract_en, role_set
from tests.zh_article import roles_of, zh_extract

HOSPITAL = "Kelby Central Hospital held its annual work meeting on Friday. "


def test_a_later_title_after_the_page_kind_is_the_pages_post():
    held = role_set(
        extract_en(
            HOSPITAL + "Tan Meiling, member of the Party Committee and hospital vice president, "
            "announced the winners.",
            headline="Kelby Central Hospital holds annual work meeting",
        )
    )
    assert ("Tan Meiling", "party-committee-member", "Kelby Central Hospital", "current") in held
    assert ("Tan Meiling", "other", "Kelby Central Hospital", "current") in held


def test_both_titles_before_the_name_are_kept_when_the_second_names_the_kind():
    held = role_set(
        extract_en(
            HOSPITAL + "The meeting was chaired by the deputy secretary of party committee and "
            "the hospital president Gu Haoran.",
            headline="Kelby Central Hospital holds annual work meeting",
        )
    )
    assert ("Gu Haoran", "deputy-party-secretary", "Kelby Central Hospital", "current") in held
    assert ("Gu Haoran", "other", "Kelby Central Hospital", "current") in held


def test_a_kind_the_page_organisation_is_not_gives_it_no_post():
    held = role_set(
        extract_en(
            "Kelby Normal University held its annual work meeting on Friday. Tan Meiling, member "
            "of the Party Committee and hospital vice president, announced the winners.",
            headline="Kelby Normal University holds annual work meeting",
        )
    )
    assert not [r for r in held if r[0] == "Tan Meiling" and r[1] == "other"]


def test_the_chinese_list_gives_the_page_hospital_both_posts():
    held = roles_of(
        zh_extract(
            "4月18日，青川市中心医院召开工作会议。党委委员、医院副院长周文涛出席。",
            headline="青川市中心医院召开工作会议",
        )
    )
    assert ("Zhou Wentao", "party-committee-member", "青川市中心医院", "current") in held
    assert ("Zhou Wentao", "other", "青川市中心医院", "current") in held


def test_a_sentence_set_at_a_defined_abbreviation_is_set_at_its_organisation():
    held = role_set(
        extract_en(
            "From July 14 to 22, at the invitation of Halden University (HU), Mr. Li led a "
            "delegation to visit the university.\n\nAt HU, the delegation was warmly received by "
            "its vice president Tom Ashby, Ruth Kell, and Ian Moss.",
            headline="Delegation visits universities abroad",
        )
    )
    for name in ("Tom Ashby", "Ruth Kell", "Ian Moss"):
        assert (name, "other", "Halden University", "current") in held
