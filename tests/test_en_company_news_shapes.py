"""Shapes of listed companies' board news (English): a successor named in the sentence after the
appointment ("She succeeds Y"), seats on the company's own board ("appointed to its Board of
Directors"), "X named Y chief executive" with no "as", careers told with "most recently as", a
sentence set at another company by its reporting verb ("Separately, Y said its chief executive
..."), deputy chief executives, and a brand printed alone beside the company's full name.
Every name, company and sentence here is invented for the tests."""

from kg.extract import extract_article
from kg.read import make_article


def found(body: str, headline: str = "Board changes at Harwick"):
    return extract_article(make_article("x.txt", f"{headline}\nMay 6, 2024\n\n{body}\n"))


def roles(body: str, headline: str = "Board changes at Harwick") -> set[tuple[str, str, str, str]]:
    return {(r.person, r.role, r.org, r.status) for r in found(body, headline).roles}


# -- successions told in the next sentence ---------------------------------------------------


def test_a_pronoun_that_succeeds_gives_the_predecessor_the_new_post_as_former():
    held = roles(
        "Harwick Minerals Ltd has appointed Nora Quill as Chief Financial Officer from 1 July. "
        "She succeeds Owen Pratt, who retires after eleven years."
    )
    assert ("Nora Quill", "chief-financial-officer", "Harwick Minerals Ltd", "current") in held
    assert ("Owen Pratt", "chief-financial-officer", "Harwick Minerals Ltd", "former") in held


def test_a_courtesy_title_and_family_name_that_replaces():
    held = roles(
        "Harwick Minerals Ltd has appointed Nora Quill as Chief Financial Officer. "
        "Ms Quill replaces Owen Pratt."
    )
    assert ("Owen Pratt", "chief-financial-officer", "Harwick Minerals Ltd", "former") in held


def test_a_pronoun_that_meets_someone_gives_nothing():
    held = roles(
        "Harwick Minerals Ltd has appointed Nora Quill as Chief Financial Officer. "
        "She met Owen Pratt on Monday."
    )
    assert {r[0] for r in held} == {"Nora Quill"}


# -- seats on the company's own board ---------------------------------------------------------


def test_the_appointment_of_a_person_to_its_board_of_directors():
    held = roles(
        "Harwick Minerals Ltd today announced the appointment of Nora Quill to its Board of "
        "Directors, effective June 1."
    )
    assert ("Nora Quill", "director", "Harwick Minerals Ltd", "current") in held


def test_has_been_appointed_to_and_has_joined_the_board():
    held = roles(
        "Harwick Minerals Ltd said Nora Quill has been appointed to the board. "
        "Harwick Minerals Ltd said Ivo Danner, 58, has joined its board."
    )
    assert ("Nora Quill", "director", "Harwick Minerals Ltd", "current") in held
    assert ("Ivo Danner", "director", "Harwick Minerals Ltd", "current") in held


def test_shareholders_elected_two_people_to_the_board():
    held = roles(
        "Harwick Minerals Ltd said shareholders elected Nora Quill and Paul Danner to the board."
    )
    assert ("Nora Quill", "director", "Harwick Minerals Ltd", "current") in held
    assert ("Paul Danner", "director", "Harwick Minerals Ltd", "current") in held


def test_a_seat_taken_as_a_title_is_that_title_only():
    held = roles(
        "Harwick Minerals Ltd said Nora Quill was appointed to the board as an independent director."
    )
    assert ("Nora Quill", "independent-director", "Harwick Minerals Ltd", "current") in held
    assert not any(r[1] == "director" for r in held)


def test_a_board_seat_in_a_sentence_naming_two_companies_is_nobodys():
    held = roles(
        "Harwick Minerals Ltd and Belton Rail Corp said Nora Quill has joined the board.",
        headline="Board news",
    )
    assert not any(r[0] == "Nora Quill" for r in held)


# -- "named Y chief executive" and careers -------------------------------------------------------


def test_named_a_person_a_title_without_as():
    held = roles("Harwick Minerals Ltd named Nora Quill chief operating officer on Tuesday.")
    assert ("Nora Quill", "other", "Harwick Minerals Ltd", "current") in held
    held = roles("The board elected Nora Quill Chairman of Harwick Minerals Ltd on Monday.")
    assert ("Nora Quill", "chairman", "Harwick Minerals Ltd", "current") in held


