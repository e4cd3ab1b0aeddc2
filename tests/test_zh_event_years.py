"""Chinese meetings: on a page without a publication date, a day of the month takes the year the
event's own name gives ("召开2024年第二次…会议") and no other year of the text; a list of attendees
closed by "以及<group>成员" and a name before 列席 attend. Invented text only."""

from datetime import date

from kg.extract import extract_article
from kg.read import make_article


def events_of(text: str):
    return extract_article(make_article("undated.txt", text)).events


def test_an_undated_page_dates_a_meeting_by_the_year_in_its_own_name():
    found = events_of(
        "青川学院召开理论学习中心组学习会议\n\n"
        "3月12日，学院党委召开2023年第四次理论学习中心组学习会议。党委书记周立新主持会议并讲话。\n"
    )
    assert [e.start for e in found] == [date(2023, 3, 12)]


def test_an_undated_page_takes_no_year_from_what_the_meeting_studies():
    found = events_of(
        "青川学院党委中心组学习会议精神\n\n"
        "3月12日，学院党委书记周立新主持召开党委中心组学习会，学习2022年全国教育工作会议精神。\n"
    )
    assert not [e for e in found if e.start is not None]


def test_a_list_closed_by_yiji_and_a_group_of_members_attends_and_liexi_attends():
    found = events_of(
        "青川学院召开学习会议\n2024年3月13日\n"
        "3月12日，学院党委召开理论学习中心组学习会议。党委书记周立新主持会议并讲话。"
        "学院领导邹明远、贺春林、卢一帆,以及学院中心组全体成员参加会议。副院长阎晓青列席会议。\n"
    )
    parts = {p.person: p.part for e in found for p in e.participants}
    for name in ("Zou Mingyuan", "He Chunlin", "Lu Yifan", "Yan Xiaoqing"):
        assert parts.get(name) == "attendee"
    assert parts.get("Zhou Lixin") == "chair"
