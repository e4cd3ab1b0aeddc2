"""Chinese: the 部长 of a state's ministry ("外交部部长", "中國外交部長") is a minister, noted
"other" as the graph model notes ministers; the 部长 of a party's or a company's department
heads it. Sentences written for these tests; every name is invented."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_minister_of_a_state_s_ministry_is_no_department_head():
    text = (
        "3月2日，国务委员、外交部部长蒲晓东会见了来访的客人。市委常委、宣传部部长柯文涛出席。"
        "青岚集团人事部部长宁海波参加。"
    )
    got = roles_of(zh_extract(text, headline="外交部部长会见客人", date="2024-03-03"))
    assert ("Pu Xiaodong", "other", "外交部", "current") in got
    assert ("Ke Wentao", "head", "宣传部", "current") in got
    assert any(p == "Ning Haibo" and r == "head" for p, r, _o, _s in got)


def test_a_minister_of_a_ministry_printed_after_its_state_in_traditional_characters():
    got = roles_of(
        zh_extract(
            "3月2日，中國外交部長蒲曉東會見了來訪的客人。", headline="會見", date="2024-03-03"
        )
    )
    assert ("Pu Xiaodong", "other", "中國外交部", "current") in got


def test_the_secretary_general_of_a_place_s_government_printed_without_the_place():
    text = "3月2日，青岚省召开工作会议。青岚省副省长、省政府秘书长蒲晓东主持会议，市政府副秘书长柯文涛出席。"
    got = roles_of(zh_extract(text, headline="青岚省召开工作会议", date="2024-03-03"))
    assert ("Pu Xiaodong", "other", "青岚省", "current") in got
    assert ("Pu Xiaodong", "vice-governor", "青岚省", "current") in got


def test_a_dismissal_of_titles_at_two_bodies_with_no_de_after_the_name():
    text = "6月18日，漳州市人大常委会第九次会议决定免去孙立平漳州市人民政府副市长、市教育局局长的职务。"
    got = roles_of(zh_extract(text, headline="漳州市人大常委会召开会议", date="2024-03-03"))
    assert ("Sun Liping", "other", "漳州市人民政府", "former") in got
    assert ("Sun Liping", "head", "漳州市教育局", "former") in got