def test_most_recently_as_a_title_at_another_company_is_a_former_post():
    held = roles(
        "Harwick Minerals Ltd named Nora Quill chief financial officer. Ms Quill brings 20 years "
        "of experience, most recently as Chief Risk Officer at Belton Rail Corp in Leeds."
    )
    assert ("Nora Quill", "other", "Belton Rail Corp", "former") in held


def test_most_recently_as_after_a_pronoun_and_without_an_organisation():
    held = roles(
        "Harwick Minerals Ltd named Nora Quill chief financial officer. She has held senior "
        "posts, most recently as treasurer."
    )
    assert {r for r in held if r[3] == "former"} == set()
    held = roles(
        "Harwick Minerals Ltd named Nora Quill chief financial officer. She has held senior "
        "posts, most recently as finance director of Belton Rail Corp in Leeds."
    )
    assert ("Nora Quill", "chief-financial-officer", "Belton Rail Corp", "former") in held


# -- a sentence set at another company ---------------------------------------------------------


def test_a_company_that_says_its_chief_executive_is_stepping_down_is_that_ones():
    held = roles(
        "Harwick Minerals Ltd appointed Nora Quill chairman. Separately, Belton Bank said its "
        "chief executive officer Ivo Danner would step down in June and be replaced by deputy "
        "CEO Lars Hebden."
    )
    assert ("Lars Hebden", "deputy-general-manager", "Belton Bank", "current") in held
    assert not any(r[0] == "Lars Hebden" and r[2] == "Harwick Minerals Ltd" for r in held)


def test_a_news_agency_that_reports_is_no_ones_employer():
    held = roles(
        "Harwick Minerals Ltd appointed Nora Quill chairman. Reuters reported that chief "
        "executive Ivo Danner would stay."
    )
    assert not any(r[2] == "Reuters" for r in held)


def test_deputy_chief_executives_are_deputies():
    held = roles(
        "Harwick Minerals Ltd said deputy CEO Lars Hebden and Deputy Chief Executive Officer "
        "Mia Sorel would lead the review."
    )
    assert ("Lars Hebden", "deputy-general-manager", "Harwick Minerals Ltd", "current") in held
    assert ("Mia Sorel", "deputy-general-manager", "Harwick Minerals Ltd", "current") in held


# -- a brand printed alone -------------------------------------------------------------------


def test_a_brand_alone_is_the_company_with_its_legal_form():
    got = found(
        'Harwick Foods Inc. (NYSE: HWF) today reported results. "We had a strong year," said '
        "Harwick chairman Ivo Danner."
    )
    assert [o.name for o in got.orgs] == ["Harwick Foods Inc."]
    assert ("Ivo Danner", "chairman", "Harwick Foods Inc.", "current") in {
        (r.person, r.role, r.org, r.status) for r in got.roles
    }


def test_a_brand_beside_a_holding_company_stays_apart():
    got = found(
        "Harwick Holdings Ltd owns most of the shares. Harwick chairman Ivo Danner spoke.",
        headline="Results",
    )
    names = {o.name for o in got.orgs}
    assert "Harwick Holdings Ltd" in names
    assert not any(r.org == "Harwick Holdings Ltd" for r in got.roles)


# -- officials in machine-translated pages about a company ---------------------------------------


def test_a_provincial_party_secretary_is_never_the_companys():
    held = roles(
        "On March 13, Lin Hao, Secretary of the Provincial Party Committee, met with Qiu Ming, "
        "Chairman of Tarn Group, in Kelby.",
        headline="Provincial leaders meet Tarn Group chairman",
    )
    assert ("Lin Hao", "party-secretary", "Provincial Party Committee", "current") in held
    assert not any(r[0] == "Lin Hao" and r[2] == "Tarn Group" for r in held)


def test_a_governor_is_the_one_provincial_government_the_page_names():
    held = roles(
        "On March 12, the Kelby Provincial People's Government and Tarn Group signed an "
        "agreement. Governor Lin Hao and Qiu Ming, chairman of Tarn Group, attended.",
        headline="Tarn Group signs with Kelby",
    )
    assert ("Lin Hao", "governor", "Kelby Provincial People's Government", "current") in held


