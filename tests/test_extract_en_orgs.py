"""English organisations (kg/extract/en/orgs.py) and the main organisation (main_org.py)."""
import pytest

from helpers_en import extract_en


def org_names(found):
    return {o.name for o in found.orgs}


@pytest.mark.parametrize("sentence, names", [
    ("The Hongda Copper Company signed the deal.", {"Hongda Copper Company"}),
    ("Experts of Xinrui Jiangnan Steel Plant and Lianhe Kuangye Company attended.",
     {"Xinrui Jiangnan Steel Plant", "Lianhe Kuangye Company"}),
    ("The Materials Business Department and Cathode Factory made exchange speeches.",
     {"Materials Business Department", "Cathode Factory"}),
    ("They went to the Hongshan Iron Mine and Jinling Copper.", {"Hongshan Iron Mine", "Jinling Copper"}),
    ("He visited Dongsheng pingyuan Aluminum Enterprises yesterday.", {"Dongsheng pingyuan Aluminum Enterprises"}),
    ("They went to Yunnan Fuyuan to investigate.", {"Yunnan Fuyuan"}),
    ("Leaders of China Minmetals and the SASAC attended.", {"China Minmetals", "SASAC"}),
    ("The partner quoted by XKQ said so.", {"XKQ"}),
    ("the aluminum group supported the project.", {"aluminum group"}),
])
def test_orgs_found_as_printed(sentence, names):
    assert org_names(extract_en(sentence)) == names


@pytest.mark.parametrize("sentence", [
    "The Party Committee and the Board of Directors approved the plan.",
    "We must improve GDP and ESG work of the SOE.",
    "Yunnan Province and Hunan Province signed the agreement.",
    "They praised the “Build a World-Class Company” campaign.",
    "It is necessary to strengthen the Company.",
])
def test_orgs_not_taken_from_generic_words(sentence):
    assert org_names(extract_en(sentence)) == set()


@pytest.mark.parametrize("sentence, alias", [
    ("Nordvik visited Sichuan Hengtai Aluminium Co., Ltd. (\"SHA\") last week.", "SHA"),
    ("They visited the Hengtai Aluminium Corporation (‘HAC’) for exchange.", "HAC"),
    ("Hengtai Aluminium Corporation (hereinafter referred to as \"Hengtai\") signed it.", "Hengtai"),
])
def test_orgs_defined_abbreviation_is_an_alias(sentence, alias):
    found = extract_en(sentence + f" Later {alias} Chairman Rong Jiahui spoke.")
    owners = [o for o in found.orgs if alias in o.aliases]
    assert len(owners) == 1
    assert alias not in org_names(found)
    assert found.roles[0].org == owners[0].name


@pytest.mark.parametrize("headline, body, main", [
    ("Jinling Copper Held the Annual Work Conference", "On May 2, the company held a meeting.", "Jinling Copper"),
    ("Tianfu Group convenes mid-year conference in 2023",
     "On May 2, Tianfu Mining held the mid-year work conference.", "Tianfu Mining"),
    ("Readers Digest of the Week for Everyone", "Dongsheng Chemical Company grew. Dongsheng Chemical Company hired.",
     "Dongsheng Chemical Company"),
])
def test_main_org(headline, body, main):
    assert extract_en(body, headline=headline).main_org == main


def test_headline_long_capitalised_run_is_not_an_org():
    found = extract_en("Dongsheng Chemical Company grew.", headline="Big News About Dongsheng Chemical Company Today")
    assert org_names(found) == {"Dongsheng Chemical Company"}
