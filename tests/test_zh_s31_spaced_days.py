"""A day printed after a Han name and one space ("會長A 4日率團", as some Taiwan pages print it)
dates the act after it as the unspaced form does; a duration's word before a spaced day
("為期 4日") still dates nothing."""

from __future__ import annotations

from tests.zh_article import zh_extract


def test_spaced_day_after_a_name_dates_the_visit():
    found = zh_extract(
        "宏遠工商協進會會長林志遠 4日率團訪問日本大阪，拜會當地商界人士。",
        headline="林志遠率團訪日",
        date="2024-03-05",
    )
    assert [str(e.start) for e in found.events] == ["2024-03-04"]
    assert {p.person for p in found.events[0].participants} == {"Lin Zhiyuan"}


def test_spaced_day_and_part_of_day():
    found = zh_extract(
        "市長林志遠 4日下午在市府會見來訪的代表團。",
        headline="市長會見代表團",
        date="2024-03-05",
    )
    assert [str(e.start) for e in found.events] == ["2024-03-04"]


def test_spaced_duration_dates_nothing():
    found = zh_extract(
        "本屆展覽為期 4日至 6日舉行，吸引民眾參加。",
        headline="展覽登場",
        date="2024-03-05",
    )
    assert all(str(e.start) != "2024-03-04" for e in found.events)