def test_a_governor_beside_two_provincial_governments_is_nobodys():
    held = roles(
        "On March 12, the Kelby Provincial People's Government, the Arden Provincial People's "
        "Government and Tarn Group signed an agreement. Governor Lin Hao attended.",
        headline="Tarn Group signs with two provinces",
    )
    assert not any(r[0] == "Lin Hao" for r in held)


def test_leaders_after_one_persons_title_are_other_people():
    held = roles(
        "Qiu Ming, deputy general manager of Tarn Group, and leaders of relevant provincial "
        "departments took part in the talks.",
        headline="Tarn Group talks",
    )
    assert ("Qiu Ming", "deputy-general-manager", "Tarn Group", "current") in held
    assert not any(r[1] == "leadership-member" for r in held)


def test_a_singular_title_before_two_names_joined_by_and_is_the_first_ones():
    held = roles(
        "Chairman Lin Hao of Tarn Group and Qiu Ming signed the agreement. Directors Ann Roe "
        "and Tom Fisk of Tarn Group attended.",
        headline="Tarn Group signs",
    )
    assert ("Lin Hao", "chairman", "Tarn Group", "current") in held
    assert not any(r[0] == "Qiu Ming" for r in held)
    assert ("Tom Fisk", "director", "Tarn Group", "current") in held


# -- South Asian officials' titles -------------------------------------------------------------


def test_an_additional_or_joint_secretary_is_no_organisation():
    got = found(
        "The talks were held at the ministry. Additional Secretary Imran Qadir and Joint "
        "Secretary Farah Naz were also present.",
        headline="Talks held",
    )
    assert {"Imran Qadir", "Farah Naz"} <= {p.name for p in got.persons}
    assert not {"Additional", "Joint"} & {o.name for o in got.orgs}


def test_a_name_after_a_title_and_a_bank_printed_without_of():
    got = found(
        "Later, the adviser called on the Governor Harwick State Bank, Jameel Qadir, at the "
        "bank's head office.",
        headline="Adviser calls on governor",
    )
    assert "Jameel Qadir" in {p.name for p in got.persons}


# -- a ministry's officials and who took part ----------------------------------------------------


def test_a_title_of_the_ministrys_is_not_the_page_companys():
    held = roles(
        "On Wednesday, Harwick Minerals Ltd executives met the minister. The meeting was also "
        "attended by the ministry's Executive Director, Simon Tjaka.",
        headline="Harwick Minerals meets minister",
    )
    assert not any(r[0] == "Simon Tjaka" for r in held)


def test_also_attended_by_and_received_by():
    got = found(
        "LONDON, 14 March 2024 - The minister, Tom Alwen, on Wednesday met executives of "
        "Harwick Minerals Ltd. The meeting was also attended by the Governor of the Erongo "
        "Region, Neville Andre. On Thursday, the delegation visited the mine, where they were "
        "received by John Tjaka.",
        headline="Minister meets miners",
    )
    parts = {(str(e.start), p.person): p.part for e in got.events for p in e.participants}
    assert parts.get(("2024-03-13", "Neville Andre")) == "attendee"
    assert parts.get(("2024-03-14", "John Tjaka")) == "host"


def test_no_longer_serving_as_and_removed_from_the_position_of_are_former_posts():
    held = roles(
        "Comrade Liu Bo is no longer serving as deputy general manager of Tarn Group due to "
        "age. Wang Qiang was removed from the position of chief accountant of Tarn Group.",
        headline="Tarn Group personnel changes",
    )
    assert ("Liu Bo", "deputy-general-manager", "Tarn Group", "former") in held
    assert ("Wang Qiang", "chief-financial-officer", "Tarn Group", "former") in held


def test_the_president_of_a_universitys_acronym_is_no_general_manager():
    held = roles(
        "On April 11, a delegation from Trier visited HWU. Tom Fisk, President of HWU, welcomed "
        "the guests. As the oldest universities of both cities, the two will cooperate.",
        headline="Delegation visits HWU",
    )
    assert ("Tom Fisk", "other", "HWU", "current") in held


# -- organisation names around "of" and "and" ----------------------------------------------------


def test_a_peoples_government_of_a_city_is_one_name():
    got = found(
        "Tarn Group and the People's Government of Kelby City signed an agreement.",
        headline="Agreement signed",
    )
    assert "People's Government of Kelby City" in {o.name for o in got.orgs}


