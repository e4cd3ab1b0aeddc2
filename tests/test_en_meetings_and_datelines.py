"""English meetings named by their verbs, weekdays against the publication date, datelines blanked.

Every name, company and sentence here is invented for the tests.
"""

from datetime import date

from kg.extract import extract_article
from kg.extract.dates import find_relative_day
from kg.read import blank_furniture, make_article


def test_weekdays_today_and_yesterday_are_read_against_the_publication_date():
    published = date(2021, 7, 8)  # a Thursday
    assert find_relative_day("X met Y on Wednesday in the capital.", published) == date(2021, 7, 7)
    assert find_relative_day("X met Y on Thursday.", published) == published
    assert find_relative_day("X said today that", published) == published
    assert find_relative_day("X met Y yesterday.", published) == date(2021, 7, 7)
    assert find_relative_day("X met Y on Wednesday.", None) is None
    assert find_relative_day("X met Y this morning in the capital.", published) == published
    assert find_relative_day("X will meet Y tonight.", published) == published


def test_a_date_stamp_and_a_dateline_are_furniture_before_the_first_sentence():
    line = " date 2021-07-08 NORTHPORT: Governor Ada Lind met the delegation."
    blanked = blank_furniture(line)
    assert len(blanked) == len(line)
    assert blanked.strip() == "Governor Ada Lind met the delegation."
    assert (
        blank_furniture("HARBOURTON, Aug 2 (Wire Service) - Quarrow said").strip() == "Quarrow said"
    )


def test_meetings_held_with_a_list_of_people_on_a_weekday():
    text = (
        "Invented cabinet news\n"
        "July 8, 2021\n"
        "Prime Minister Rosa Albane on Wednesday held meetings with Finance Minister Tomas Verhoek, "
        "Health Minister Ines Castell and Trade Minister Olu Adeyemi.\n"
    )
    found = extract_article(make_article("x.txt", text))
    [event] = found.events
    assert event.start == date(2021, 7, 7)
    people = {p.person for p in event.participants}
    assert {"Rosa Albane", "Tomas Verhoek", "Ines Castell", "Olu Adeyemi"} <= people


def test_contact_lines_currency_rows_and_photo_credits_are_furniture():
    text = "Tel: +44 20 5555 0100\nAUD 0.6712 EUR 1.0921 JPY 142.10\nAda Lind [Photo/Wire Service] spoke."
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert "Tel" not in blanked and "AUD" not in blanked and "Photo" not in blanked
    assert "Ada Lind" in blanked and "spoke." in blanked


def test_an_image_file_name_glued_before_a_name_is_furniture():
    text = "3-2.jpgAda Lind, governor of the province, met the guests.\nSee report.pdf later."
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    assert "jpg" not in blanked and "Ada Lind, governor" in blanked
    assert "report.pdf" in blanked  # no image: left as it is


def test_today_is_the_day_of_a_wire_dateline_a_day_before_the_page_stamp():
    text = (
        "Invented harbour news\n"
        " date 2031-03-05 Corvelle, Mar 4 (Coastal Wire): Port Director Ilse Marwood called on "
        "Governor Tobias Renn at the Governor's Lodge today.\n"
    )
    [event] = extract_article(make_article("x.txt", text)).events
    assert event.start == date(2031, 3, 4)  # not the stamp's 5 March
    assert {"Ilse Marwood", "Tobias Renn"} <= {p.person for p in event.participants}


def test_a_dateline_far_from_the_page_stamp_leaves_the_stamp_as_the_day_of_today():
    from kg.extract.dates import filed_day

    stamp = date(2031, 3, 5)
    assert filed_day("Invented\nBRANTHOLM, March 4 (Wire) -- A met B today.\n", stamp) == date(
        2031, 3, 4
    )
    assert filed_day("Invented\nBRANTHOLM, 4 March /WIRE/. A met B today.\n", stamp) == date(
        2031, 3, 4
    )
    assert filed_day("Invented\nBRANTHOLM, Dec. 31 (Wire) -- A met B.\n", date(2032, 1, 2)) == date(
        2031, 12, 31
    )  # the year before the stamp's
    assert filed_day("Invented\nBRANTHOLM, June 30 (Wire) -- A met B.\n", stamp) is None
    assert filed_day("Invented\nBRANTHOLM, March 4 (Wire) -- A met B.\n", None) is None
