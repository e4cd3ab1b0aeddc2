"""Taiwan's papers print an event's day right after the actor's name ("县长A18日拜会B"), and
name legislators and control-yuan members by titles of their own national body."""

from __future__ import annotations

from datetime import date

from tests.zh_article import roles_of, zh_extract


def _event_on(found, day: date):
    return next((e for e in found.events if e.start == day), None)


def test_a_day_after_a_name_dates_the_visit_it_opens():
    found = zh_extract(
        "青川县县长林志远18日拜会远山市市长黄明德，双方就农业合作交换意见。"
        "林志远表示，两地将持续推动交流。",
        headline="青川县长拜会远山市长",
        date="2025-06-20",
    )
    event = _event_on(found, date(2025, 6, 18))
    assert event is not None
    assert {"Lin Zhiyuan", "Huang Mingde"} <= {p.person for p in event.participants}


def test_a_day_after_a_name_in_traditional_script_dates_an_inspection():
    found = zh_extract(
        "青川縣縣長林志遠18日實地視察防汛工程，了解施工進度。林志遠指出，工程將於汛期前完工。",
        headline="縣長視察防汛工程",
        date="2025-06-20",
    )
    assert _event_on(found, date(2025, 6, 18)) is not None


def test_a_day_after_a_name_before_a_retirement_dates_nothing():
    found = zh_extract(
        "远山运通董事长黄明德将于本月底退休，远山钢铁公司董事长林志远30日表示，人事案将另行公布。",
        headline="远山钢铁人事调整",
        date="2025-06-20",
    )
    assert found.events == []


def test_a_legislator_or_control_member_is_no_member_of_a_council_the_page_names():
    found = zh_extract(
        "监察委员林志远拜会青川县议会议长黄明德，并受理民众陈情。立法委员周文华也一同出席。",
        headline="监委巡察青川县",
        date="2025-06-20",
    )
    roles = roles_of(found)
    assert ("Huang Mingde", "other", "青川县议会", "current") in roles
    assert not any(r[0] in {"Lin Zhiyuan", "Zhou Wenhua"} and r[2] == "青川县议会" for r in roles)