def test_a_name_ending_with_a_country_and_another_name_are_two():
    got = found("The Export Bank of Kenya and Tarn Group signed a deal.", headline="Deal signed")
    assert {"Export Bank of Kenya", "Tarn Group"} <= {o.name for o in got.orgs}
    got = found("The Government of Kenya and Tarn Group signed a deal.", headline="Deal signed")
    assert not any(" and Tarn Group" in o.name for o in got.orgs)


def test_a_president_on_a_ministrys_page_is_no_head_of_the_ministry():
    held = roles(
        "The Department of Foreign Affairs (DFA) hosted the new ambassadors after they presented "
        "their credentials to President Juan Roe in the morning. The DFA said it was pleased.",
        headline="DFA hosts diplomatic dinner",
    )
    assert not any(r[0] == "Juan Roe" for r in held)


# -- an annual general meeting -------------------------------------------------------------------


def test_who_told_the_meeting_and_who_attended_after_a_closed_who_clause():
    got = found(
        "SYDNEY, Nov. 12, 2024 -- Shareholders of Harwick Bank Ltd approved all resolutions at "
        "the annual general meeting held in Sydney on Tuesday. Chairman Tom Fisk told the "
        "meeting that profits rose. Former chairman Alan Roe, who retired in March, attended as "
        "a guest.",
        headline="Harwick Bank holds its AGM",
    )
    parts = {p.person: p.part for e in got.events for p in e.participants}
    assert parts.get("Tom Fisk") == "speaker"
    assert parts.get("Alan Roe") == "attendee"


def test_replacing_a_titled_predecessor_makes_the_predecessors_post_former():
    held = roles(
        "Harwick Bank Ltd said Ann Lowe will join as Chief Financial Officer on 1 January 2025, "
        "replacing interim CFO Ben Stone.",
        headline="Harwick Bank names CFO",
    )
    assert ("Ann Lowe", "chief-financial-officer", "Harwick Bank Ltd", "current") in held
    assert ("Ben Stone", "chief-financial-officer", "Harwick Bank Ltd", "former") in held
    assert ("Ben Stone", "chief-financial-officer", "Harwick Bank Ltd", "current") not in held


def test_a_second_stop_on_the_same_day_is_an_event_of_its_own():
    got = found(
        "On September 14, Lin Hao, Governor of Kelby Province, went to Tarn Group for "
        "investigation and research. Qiu Ming, Chairman of Tarn Group, accompanied the "
        "inspection. On the afternoon of the same day, Lin Hao also visited Harwick Steel Co., "
        "Ltd. and held a symposium with its managers. Tom Fisk, general manager of Harwick "
        "Steel, attended.",
        headline="Governor inspects Tarn Group",
    )
    visits = {e.name: {p.person for p in e.participants} for e in got.events}
    assert len(visits) == 2
    assert any("Harwick Steel" in name and "Tom Fisk" in people for name, people in visits.items())
    assert all("Tom Fisk" not in people for name, people in visits.items() if "Tarn" in name)


def test_also_attending_the_meeting_were():
    got = found(
        "The Secretary for Trade, Mr Tom Kwan, met the Minister of Trade of Kenya, Mr Jan Novak, "
        "in Hong Kong today (May 8). Also attending the meeting were the Permanent Secretary for "
        "Trade (Commerce and Industry), Ms Ada Lam, and the Director-General of Trade, Ms Maria "
        "Wong.",
        headline="Trade secretary meets Kenyan minister",
    )
    parts = {p.person: p.part for e in got.events for p in e.participants}
    assert parts.get("Ada Lam") == "attendee"
    assert parts.get("Maria Wong") == "attendee"


def test_co_founders_and_managing_partners():
    held = roles(
        "Jane Roe, co-founder and chief executive of Kestrel Labs Inc., said the deal was done. "
        "Tom Fisk, a managing partner at Harwick Capital Partners, joined the board.",
        headline="Kestrel Labs raises funds",
    )
    assert ("Jane Roe", "general-manager", "Kestrel Labs Inc.", "current") in held
    assert ("Tom Fisk", "other", "Harwick Capital Partners", "current") in held


def test_a_lower_case_level_committee_of_no_place_and_a_mayor_of_none():
    held = roles(
        "On February 19, the city work safety conference was held. Lin Hao, deputy secretary of "
        "the municipal party committee and mayor, presided over the meeting.",
        headline="City holds work safety conference",
    )
    assert ("Lin Hao", "deputy-party-secretary", "Municipal Party Committee", "current") in held
    assert not any(r[0] == "Lin Hao" and r[1] == "mayor" for r in held)


