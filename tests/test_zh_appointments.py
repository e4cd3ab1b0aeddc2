"""Chinese appointment and removal announcements (任, 免去其, 不再担任, 之位).

Every name and organisation here is invented for the tests.
"""

from kg.extract import extract_article
from kg.read import make_article


def extracted(body: str):
    text = f"虚构任免新闻标题用于测试\n2023年6月1日\n{body}\n"
    return extract_article(make_article("x.txt", text))


def roles(body: str) -> set[tuple[str, str, str, str]]:
    return {(r.person, r.role, r.org, r.status) for r in extracted(body).roles}


def test_appointed_and_removed_through_the_pronoun():
    got = roles(
        "东岭重工集团有限公司召开干部大会。有关负责同志宣布了决定："
        "隋现峰同志任东岭重工集团有限公司董事长、党委书记，免去其东岭重工集团有限公司总经理职务。"
    )
    assert ("Sui Xianfeng", "chairman", "东岭重工集团有限公司", "current") in got
    assert ("Sui Xianfeng", "party-secretary", "东岭重工集团有限公司", "current") in got
    assert ("Sui Xianfeng", "general-manager", "东岭重工集团有限公司", "former") in got


def test_the_responsible_comrade_is_no_name_and_a_name_before_a_date_word_stands_alone():
    names = {
        p.native
        for p in extracted("有关负责同志出席会议。焦军于2019年10月担任青川矿业集团董事长。").persons
    }
    assert "焦军" in names
    assert not any(n.startswith("关") or n.endswith("于") for n in names)


def test_a_name_only_seen_inside_a_longer_one_is_dropped():
    names = {
        p.native for p in extracted("董事长戈向东出席会议。戈向东指出，要抓好安全生产。").persons
    }
    assert names == {"戈向东"}


def test_a_title_without_its_organisation_takes_the_one_named_before_it_in_the_sentence():
    got = roles("6月1日，受青川市人大常委会主任委托，副主任柴文博主持会议，副主任贝永红出席会议。")
    assert ("Chai Wenbo", "other", "青川市人大常委会", "current") in got
    assert ("Bei Yonghong", "other", "青川市人大常委会", "current") in got


def test_a_further_clause_of_an_appointment_names_its_person_even_a_common_word():
    got = roles(
        "岭南省人民政府发布通知：任命隋现峰为省交通运输厅厅长，常青为省教育厅副厅长，"
        "高峰同志为省商务厅厅长。"
    )
    assert ("Chang Qing", "other", "岭南省教育厅", "current") in got
    assert ("Gao Feng", "head", "岭南省商务厅", "current") in got


def test_a_common_word_after_a_comma_is_no_appointee_without_an_appointment():
    found = extracted("岭南省人民政府召开会议。会议认为，常青为本年度重点。")
    assert "Chang Qing" not in {p.name for p in found.persons}
