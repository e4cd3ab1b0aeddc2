"""English: names of diplomatic missions ("Consulate-General of the People's Republic of China in
Osaka"), a hospital whose "people's" translation printed in lower case, an all-capitals headline
whose opening words are no name, and the organisation a page's title ends with after a bar.
Sentences written for these tests; every person and most bodies invented."""

from __future__ import annotations

import pytest
from tests.helpers_en import extract_en, role_set


def test_a_consulate_named_with_its_state_and_its_city():
    got = role_set(
        extract_en(
            "Xue Lin, Consul General of the Consulate-General of the People's Republic of China "
            "in Osaka, attended the reception."
        )
    )
    assert (
        "Xue Lin",
        "other",
        "Consulate-General of the People's Republic of China in Osaka",
        "current",
    ) in got


def test_an_embassy_in_a_state_named_in_full():
    names = {
        o.name
        for o in extract_en(
            "The delegation visited the Embassy of the Republic of Lanshan in the Republic of "
            "South Africa on Monday."
        ).orgs
    }
    assert "Embassy of the Republic of Lanshan in the Republic of South Africa" in names


def test_people_s_in_lower_case_inside_a_name():
    got = role_set(extract_en("Zhou Bin, president of Heyuan Provincial people's Hospital, said."))
    assert any(o == "Heyuan Provincial people's Hospital" for _p, _r, o, _s in got)
    assert not any(o == "Heyuan Provincial" for _p, _r, o, _s in got)


def test_a_page_title_s_organisation_after_a_bar_is_the_page_s():
    found = extract_en(
        "Governor Ana Cruz met the officials of the Embassy of the Republic of Lanshan in Tokyo. "
        "Provincial Administrator Tomas Reyes joined the talks.",
        headline=(
            "GOV. CRUZ MET WITH THE OFFICIALS OF THE EMBASSY OF THE REPUBLIC OF LANSHAN IN TOKYO | "
            "Negros Provincial Government"
        ),
    )
    assert found.main_org == "Negros Provincial Government"
    assert not any(o.name.startswith("THE OFFICIALS") for o in found.orgs)


def test_a_news_outlet_after_a_bar_is_not_the_page_s():
    found = extract_en(
        "Tom Baker, chairman of Kestrel Holdings, met investors on Monday.",
        headline="Kestrel Holdings chairman meets investors | Lanshan Daily",
    )
    assert found.main_org != "Lanshan Daily"


def test_a_visit_whose_host_met_the_delegation_is_the_host_s_page():
    text = (
        "On May 14, a delegation of the Lanshan Nursing Federation led by its chair Ada Holm "
        "came to Kestrel Medical University. Rector Ivo Brandt of Kestrel Medical University "
        "received the delegation. Vice president Yu Song took part in the talks."
    )
    found = extract_en(
        text,
        headline="Ada Holm, chair of the Lanshan Nursing Federation, visits Kestrel Medical "
        "University",
    )
    assert found.main_org == "Kestrel Medical University"
    got = role_set(found)
    assert ("Yu Song", "other", "Kestrel Medical University", "current") in got
    assert not any(p == "Yu Song" and "Lanshan" in o for p, _r, o, _s in got)


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The delegation visited Iceland's Embassy in the UK on Monday.",
            "Iceland's Embassy in the UK",
        ),
        (
            "The delegation visited Norway’s Embassy in Finland on Monday.",
            "Norway’s Embassy in Finland",
        ),
        ("Chairman Li Hua met officials of the French embassy on Monday.", "French embassy"),
        (
            "Talks were held with the Pakistani embassy in Bangkok on Monday.",
            "Pakistani embassy in Bangkok",
        ),
        ("The Norwegian High Commission said so on Monday.", "Norwegian High Commission"),
        (
            "Li Hua met officials of the Chinese consulate general in Houston.",
            "Chinese consulate general in Houston",
        ),
    ],
)
def test_a_mission_named_by_its_country_s_possessive_or_people_s_adjective(sentence, name):
    names = {o.name for o in extract_en(sentence).orgs}
    assert name in names
    assert not [n for n in names if n != name and n.endswith(name)]  # "The Norwegian ...": no "The"


@pytest.mark.parametrize(
    "sentence",
    [
        "The American company opened an office in Finland on Monday.",
        "Chairman Li Hua visited the embassy in Finland on Monday.",
        "Li Hua said the Embassy would reply on Monday.",
    ],
)
def test_no_mission_without_its_country(sentence):
    names = {o.name for o in extract_en(sentence).orgs}
    assert not [n for n in names if "mbassy" in n or "company" in n]