def test_attended_and_delivered_a_speech_is_a_speaker():
    got = found(
        "On May 2, 2024, Lin Hao, secretary of the municipal party committee, attended the "
        "meeting and delivered a speech. Tom Fisk attended the meeting and Ann Lowe chaired it.",
        headline="City holds a meeting",
    )
    parts = {p.person: p.part for e in got.events for p in e.participants}
    assert parts.get("Lin Hao") == "speaker"
    assert parts.get("Tom Fisk") == "attendee"


def test_our_companys_president_on_a_page_whose_body_is_a_city_is_nobodys():
    held = roles(
        "Mr. Lin Hao, the vice mayor of Kelby city, visited our company on March 24, 2015. Our "
        "company's President Ms. Ann Lowe and CTO Mr. Tom Fisk introduced the progress.",
        headline="Vice-Mayor Lin Hao Visits Our Company",
    )
    assert not any(r[0] in ("Ann Lowe", "Tom Fisk") for r in held)


def test_a_name_after_a_place_of_two_words_does_not_start_inside_it():
    got = found(
        "Legislative Council member Lin Hao, Chairman of the Hong Kong Qinglan General "
        "Association Tom Fisk, attended.",
        headline="Association meets",
    )
    names = {p.name for p in got.persons}
    assert "Kong Qinglan" not in names
    assert "Tom Fisk" in names


def test_a_name_then_a_capitalised_title_of_a_council_without_a_comma():
    held = roles(
        "The three Kelby members, John Tully Chief Executive of Kelby County Council and council "
        "representatives attended the launch.",
        headline="Council launches plan",
    )
    assert ("John Tully", "other", "Kelby County Council", "current") in held


def test_an_appointment_as_a_title_marks_a_name_of_a_rare_shape():
    held = roles(
        "JOHANNESBURG - The Kelby Broadcasting Corporation has appointed Tom Fisk as its new group "
        "CEO and Marieke van Dalen as CFO.",
        headline="Broadcaster names executives",
    )
    assert (
        "Marieke van Dalen",
        "chief-financial-officer",
        "Kelby Broadcasting Corporation",
        "current",
    ) in held


def test_engineer_before_a_name_is_an_honorific():
    held = roles(
        "Members of the embassy paid a courtesy visit to the Governor of Kelby State, Engineer "
        "Musa Bello Danjuma, at the Government House.",
        headline="Courtesy visit",
    )
    assert ("Musa Bello Danjuma", "governor", "Kelby State", "current") in held


def test_names_listed_before_re_elected_to_the_board():
    held = roles(
        "Harwick Minerals Ltd said Nora Quill, Ann Lowe and Tom Fisk were re-elected to the board "
        "at the annual meeting.",
    )
    for name in ("Nora Quill", "Ann Lowe", "Tom Fisk"):
        assert (name, "director", "Harwick Minerals Ltd", "current") in held


# -- guards found in review ---------------------------------------------------------------------


def test_a_company_the_joiner_came_from_is_not_the_board_joined():
    held = roles(
        "Formerly of Belton Rail Corp, Jane Roe has joined the board.",
        headline="Harwick Minerals Ltd strengthens its board",
    )
    assert not any(r[0] == "Jane Roe" and r[2] == "Belton Rail Corp" for r in held)


def test_replacing_a_titled_predecessor_leaves_the_predecessors_other_new_post():
    held = roles(
        "Harwick Bank Ltd said Ann Lowe will join as Chief Financial Officer, replacing interim "
        "CFO Ben Stone, who becomes chief operating officer of Harwick Bank Ltd in May.",
        headline="Harwick Bank names CFO",
    )
    assert ("Ben Stone", "chief-financial-officer", "Harwick Bank Ltd", "former") in held
    assert ("Ben Stone", "other", "Harwick Bank Ltd", "current") in held


# -- names, possessives and descriptions around a company's officers ---------------------------


def test_a_courtesy_title_and_family_name_opening_a_who_clause():
    held = roles(
        "Harwick Minerals Ltd has appointed Nora Quill as a director. Ms Quill, who has been "
        "chair of Corlan Energy since 2015, brings deep experience."
    )
    assert ("Nora Quill", "chairman", "Corlan Energy", "current") in held


