"""English organisations written partly in lower case, and names that other names shorten.

"the Lanzhou branch", "the Baiyin power supply bureau" (kg/extract/en/orgs.py, lower_org_* in
kg/vocab/en.yml); "Provincial Party Committee" beside "Gansu Provincial Party Committee";
"People's Government"; foreign legal forms ("Fjordline Cargo AS"). Invented names only.
"""

import pytest
from tests.helpers_en import extract_en, role_set


def org_names(found):
    return {o.name for o in found.orgs}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Wang Bo, head of the Lanzhou branch, made a speech.", "Lanzhou branch"),
        (
            "Tian Yu, director of the Baiyin power supply bureau, introduced the work.",
            "Baiyin power supply bureau",
        ),
        (
            "Leaders of the Jiuquan coal chemical company attended by video.",
            "Jiuquan coal chemical company",
        ),
        (
            "The Zhangye mining company and the Wuwei branch made exchange speeches.",
            "Zhangye mining company",
        ),
        ("He inspected the Linxia thermal power plant on site.", "Linxia thermal power plant"),
        ("He went to the production site of Dingxi branch.", "Dingxi branch"),
        ("Leaders from Anshun plant attended the meeting.", "Anshun plant"),
        ("He went to Guizhou branch to investigate.", "Guizhou branch"),
        ("He visited the group's Zunyi clinker plant.", "Zunyi clinker plant"),
    ],
)
def test_lower_case_org_found_without_its_lead_word(sentence, name):
    names = org_names(extract_en(sentence))
    assert name in names
    assert name.split()[0] not in names  # not cut to the place alone


@pytest.mark.parametrize(
    "sentence",
    [
        "The Party committee of the company studied the plan.",
        "He thanked the Chinese company for its support.",
        "The Group company and the Provincial party committee agreed.",
        "In the March meeting the plant was praised.",
        "He met leaders of the American company and the Internet company.",
    ],
)
def test_lower_case_org_not_from_generic_words(sentence):
    names = org_names(extract_en(sentence))
    assert not any(n.split()[-1].islower() and n.split()[0] in sentence.split() for n in names), (
        names
    )


@pytest.mark.parametrize(
    "sentence, person, role, org",
    [
        (
            "Wang Bo, head of the Lanzhou branch, made a speech.",
            "Wang Bo",
            "head",
            "Lanzhou branch",
        ),
        (
            "Tian Yu, director of the Baiyin power supply bureau, spoke.",
            "Tian Yu",
            "head",
            "Baiyin power supply bureau",
        ),
        (
            "Lu Fang, president of the Gansu branch of Longxin Bank, attended.",
            "Lu Fang",
            "general-manager",
            "Gansu branch",
        ),
        (
            "They visited the Linxia thermal power plant, where Qi Ren, factory director of the plant, spoke.",
            "Qi Ren",
            "factory-director",
            "Linxia thermal power plant",
        ),
    ],
)
def test_role_bound_to_lower_case_org(sentence, person, role, org):
    assert (person, role, org, "current") in role_set(extract_en(sentence))


@pytest.mark.parametrize(
    "text, short, long",
    [
        (
            "The Gansu Provincial Party Committee decided. The Provincial Party Committee praised the group.",
            "Provincial Party Committee",
            "Gansu Provincial Party Committee",
        ),
        (
            "Shao Lin of the Organization Department of the Gansu Provincial Party Committee read the decision "
            "of the Gansu Provincial Party Committee. The Provincial Party Committee praised it.",
            "Provincial Party Committee",
            "Gansu Provincial Party Committee",
        ),
    ],
)
def test_place_less_name_is_an_alias(text, short, long):
    found = extract_en(text)
    assert short not in org_names(found)
    assert short in next(o for o in found.orgs if o.name == long).aliases


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Hou Ming, deputy secretary-general of the Gansu Provincial People's Government, attended.",
            "Gansu Provincial People's Government",
        ),
        (
            "He met leaders of the Lanzhou Municipal People’s Government yesterday.",
            "Lanzhou Municipal People’s Government",
        ),
    ],
)
def test_peoples_government_is_one_name(sentence, name):
    assert name in org_names(extract_en(sentence))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Hu Li met leaders of Fjordline Cargo AS in Tianjin.", "Fjordline Cargo AS"),
        ("Hu Li met leaders of Rheinberg Logistics GmbH in Tianjin.", "Rheinberg Logistics GmbH"),
    ],
)
def test_foreign_legal_form_ends_the_name(sentence, name):
    names = org_names(extract_en(sentence))
    assert name in names
    assert name.split()[-1] not in names


def test_transport_ends_a_company_name():
    found = extract_en("Mo Ling, general manager of Tongda Energy Transport, spoke.")
    assert ("Mo Ling", "general-manager", "Tongda Energy Transport", "current") in role_set(found)


@pytest.mark.parametrize(
    "sentence, names",
    [
        (
            "He went to the Yuwang Power Plant of Qingshan Diandong Energy.",
            {"Yuwang Power Plant", "Qingshan Diandong Energy"},
        ),
        (
            "He went to the Lanhe Coal Mine of Tongda Energy on foot.",
            {"Lanhe Coal Mine", "Tongda Energy"},
        ),
        (
            "Heads of the Gansu Provincial Department of Emergency Management and the Gansu Provincial Energy "
            "Administration attended.",
            {
                "Gansu Provincial Department of Emergency Management",
                "Gansu Provincial Energy Administration",
            },
        ),
        (
            "Leaders of Tongda Energy Group and the Xinglong Iron Mine attended.",
            {"Tongda Energy Group", "Xinglong Iron Mine"},
        ),
        ("Leaders of QHEC and Tongda Energy Group attended.", {"QHEC", "Tongda Energy Group"}),
    ],
)
def test_glued_organisations_are_split(sentence, names):
    assert org_names(extract_en(sentence)) == names


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Leaders of the Industrial and Commercial Bank of China attended.",
            "Industrial and Commercial Bank of China",
        ),
        (
            "The Organization Department of the Gansu Provincial Party Committee read it.",
            "Organization Department of the Gansu Provincial Party Committee",
        ),
        (
            "Leaders of the Academy of Sciences of Gansu Province Institute attended.",
            "Academy of Sciences of Gansu Province Institute",
        ),
    ],
)
def test_one_organisation_with_of_is_not_split(sentence, name):
    assert name in org_names(extract_en(sentence))


def test_a_persons_office_is_no_organisation():
    from tests.helpers_en import extract_en

    got = extract_en("According to Brown's office, she met the board to discuss priorities.")
    assert not got.orgs
    got = extract_en("He visited the Xi'an branch on Monday.")
    assert "Xi'an branch" in {o.name for o in got.orgs}
