"""Contexts that mark a person or an organisation in English news: "<title> of <place>, Name",
"Name (Country)" in a list of envoys, a weekday printed after a name, and a sentence set at
another company ("Meanwhile at Y, the board led by chairman Z") whose titles are not the page
company's. Invented names only.
"""

from tests.helpers_en import extract_en


def people(text: str) -> set[str]:
    return {p.name for p in extract_en(text).persons}


def test_a_name_after_a_title_of_a_place_and_a_comma_is_a_person():
    assert "Karoline Stemmer" in people(
        "It was the Premier of Upper Danube, Karoline Stemmer as well as the mayor who visited."
    )


def test_names_listed_with_their_country_in_brackets_are_people():
    found = people(
        "The ambassadors Jonas Holm (Finland), Lars Åkesson (Iceland) and Eira Ødegård (Estonia) "
        "attended."
    )
    assert {"Lars Åkesson", "Eira Ødegård"} <= found


def test_a_company_with_its_country_in_brackets_is_no_person():
    assert not people("Shares of Kestrel Mining (Canada), rose on Monday.")


def test_a_weekday_after_a_name_is_no_part_of_it_but_a_first_name_may_be_a_day():
    assert "Dan Whitlock" in people(
        "The carrier named a stand-in chief executive after the sudden loss of Dan Whitlock Monday."
    )
    assert "Sunday Ebere Nwafor" in people(
        "The panel included Prof. Sunday Ebere Nwafor, General Manager of the theatre."
    )


