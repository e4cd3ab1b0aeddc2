"""Posts of a local unit named by a lower-case word, and days of events yet to be held."""

from tests.helpers_en import extract_en, role_set


def test_township_administrator_is_not_the_page_councils():
    text = (
        "Chairman of Lakeside Council Dr. Tom Orin met local people this morning.\n"
        "Next, township administrator U Kyaw Lin spoke on roads and water supply."
    )
    roles = role_set(extract_en(text))
    assert not any(r[0] == "U Kyaw Lin" for r in roles)


def test_district_officer_is_not_the_page_companys():
    text = (
        "Kavo Motors Ltd opened a new plant on Monday. Chairman Ana Bell cut the ribbon. "
        "The district collector, Ravi Sen, said the plant was welcome."
    )
    roles = role_set(extract_en(text))
    assert not any(r[0] == "Ravi Sen" and "Kavo" in r[2] for r in roles)


def test_summit_to_be_held_gives_no_past_year_day():
    text = (
        "Shimla, Jul 11 (PTI) Chief Minister Tom Orin held a meeting with envoys in Delhi. "
        "The meeting was held on Wednesday evening to attract investors to a summit to be held "
        "in Ravipur on November 7 and 8, he added. Minister Ana Bell was also present on the "
        "occasion."
    )
    x = extract_en(text, published="2019-07-11")
    assert all(str(e.start) != "2018-11-07" for e in x.events)
