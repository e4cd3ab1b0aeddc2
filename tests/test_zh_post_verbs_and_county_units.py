"""Chinese names before a verb of taking, keeping or leaving a post, and units of a county's or
city's government printed after its short name ("县府", "市府"), in both scripts.

Every name, place and organisation here is invented for the tests.
"""

import pytest
from kg.extract import extract_article
from kg.extract.script import simplified_same_length
from kg.read import make_article


def _extract(body: str):
    text = f"虚构新闻标题用于测试\n2023年6月1日\n{body}\n"
    return extract_article(make_article("x.txt", text))


def natives(body: str) -> set[str | None]:
    return {p.native for p in _extract(body).persons}


@pytest.mark.parametrize(
    "body,name",
    [
        ("邱文翰续任东岭大学校长，任期三年。", "邱文翰"),
        ("韦中闵获选为东岭商会理事长。", "韦中闵"),
        ("谭中闵连任东岭商会会长。", "谭中闵"),
        ("范志宏荣任北川银行行长。", "范志宏"),
        ("管立闵卸任东岭大学校长后重返教学岗位。", "管立闵"),
        ("理事会主席韦明达恭贺邱文翰获聘为顾问。", "韦明达"),
        ("蕭志遠續任南嶺大學校長，任期三年。", "蕭志遠"),
        ("龔建邦獲選為北川工商協會理事長。", "龔建邦"),
        ("管立閔卸任南嶺大學校長後重返教學崗位。", "管立閔"),
    ],
)
def test_a_name_before_a_verb_of_a_post_is_a_person(body, name):
    assert name in natives(body)


def test_a_verb_of_a_post_is_no_part_of_a_name():
    # "续|任青大": 任 is the verb's, no family name; "宣布不续任": 不 negates the verb
    assert natives("邱文翰续任青大校长。蕭志遠宣布不續任校長。") == {"邱文翰", "蕭志遠"}


def test_a_verb_of_a_post_jieba_does_not_know_is_no_name_glued_to_its_verb():
    assert "宣布续" not in natives("韦明达宣布续任东岭商会理事长。")  # 续任 is one verb


def _unit_of(body: str, person: str) -> set[str]:
    return {simplified_same_length(r.org or "") for r in _extract(body).roles if r.person == person}


@pytest.mark.parametrize(
    "body,person,unit",
    [
        ("青川市长林大同表示，市府教育局长王建国将说明。", "Wang Jianguo", "青川市教育局"),
        ("桃林縣長吳明哲出席，縣府農業處長黃志偉陪同。", "Huang Zhiwei", "桃林县农业处"),
        (
            "桃林县长吴明哲出席，桃林县政府也派员参加，县府农业处长黄志伟陪同。",
            "Huang Zhiwei",
            "桃林县政府农业处",
        ),
        ("青川市政府秘书处长林大同说明。", "Lin Datong", "青川市政府秘书处"),
    ],
)
def test_a_unit_after_a_government_is_that_governments(body, person, unit):
    assert _unit_of(body, person) == {unit}