def test_titles_in_a_sentence_set_at_another_company_are_not_the_page_companys():
    found = extract_en(
        "Kestrel Mining named Ann Lee as its new president. She leaves Harrow Metals after six "
        "years. Meanwhile at Harrow, the board under chairman Victor Lund has picked Owen "
        "Pritchard as interim chief executive.",
        headline="Kestrel Mining names new president",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Victor Lund", "chairman", "Harrow Metals") in held
    assert not [r for r in held if r[0] == "Victor Lund" and r[2] == "Kestrel Mining"]


def test_a_sentence_set_at_an_unnamed_company_gives_its_titles_no_organisation():
    found = extract_en(
        "Kestrel Mining named Ann Lee as its new president. Meanwhile at Dunmore, chairman Victor "
        "Lund said the search goes on.",
        headline="Kestrel Mining names new president",
    )
    assert not [r for r in found.roles if r.person == "Victor Lund"]


def test_a_list_of_companies_keeps_its_last_two_items_apart():
    names = {
        o.name
        for o in extract_en("He also holds directorships at Alder, Brakes and Dunmore Energy.").orgs
    }
    assert "Dunmore Energy" in names
    assert not [n for n in names if n.startswith("Brakes and")]


def test_a_name_with_and_stays_whole_outside_a_list():
    names = {o.name for o in extract_en("Shares of Alder and Brakes Company rose.").orgs}
    assert "Alder and Brakes Company" in names


def test_meetings_said_to_come_besides_are_events_of_their_own_on_the_last_date():
    found = extract_en(
        "Ravi Kumar concluded his visit to Norway on Saturday. During the visit on October 18, "
        "Ravi Kumar held talks with Prime Minister Arvid Kessel. Ravi Kumar also met Finance "
        "Minister Tomas Brandt. He also called on Olav Rask, the Speaker. Both sides praised the "
        "ties.",
        published="2023-10-22",
    )
    talks = [e for e in found.events if e.start.isoformat() == "2023-10-18"]
    people = [{p.person for p in e.participants} for e in talks]
    assert {"Ravi Kumar", "Arvid Kessel"} in people
    assert {"Ravi Kumar", "Tomas Brandt"} in people
    assert {"Ravi Kumar", "Olav Rask"} in people


def test_a_besides_meeting_in_a_sentence_of_another_year_takes_no_date():
    found = extract_en(
        "On October 18, Ravi Kumar held talks with Prime Minister Arvid Kessel. In 2019 he had "
        "also met Tomas Brandt.",
        published="2023-10-22",
    )
    assert not [e for e in found.events if "Tomas Brandt" in {p.person for p in e.participants}]


def test_a_place_printed_with_a_lower_case_ending_keeps_that_form_as_a_name():
    found = extract_en("Cao Yufeng, head of Dongling district, chaired the session.")
    forms = {n for o in found.orgs for n in (o.name, *o.aliases)}
    assert "Dongling district" in forms


def test_a_place_printed_with_a_capitalised_ending_keeps_that_form_as_a_name():
    found = extract_en(
        "Wen Jiahui, Vice Governor of Qianlan Province, and his delegation visited the plant.",
        headline="Qianlan vice governor visits plant",
    )
    forms = {n for o in found.orgs for n in (o.name, *o.aliases)}
    assert "Qianlan Province" in forms


def test_a_capitalised_place_ending_inside_a_longer_name_is_no_place_form():
    found = extract_en(
        "Tom Lee, chairman of Harwood City Commercial Bank, met Harwood mayor Ann Fox on Monday."
    )
    assert not [a for o in found.orgs for a in o.aliases if a == "Harwood City"]


def test_a_company_keeps_no_place_ending_it_is_not_printed_with():
    found = extract_en("Kestrel Mining said its district office would open.")
    assert not [a for o in found.orgs for a in o.aliases if a.endswith("district")]


def test_stock_listings_are_no_organisations():
    found = extract_en(
        "Miner Kestrel Mining (TSX: KMX; NYSE: KMX) named a president, who leaves Harrow Metals "
        "(TSX: HM; US-OTC: HRRMF)."
    )
    names = {o.name for o in found.orgs}
    assert not names & {"TSX", "KMX", "NYSE", "HM", "HRRMF"}
    assert "Harrow Metals" in names


def test_a_share_code_between_a_company_and_a_title_keeps_the_title_at_the_company():
    found = extract_en(
        "Kestrel Mobile picked Alder Airways #ticker:AA chairman Joe Bloggs to serve as interim chief.",
        headline="Kestrel Mobile names interim chief",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Joe Bloggs", "chairman", "Alder Airways") in held
    assert ("Joe Bloggs", "chairman", "Kestrel Mobile") not in held
    assert "AA" not in {o.name for o in found.orgs}


def test_names_after_a_group_title_with_its_level_take_part():
    found = extract_en(
        "The district convened a planning session on Nov. 16, 2019. Cao Yufeng chaired it, and "
        "district leaders Meng Haoran and Pei Zhiyuan attended.",
        published="2019-11-21",
    )
    people = {p.person for e in found.events for p in e.participants}
    assert {"Meng Haoran", "Pei Zhiyuan"} <= people


def test_a_place_and_an_event_word_that_ends_bodies_name_a_body():
    names = {o.name for o in extract_en("Work on the Dunmore Assembly new building began.").orgs}
    assert "Dunmore Assembly" in names
    names = {o.name for o in extract_en("The Annual General Assembly of members met.").orgs}
    assert not [n for n in names if n.endswith("Assembly")]


def test_members_of_a_body_are_no_part_of_its_name():
    names = {
        o.name
        for o in extract_en(
            "Federal Minister Imran Sheikh and Members Dunmore Assembly met the governor."
        ).orgs
    }
    assert "Dunmore Assembly" in names
    assert not [n for n in names if n.startswith("Members")]


def test_leaving_the_board_is_a_former_directorship_and_ends_board_posts():
    found = extract_en(
        "The chairman of Kestrel Mining, Kunle Adebayo, has stepped down from the board of the "
        "company. Kestrel Mining said Jane Roe stepped down from the board of Harrow Metals.",
        headline="Kestrel Mining board changes",
    )
    held = {(r.person, r.role, r.org, r.status) for r in found.roles}
    assert ("Kunle Adebayo", "chairman", "Kestrel Mining", "former") in held
    assert ("Kunle Adebayo", "director", "Kestrel Mining", "former") in held
    assert ("Kunle Adebayo", "chairman", "Kestrel Mining", "current") not in held
    assert ("Jane Roe", "director", "Harrow Metals", "former") in held


def test_leaving_a_board_the_sentence_does_not_name_gives_nothing_in_a_crowded_sentence():
    found = extract_en(
        "Analysts at Harrow Metals and Dunmore Bank said Jane Roe stepped down from the board.",
        headline="Kestrel Mining board changes",
    )
    assert not [r for r in found.roles if r.person == "Jane Roe"]


def test_a_word_of_time_before_a_company_is_no_part_of_its_name():
    found = extract_en(
        "Previous Kestrel Mining managing director Patrick Walsh left in September.",
        headline="Kestrel Mining board changes",
    )
    assert "Previous Kestrel Mining" not in {o.name for o in found.orgs}


def test_a_post_of_the_party_committee_of_a_body_is_held_at_that_body():
    found = extract_en(
        "The delegation was led by Pan Jiayi, the General Secretary of the Party Committee of "
        "Dunmore University. Wang Hao, Party Secretary of the Party Committee of Dunmore Hospital, "
        "also attended.",
        headline="Dunmore University delegation visits partners",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Pan Jiayi", "party-secretary", "Dunmore University") in held
    assert ("Wang Hao", "party-secretary", "Dunmore Hospital") in held


def test_a_party_committee_of_a_place_stays_the_committee():
    found = extract_en("Zhang Wei, Secretary of the Yunnan Provincial Party Committee, spoke.")
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Zhang Wei", "party-secretary", "Yunnan Provincial Party Committee") in held


def test_titles_between_two_names_split_at_the_last_comma():
    found = extract_en(
        "Qiao Lin, Member of the Standing Committee of the Municipal Party Committee and Director "
        "of the Publicity Department, Vice Mayor Ding Hui, Ren Kai and others were present at the "
        "event."
    )
    held = {(r.person, r.role) for r in found.roles}
    assert ("Qiao Lin", "party-committee-member") in held
    assert not [r for r in found.roles if r.person in ("Ding Hui", "Ren Kai")]


def test_a_weekday_opening_a_sentence_dates_its_event_and_gov_ends_no_sentence():
    found = extract_en(
        "Friday was Harvest Day, and to celebrate it Ohio Gov. Tom Rider visited a farm in "
        "Dunmore County.",
        published="2022-10-12",
    )
    days = {
        (e.start.isoformat(), tuple(sorted(p.person for p in e.participants))) for e in found.events
    }
    assert ("2022-10-07", ("Tom Rider",)) in days


def test_a_weekday_as_a_first_name_dates_nothing():
    from datetime import date

    from kg.extract.dates import find_relative_day

    assert find_relative_day("Sunday Okafor spoke at the meeting.", date(2022, 10, 12)) is None
    assert find_relative_day("Monday's meeting ran late.", date(2022, 10, 12)) == date(2022, 10, 10)


def test_a_noun_describing_a_person_and_a_who_clause_mark_a_name():
    assert "Orla Brennan" in people(
        "Dunmore native Orla Brennan takes up the post of board chairperson next month."
    )
    assert "Ciaran Doyle" in people(
        "She will be joined on the board by Tom Hill and Ciaran Doyle who has run two hospitals."
    )
    assert not people("Kestrel Mining, who has grown fast, said profits rose.")


def test_a_named_board_is_an_organisation_a_companys_own_board_is_not():
    names = {o.name for o in extract_en("The Dunmore Water Board met on Monday.").orgs}
    assert "Dunmore Water Board" in names
    names = {
        o.name
        for o in extract_en(
            "He joined the Executive Board of Kestrel KGaA. Jane Roe, Chairman of the Supervisory "
            "Board, resigned."
        ).orgs
    }
    assert "Kestrel KGaA" in names
    assert not [n for n in names if "Board" in n]


def test_the_companys_secretary_is_its_board_secretary():
    found = extract_en(
        "Kestrel Mobile Ltd said the board met on July 1, according to the company’s secretary "
        "Ruth Achieng.",
        headline="Kestrel Mobile Ltd names interim chief",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Ruth Achieng", "board-secretary", "Kestrel Mobile Ltd") in held


def test_a_second_title_after_and_ends_the_first_titles_organisation():
    found = extract_en(
        "Sheikh Faris bin Khalid Al Mansoori, Crown Prince of Dunmore and Deputy Supreme Commander "
        "of the Dunmore Armed Forces, received the minister. Tom Hill, Mayor of Harrowby and "
        "Honorary Citizen of Qinghe, spoke."
    )
    held = {(r.person, r.org) for r in found.roles}
    assert [o for p, o in held if p == "Faris bin Khalid Al Mansoori"]
    assert ("Tom Hill", "Harrowby") in held
    assert not [o for o in found.orgs if " and " in o.name]


def test_a_delegations_further_talks_stay_part_of_its_visit():
    found = extract_en(
        "On October 18, Ravi Kumar led a delegation that held talks with Prime Minister Arvid "
        "Kessel. The delegation also met with Tomas Brandt, president of Kestrel Group.",
        published="2023-10-22",
    )
    assert len({e.start for e in found.events}) == len(found.events) == 1


def test_a_weekday_that_is_still_to_come_dates_nothing():
    from datetime import date

    from kg.extract.dates import find_relative_day

    assert find_relative_day("Friday is the last day to apply.", date(2022, 10, 12)) is None


def test_a_date_stamp_opening_a_sentence_yields_to_the_day_it_names():
    found = extract_en(
        "March 9, 2024 Trade envoy calls on the Senate: Senate President Luis Ramos and Sen. "
        "Carmen Diaz hosted a delegation led by Hiro Sato on 7 March 2024.",
        published="2024-03-09",
    )
    assert {e.start.isoformat() for e in found.events} == {"2024-03-07"}


def test_leaving_the_board_of_directors_is_leaving_the_companys_board():
    found = extract_en(
        "Kestrel Mining said Jane Roe has stepped down from the board of directors.",
        headline="Kestrel Mining board changes",
    )
    held = {(r.person, r.role, r.org, r.status) for r in found.roles}
    assert ("Jane Roe", "director", "Kestrel Mining", "former") in held


def test_a_post_another_organisation_names_someone_to_is_not_the_page_companys():
    found = extract_en(
        "Dunmore Port Authority has named Peter Okoro as managing director. Harrow Metals said "
        "it welcomed the choice.",
        headline="Harrow Metals names a new chair",
    )
    assert not [r for r in found.roles if r.person == "Peter Okoro" and r.org == "Harrow Metals"]


def test_a_mixed_case_acronym_before_a_title_names_the_organisation():
    found = extract_en(
        "The delegation met UoK Principal Helen Drake and its staff.",
        headline="Lishan Normal University delegation visits Scotland",
    )
    assert {(r.person, r.org) for r in found.roles} == {("Helen Drake", "UoK")}


def test_the_partys_short_name_inside_a_party_post_is_no_mention_of_the_party():
    found = extract_en(
        "Gu Wei, Deputy Secretary of CPC and General Manager of Lishan Metals, visited the "
        "plant. Zou Ji, Member of standing CPC committee of Qinghe Steel, spoke.",
        headline="Lishan Metals news",
    )
    assert not [o for o in found.orgs if o.name == "CPC"]
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Gu Wei", "deputy-party-secretary", "Lishan Metals") in held
    assert ("Zou Ji", "party-committee-member", "Qinghe Steel") in held


def test_the_partys_name_as_such_is_still_a_mention():
    found = extract_en(
        "The staff of Lishan Metals studied the spirit of the 19th National Congress of the CPC.",
        headline="Lishan Metals news",
    )
    assert [o for o in found.orgs if o.name == "CPC"]


def test_a_portfolio_and_a_titles_short_form_do_not_break_a_title_list():
    found = extract_en(
        "Ama Boateng, Commissioner for Pensions and Chief Executive Officer (CEO) of the Kestrel "
        "Pensions Commission, spoke. Kofi Mensah, Registrar/CEO of Harrow Practitioners Council, "
        "spoke too.",
        headline="Pensions summit held in Accra",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Ama Boateng", "other", "Kestrel Pensions Commission") in held
    assert ("Kofi Mensah", "other", "Harrow Practitioners Council") in held


def test_an_honorific_and_a_given_name_later_is_the_person_named_in_full():
    found = extract_en(
        "Kestrel's Foreign Minister Sayyid Karim Alharbi held a meeting. Sayyid Karim said the "
        "policy remained the same.",
        headline="Kestrel news",
    )
    assert {p.name for p in found.persons} == {"Karim Alharbi"}


def test_a_malay_name_may_hold_tun_inside_and_a_countrys_list_goes_on():
    found = extract_en(
        "He will meet Indonesia's Prime Minister Ahmad Zaki, Foreign Minister Rahman Tun Osman, "
        "Minister of Trade Ismail Noor and Defence Minister Farid Yusof.",
        headline="Minister visits Indonesia",
    )
    assert "Rahman Tun Osman" in {p.name for p in found.persons}
    held = {(r.person, r.org) for r in found.roles}
    assert ("Rahman Tun Osman", "Indonesia") in held
    assert ("Farid Yusof", "Indonesia") in held


def test_a_peoples_adjective_before_a_title_is_no_company():
    found = extract_en(
        "He met Paraguayan President Ramon Alba on Monday.", headline="Harrow Metals news"
    )
    assert "Paraguayan" not in {o.name for o in found.orgs}
    assert not [r for r in found.roles if r.role == "general-manager"]


def test_leaders_of_a_kind_are_the_articles_organisation_of_that_kind():
    found = extract_en(
        "The Qinghe Institute of Technology held its annual work meeting on Monday. Other school "
        "leaders He Qiming and Lin Qiushi attended the meeting.",
        headline="Qinghe Institute of Technology holds work meeting",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("He Qiming", "leadership-member", "Qinghe Institute of Technology") in held


def test_district_leaders_are_the_district_the_article_names():
    found = extract_en(
        "Cao Yufeng, head of Qingshui district and its deputy Party secretary, chaired the "
        "session, which was attended by district leaders Meng Haoran and Pei Zhiyuan."
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Meng Haoran", "leadership-member", "Qingshui") in held


def test_leaders_of_a_kind_the_article_does_not_name_hold_no_post():
    found = extract_en(
        "Kestrel Mining said profits rose on Monday. County leaders Tang Jinghe and Lu Wenbo "
        "accompanied the visitors.",
        headline="Kestrel Mining reports profits",
    )
    assert not [r for r in found.roles if r.role == "leadership-member"]


def test_who_will_retire_after_serving_as_is_a_former_post():
    found = extract_en(
        "Kestrel Group said Anne Moreau succeeds Hugh Darnell, who will retire after serving as "
        "chair for eight years.",
        headline="Kestrel Group names a new chair",
    )
    held = {(r.person, r.role, r.org, r.status) for r in found.roles}
    assert ("Hugh Darnell", "chairman", "Kestrel Group", "former") in held


def test_an_administrator_with_an_honorific_before_the_name_holds_the_post():
    found = extract_en(
        "The delegation included Kestrel Trade Centre Administrator Dr. Ma. Rosa Villanueva.",
        headline="Delegation visits Kestrel Trade Centre",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Ma. Rosa Villanueva", "other", "Kestrel Trade Centre") in held


def test_a_kind_title_after_a_name_leaves_the_organisation_word_to_the_name():
    found = extract_en(
        "On 3 May 2024, Harwick University leaders Tobias Fenn and Marla Quist met the visiting "
        "delegation."
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Tobias Fenn", "leadership-member", "Harwick University") in held
    assert "Harwick" not in {o.name for o in found.orgs}


def test_a_headline_calling_the_page_our_company_makes_the_visited_company_its_own():
    found = extract_en(
        "On July 26, 2022, Wen Jiahui, executive vice mayor, and his party visited Dongling "
        "Precision Machinery Co., Ltd. for investigation. Ma Qiuyang, chairman of the company, "
        "accompanied the investigation.",
        headline="Leaders of Qianlan Municipal Government visited our company",
    )
    assert found.main_org == "Dongling Precision Machinery Co., Ltd."
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Ma Qiuyang", "chairman", "Dongling Precision Machinery Co., Ltd.") in held
    # the one municipal government the page names is the vice mayor's, and nobody else's
    assert {r.person for r in found.roles if r.org == "Qianlan Municipal Government"} <= {
        "Wen Jiahui"
    }


def test_a_board_title_after_a_company_leaves_the_board_to_the_title():
    found = extract_en(
        "Governor Wen met Qianlan Foods Group Board Chairman Ma Qiuyang on Monday.",
    )
    assert ("Ma Qiuyang", "chairman", "Qianlan Foods Group") in {
        (r.person, r.role, r.org) for r in found.roles
    }


def test_titles_met_on_a_visit_to_another_body_are_that_bodys_not_the_pages():
    found = extract_en(
        "On May 3, 2024, Tobias Fenn, chairman of Harwick Mining, led a team to visit Dunmore "
        "Steel Ltd, and talked with Marla Quist, chairman and general manager.",
        headline="Harwick Mining news",
    )
    held = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Marla Quist", "chairman", "Dunmore Steel Ltd") in held
    assert not [r for r in held if r[0] == "Marla Quist" and r[2] == "Harwick Mining"]


def test_titles_met_on_a_visit_to_a_body_not_read_are_nobodys():
    found = extract_en(
        "On May 3, 2024, Tobias Fenn, chairman of Harwick Mining, led a team to visit the Qorvan "
        "Diet, and talked with Marla Quist, chairman and secretary of the party group.",
        headline="Harwick Mining news",
    )
    assert not [r for r in found.roles if r.person == "Marla Quist"]
