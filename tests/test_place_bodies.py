"""A place and its government, however an article writes them, are one organisation; its Party
committee is another; a place of another level, or a foreign city named after a country, is not
joined. Places and names are invented (spelt in pinyin) or listed world places."""

from kg.assemble.resolve import Resolver
from kg.model import Evidence, Extraction, OrgMention
from kg.placenames import place_body, place_body_key
from kg.read import make_article
from kg.vocab import load_vocab

RESOLVER = Resolver(load_vocab())


def keys(*names: str, ident: str = "p1") -> dict[str, str]:
    article = make_article(ident, "Invented headline of a place test\n" + "body text " * 5)
    ev = Evidence(ident, 0, 10, "Invented h")
    return RESOLVER.org_keys(Extraction(article, orgs=[OrgMention(n, ev) for n in names]))


def test_the_forms_of_a_province_government_are_one_organisation():
    got = keys(
        "Lanshan Province",
        "Lanshan Provincial Government",
        "People's Government of Lanshan Province",
        "Lanshan",
    )
    assert len(set(got.values())) == 1


def test_a_party_committee_is_not_the_government_of_its_place():
    got = keys(
        "Lanshan Provincial Party Committee", "CPC Lanshan Provincial Committee", "Lanshan Province"
    )
    assert got["Lanshan Provincial Party Committee"] == got["CPC Lanshan Provincial Committee"]
    assert got["Lanshan Province"] != got["CPC Lanshan Provincial Committee"]


def test_city_and_district_forms():
    got = keys("Heyuan Municipal Government", "Heyuan City", "Heyuan Government")
    assert len(set(got.values())) == 1
    got = keys("Xiba District", "Xiba District People's Government")
    assert len(set(got.values())) == 1


def test_a_bare_place_of_two_levels_joins_neither():
    got = keys("Lanshan Province", "Lanshan City", "Lanshan")
    assert len(set(got.values())) == 3


def test_chinese_forms():
    got = keys("兰山省", "兰山省人民政府", "兰山省政府")
    assert len(set(got.values())) == 1
    got = keys("中共兰山市委", "兰山市委", "兰山市人民政府")
    assert got["中共兰山市委"] == got["兰山市委"] != got["兰山市人民政府"]


def test_the_key_holds_across_articles():
    one = keys("Lanshan Provincial Government", ident="a1")
    two = keys("People's Government of Lanshan Province", ident="a2")
    assert one["Lanshan Provincial Government"] == two["People's Government of Lanshan Province"]


def test_what_is_no_level_of_a_place():
    assert place_body("Manchester City") is None  # a club, not a level of a city
    assert place_body("Kansas City") is None
    assert place_body("Kuwait City").level is None  # the place itself, not Kuwait's city
    assert place_body("Qinghe Mining Group") is None
    assert place_body("Municipal Government") is None
    assert place_body("Lanshan Provincial People's Government") == place_body("Lanshan Province")
    assert place_body_key(place_body("Lanshan Provincial Government")) == "lanshanprovince"


def test_an_autonomous_region_named_with_its_people_is_the_region():
    got = keys(
        "Lanshan Zhuang Autonomous Region",
        "People's Government of Lanshan Zhuang Autonomous Region",
        "Lanshan",
    )
    assert len(set(got.values())) == 1
    got = keys(
        "CPC Lanshan Hui Autonomous Region Committee", "Lanshan Autonomous Regional Party Committee"
    )
    assert len(set(got.values())) == 1


def test_a_province_whose_name_ends_like_a_people_keeps_its_name():
    # "hui" ends the place, but only an autonomous region's name carries a people
    assert place_body("Lanhui Province").place == "lanhui"
    assert place_body("Hui Autonomous Region").place == "hui"