def test_a_possessive_company_title_then_an_honorific_and_the_name():
    held = roles(
        "Harwick Minerals Ltd reported higher output. Harwick's chairman, Sir Owen Pratt, said "
        "the company was well placed."
    )
    assert ("Owen Pratt", "chairman", "Harwick Minerals Ltd", "current") in held


def test_a_plural_possessive_is_no_part_of_the_companys_name():
    held = roles(
        "Harwick Minerals Ltd reported higher output. Corlan Holdings' chief executive Owen Pratt "
        "welcomed the deal."
    )
    assert ("Owen Pratt", "general-manager", "Corlan Holdings", "current") in held


def test_a_description_of_place_and_trade_before_the_company_is_no_part_of_its_name():
    found_ = found(
        "Harwick Minerals Ltd has appointed Owen Pratt as a director. Mr Pratt is the former "
        "chief executive of Perth-based mining services group Corlan Resources Corporation."
    )
    held = {(r.person, r.role, r.org, r.status) for r in found_.roles}
    assert ("Owen Pratt", "general-manager", "Corlan Resources Corporation", "former") in held
    assert not any("-based" in o.name for o in found_.orgs)


def test_a_retired_title_in_apposition_names_the_person_and_both_posts_are_former():
    held = roles(
        "Harwick Minerals Ltd announced its nominees. Tamsin Oduya, retired President and CEO of "
        "Amberton Media, will stand for election to the board."
    )
    assert ("Tamsin Oduya", "general-manager", "Amberton Media", "former") in held
    assert not any(
        r == ("Tamsin Oduya", "general-manager", "Amberton Media", "current") for r in held
    )


def test_a_current_post_after_a_former_one_stays_current():
    held = roles(
        "Harwick Minerals Ltd announced its nominees. Tamsin Oduya, former chairman and current "
        "CEO of Amberton Media, will stand for election."
    )
    assert ("Tamsin Oduya", "chairman", "Amberton Media", "former") in held
    assert ("Tamsin Oduya", "general-manager", "Amberton Media", "current") in held


def test_a_president_of_a_company_whose_name_opens_with_an_association_word():
    held = roles(
        "Harwick Minerals Ltd announced its nominees. Tamsin Oduya, President of Alliance Meridia, "
        "will stand for election."
    )
    assert ("Tamsin Oduya", "general-manager", "Alliance Meridia", "current") in held


def test_a_lower_case_plc_ends_the_companys_name():
    found_ = found(
        "Ardent plc announced board changes. Owen Pratt, Ardent's independent non-executive director, said the board was pleased."
    )
    assert "Ardent plc" in {o.name for o in found_.orgs}
    held = {(r.person, r.role, r.org) for r in found_.roles}
    assert ("Owen Pratt", "independent-director", "Ardent plc") in held


def test_a_family_name_that_will_join_the_board_as_a_director():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. Quill will join the board as "
        "an independent non-executive director on 1 June."
    )
    assert ("Nora Quill", "independent-director", "Harwick Minerals Ltd", "current") in held


def test_to_succeed_an_honorific_and_a_name():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new Chair to succeed Sir Owen Pratt, who "
        "will step down after six years."
    )
    assert ("Owen Pratt", "chairman", "Harwick Minerals Ltd", "former") in held


def test_a_stock_index_and_a_description_before_the_company():
    found_ = found(
        "Harwick Minerals Ltd has named Nora Quill as a director. Quill is also the chair of FTSE "
        "100 home improvement company Kingsway PLC."
    )
    held = {(r.person, r.role, r.org) for r in found_.roles}
    assert ("Nora Quill", "chairman", "Kingsway PLC") in held
    assert not any(org == "FTSE" for _, _, org in held)


def test_a_leading_initial_before_a_who_clause():
    names = {
        p.name
        for p in found(
            "J. Owen Pratt, who has served as President of Harwick Minerals Ltd for seven years, will step down."
        ).persons
    }
    assert "J. Owen Pratt" in names and "Owen Pratt" not in names


def test_an_apposition_with_an_article_and_the_companys_name_then_a_new_post():
    held = roles(
        "Harwick Minerals Ltd announced changes. Owen Pratt, a Harwick director for 11 years, "
        "will become Chair of the Board."
    )
    assert ("Owen Pratt", "director", "Harwick Minerals Ltd", "current") in held
    assert ("Owen Pratt", "chairman", "Harwick Minerals Ltd", "current") in held


