"""Study sessions of translated Chinese pages: the congress or plenary session studied is the
topic, not the event held; the leader whose expositions are studied takes no part; a list of
people who "respectively made key speeches" are speakers."""

from tests.helpers_en import attendees, extract_en

BODY = (
    "On the afternoon of March 20, the Theoretical Learning Center Group of the Municipal Party "
    "Committee held a collective study to study the spirit of the 9th National Congress of the "
    "Ruritanian Workers Party, and the important expositions of General Secretary Wu Daming on "
    "culture. Li Qiang, secretary of the Municipal Party Committee, hosted the study.\n\n"
    "Zhou Ping, Lin Jie, Ma Feng, and Dai Long respectively made key speeches around the theme."
)


def test_studied_congress_is_not_the_kind():
    events = extract_en(BODY).events
    assert events and all(e.kind != "congress" for e in events)


def test_author_of_studied_expositions_takes_no_part():
    events = extract_en(BODY).events
    assert events and all("Wu Daming" not in attendees(e) for e in events)


def test_people_who_made_key_speeches_are_speakers():
    people = attendees(extract_en(BODY).events[0])
    assert people.get("Ma Feng") == "speaker"
    assert people.get("Dai Long") == "speaker"
