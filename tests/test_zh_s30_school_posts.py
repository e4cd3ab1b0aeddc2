"""Chinese: a school's own titles (校长, 副校长) on a page of one of its colleges ("X大学Y学院") are
the school's, never the college's; a party study group's "集体学习" is a meeting even with no
召开/举行 before it."""

from __future__ import annotations

from tests.zh_article import parts_of, roles_of, zh_extract


def test_a_presidents_title_on_a_college_page_is_the_universitys():
    held = roles_of(
        zh_extract(
            "5月3日，北川师范大学文学院召开教学工作会议。校长王建国、副校长刘志强出席会议。"
            "文学院院长李明华主持会议。",
            headline="北川师范大学文学院召开教学工作会议",
        )
    )
    assert ("Wang Jianguo", "other", "北川师范大学", "current") in held
    assert ("Liu Zhiqiang", "other", "北川师范大学", "current") in held
    assert not [r for r in held if r[2] == "北川师范大学文学院" and r[0] != "Li Minghua"]


def test_a_study_session_of_a_party_group_is_a_meeting_with_no_verb_before_it():
    found = zh_extract(
        "10月18日，医院党委理论学习中心组集体学习。党委书记陈国栋主持学习并讲话。院长刘志强参加学习。",
        headline="医院党委理论学习中心组开展学习",
        date="2025-10-20",
    )
    assert found.events and str(found.events[0].start) == "2025-10-18"
    assert parts_of(found) == {"Chen Guodong": "chair", "Liu Zhiqiang": "attendee"}