def test_an_age_then_a_who_clause_and_the_groups_title():
    held = roles(
        "Harwick Minerals Ltd has appointed Nora Quill as chairman. Quill, 66, succeeds Datuk "
        "Owen Pratt, 78, who has resigned as the group's independent and non-executive chairman."
    )
    assert ("Owen Pratt", "chairman", "Harwick Minerals Ltd", "former") in held


def test_independent_and_non_executive_director_and_a_senior_independent_director():
    held = roles(
        "Harwick Minerals Ltd has also appointed Nora Quill as its independent and non-executive "
        "director. Owen Pratt, Harwick's senior independent director, welcomed her."
    )
    assert ("Nora Quill", "independent-director", "Harwick Minerals Ltd", "current") in held
    assert ("Owen Pratt", "independent-director", "Harwick Minerals Ltd", "current") in held


def test_a_dateline_with_a_date_in_brackets_is_no_organisation():
    found_ = found(
        "KUALA LUMPUR (Jan 15): Harwick Minerals Ltd has appointed Nora Quill as chairman."
    )
    assert not any("LUMPUR" in o.name for o in found_.orgs)


def test_a_family_name_after_a_dated_opening_phrase():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. With effect from 1 June "
        "2024, Quill will join the board as an independent non-executive director."
    )
    assert ("Nora Quill", "independent-director", "Harwick Minerals Ltd", "current") in held


def test_a_trade_description_before_another_company_is_no_post_at_the_page_company():
    held = roles(
        "Harwick Minerals Ltd has appointed Nora Quill as chief operating officer. Quill is leaving "
        "her position as president of junior gold developer Corlan Metals."
    )
    assert ("Nora Quill", "general-manager", "Corlan Metals", "former") in held
    assert ("Nora Quill", "general-manager", "Harwick Minerals Ltd", "former") not in held


def test_a_new_body_after_the_title_is_that_bodys_not_the_page_companys():
    held = roles(
        "Harwick Minerals Ltd reported results. Nora Quill has been appointed as chairperson of the "
        "new Technological University of Westmere."
    )
    assert not any(
        org == "Harwick Minerals Ltd" and person == "Nora Quill" for person, _, org, _ in held
    )


def test_a_time_phrase_inside_the_appointment_link():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as a director. Quill was last year appointed as "
        "chair of the Pensions Commission, and was earlier this year appointed as chief executive "
        "of Corlan Holdings."
    )
    assert ("Nora Quill", "chairman", "Pensions Commission", "current") in held


# -- a family name after an opening phrase, a reporting subject or a dash aside ------------


def test_a_family_name_after_an_undated_opening_phrase():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. Before that, Quill served as "
        "vice-chairman of Dunmore Dairy plc."
    )
    assert ("Nora Quill", "vice-chairman", "Dunmore Dairy plc", "former") in held


def test_a_family_name_after_a_reporting_subject():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. The company says Quill will "
        "also resign as vice-chairman of Ostler Bank as of the annual meeting."
    )
    assert ("Nora Quill", "vice-chairman", "Ostler Bank", "former") in held


def test_a_family_name_before_a_dash_aside_and_the_pronoun_after_it():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. Prior to this appointment, "
        "Quill – who has served nine years on the board – held the role of vice-chairman of "
        "Dunmore Dairy plc. She is a director of Pellow Foods."
    )
    assert ("Nora Quill", "vice-chairman", "Dunmore Dairy plc", "former") in held
    assert ("Nora Quill", "director", "Pellow Foods", "current") in held


def test_a_family_name_after_an_opening_phrase_that_names_a_person_is_not_read():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. Unlike Owen Pratt, Quill "
        "served as vice-chairman of Dunmore Dairy plc."
    )
    assert not any(org == "Dunmore Dairy plc" for _, _, org, _ in held)


def test_a_peoples_adjective_before_a_field_is_no_organisation():
    held = roles(
        "Harwick Minerals Ltd has named Nora Quill as its new chair. Quill was the head of Italian "
        "business banking at Ostler Bank."
    )
    assert ("Nora Quill", "head", "Ostler Bank", "current") in held
    assert not any(org == "Italian" for _, _, org, _ in held)
