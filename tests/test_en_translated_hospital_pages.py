"""Pages of Chinese institutions in English (sentences written for these tests): a courtesy title
after a portfolio, a group's units named by an acronym and a field, a pinyin name printed as one
word, "our hospital" on a page whose organisation read is another kind, and a title whose
holder's name was not read."""

from __future__ import annotations

from tests.helpers_en import extract_en, role_set

HEAD = "Riverside hospital of KSU receives foreign delegation"


def test_a_courtesy_title_after_a_portfolio_is_no_name():
    found = extract_en(
        "On February 23rd, French Minister of Social Affairs and Health Ms. Anne DURAND visited"
        " the hospital.",
        headline=HEAD,
    )
    names = {p.name for p in found.persons}
    assert "Anne DURAND" in names
    assert not any(n.endswith("Ms") for n in names)


def test_an_acronym_and_a_field_name_a_unit_not_a_person():
    found = extract_en(
        "Board Secretary Li Baoshan, and leaders of KSIC Power, KSIC Health and KSIC Capital"
        " attended.",
        headline="KSIC holds work meeting",
    )
    assert "KSIC Health" not in {p.name for p in found.persons}


def test_a_pinyin_name_printed_as_one_word_after_a_title():
    found = extract_en(
        "President Wang Xinghai, Vice-President Zhaoyan, Vice-President Zhang Junmin received"
        " the delegation.",
        headline=HEAD,
    )
    names = {p.name for p in found.persons}
    assert "Zhaoyan" in names
    held = role_set(found)
    assert not any(r[0] == "Wang Xinghai" and r[1] == "deputy-general-manager" for r in held)


def test_our_hospital_is_not_the_university_read_as_the_page_s():
    held = role_set(
        extract_en(
            "Secretary of the party committee of our hospital Zhang Yuanshan, President of our"
            " hospital Wang Xinghai received the delegation.",
            headline=HEAD,
        )
    )
    assert not any(r[2] == "KSU" for r in held)


def test_our_hospital_on_a_hospital_page():
    held = role_set(
        extract_en(
            "Kestrel Hospital held a meeting. Secretary of the party committee of our hospital"
            " Zhang Yuanshan received the delegation.",
            headline="Kestrel Hospital receives foreign delegation",
        )
    )
    assert ("Zhang Yuanshan", "party-secretary", "Kestrel Hospital", "current") in held


def test_our_hospital_is_no_hospitality_company_s():
    # the kind is a word of the page's organisation's name, as for "hospital vice president"
    held = role_set(
        extract_en(
            "Kestrel Hospitality Group held a meeting. Secretary of the party committee of our"
            " hospital Zhang Yuanshan received the delegation.",
            headline="Kestrel Hospitality Group receives foreign delegation",
        )
    )
    assert not any(r[2] == "Kestrel Hospitality Group" for r in held)


def test_a_title_followed_by_a_name_not_read_is_not_the_name_before():
    held = role_set(
        extract_en(
            "Kestrel Group held a meeting. Jane Roe, Director Okonkwo, and Tom Hale attended.",
            headline="Kestrel Group holds meeting",
        )
    )
    assert not any(r[0] == "Jane Roe" for r in held)


def test_a_dash_glued_before_a_name_list():
    found = extract_en(
        "Leaders attached great importance to the ceremony-Fan Weishan, secretary of the"
        " municipal Party committee, Zhang Jianlin, director of the Standing Committee of the"
        " Municipal People's Congress, attended the ceremony.",
        headline="Commencement ceremony of the new factory",
    )
    assert "Fan Weishan" in {p.name for p in found.persons}


def test_a_title_of_an_unread_body_takes_no_organisation_from_the_item_before():
    held = role_set(
        extract_en(
            "Zhang Jianlin, director of the Standing Committee of the Municipal People's"
            " Congress, Liu Yinshan, chairman of the municipal CPPCC, attended the ceremony.",
            headline="Commencement ceremony of the new factory",
        )
    )
    assert not any(r[0] == "Liu Yinshan" and "Standing Committee" in r[2] for r in held)


def test_a_month_and_day_set_off_by_a_full_stop():
    found = extract_en(
        "On 9.24, the commencement ceremony of the new factory was successfully held. Mr. Xie"
        " Geshan, the general manager, delivered a speech.",
        published="2021-09-30",
        headline="Commencement ceremony of the new factory",
    )
    assert any(str(e.start) == "2021-09-24" for e in found.events)


def test_a_family_name_alone_after_a_title_is_no_glued_name():
    found = extract_en(
        "ACFIC Secretary-General Ouyang, Membership Department Director Wang Yuanshan attended.",
        headline="Federation meeting held",
    )
    assert "Ouyang" not in {p.name for p in found.persons}


def test_the_university_a_delegation_visits_is_the_page_s():
    found = extract_en(
        "On the morning of June 19, Richard Porter, Director of International Programs, Westmoor"
        " State University, visited the university. The delegation was received by Vice"
        " President Jiang Yaoshan.",
        headline="Delegation of Westmoor State University Visits KSTU",
    )
    held = role_set(found)
    assert found.main_org == "KSTU"
    assert not any(r[0] == "Jiang Yaoshan" and r[2] == "Westmoor State University" for r in held)


def test_a_hospital_named_in_two_capitalised_parts_and_lower_case():
    found = extract_en(
        "The minister hoped to strengthen the cooperation with XiangNan hospital of KSU."
        " President of our hospital Wang Xinghai received her. After the meeting she visited our"
        " Emergency Department. The Emergency Department is the first of its kind. The Emergency"
        " Department is busy.",
        headline="Minister of health visits the city hospital",
    )
    assert "XiangNan hospital" in {o.name for o in found.orgs}
    assert found.main_org == "XiangNan hospital"
    assert ("Wang Xinghai", "other", "XiangNan hospital", "current") in role_set(found)


def test_a_unit_of_no_proper_name_is_never_the_page_s_organisation():
    found = extract_en(
        "The delegation visited the Emergency Department. The Emergency Department is the first"
        " of its kind. Vice-President Zhang Junmin received them.",
        headline="Minister of health visits the city hospital",
    )
    assert found.main_org != "Emergency Department"
    assert not any(r.org == "Emergency Department" for r in found.roles)


def test_a_place_s_cpc_and_the_cpc_in_a_university():
    held = role_set(
        extract_en(
            "Du Jiahai, Governor and Deputy Secretary of Hunan CPC , investigated the health"
            " system recently. Officials attended, including Li Youzhong by the company of Gao"
            " Wenbin, Secretary of CPC in Central South University.",
            headline="Governor investigates the provincial health system",
        )
    )
    assert ("Du Jiahai", "governor", "Hunan", "current") in held
    assert ("Du Jiahai", "deputy-party-secretary", "Hunan CPC", "current") in held
    assert (
        "Gao Wenbin",
        "party-secretary",
        "CPC in Central South University",
        "current",
    ) in held
    assert not any(r[2] == "CPC" for r in held)


def test_the_company_on_a_page_whose_organisation_is_a_governed_city():
    held = role_set(
        extract_en(
            "Xu Shuling, deputy mayor of Haiqiao, visited the company. The company's president Lin"
            " Chengbo, deputy secretary of the party committee Guo Changen, accompanied the visit."
            " Haiqiao leaders praised the work.",
            headline="Haiqiao leaders visit enterprises to guide resumption of production",
        )
    )
    assert ("Xu Shuling", "other", "Haiqiao", "current") in held
    assert not any(r[0] in ("Lin Chengbo", "Guo Changen") and r[2] == "Haiqiao" for r in held)
