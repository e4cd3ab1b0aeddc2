"""Chinese organisation names: short names defined in the text, units, legal names, name edges."""

from __future__ import annotations

import pytest
from kg.extract.zh.abbreviations import defined_short_names
from tests.zh_article import zh_extract


def _orgs(found):
    return {o.name: set(o.aliases) for o in found.orgs}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "青岚重型机械有限公司（以下简称“青岚重机”）成立于",
            [("青岚重机", "青岚重型机械有限公司")],
        ),
        ('青岚重型机械有限公司（简称"青岚重机"）成立于', [("青岚重机", "青岚重型机械有限公司")]),
        ("青岚重型机械有限公司（下称青岚重机）成立于", [("青岚重机", "青岚重型机械有限公司")]),
        ("青岚重型机械有限公司（成立于1998年）", []),
        ("某公司（以下简称“青岚重机”）成立于", []),
    ],
)
def test_defined_short_names(text, expected):
    assert defined_short_names(text, ["青岚重型机械有限公司"]) == expected


def test_a_defined_short_name_is_one_organisation_with_its_full_name():
    found = zh_extract(
        "4月2日，青岚重型机械有限公司（以下简称“青岚重机”）与宏达化工签约。青岚重机总经理柯文涛出席。"
    )
    orgs = _orgs(found)
    assert "青岚重机" in orgs["青岚重型机械有限公司"] and "青岚重机" not in orgs


def test_a_branch_named_after_its_parent_and_then_alone_is_one_organisation():
    found = zh_extract("4月2日，柯文涛到宏达化工西南分公司调研。西南分公司总经理蒲晓东汇报工作。")
    orgs = _orgs(found)
    assert "西南分公司" in orgs["宏达化工西南分公司"] and "西南分公司" not in orgs


@pytest.mark.parametrize(
    "body, names",
    [
        # a unit right before its head's title, and the units listed beside it
        (
            "4月2日，宏达化工总经理助理、安全监察部主任蒲晓东，财务部、市场营销部负责人陪同调研。",
            {"安全监察部", "财务部", "市场营销部"},
        ),
        # a full legal name, even of common words only
        ("4月2日，中电远通集团有限公司召开会议。", {"中电远通集团有限公司"}),
        # a verb inside a legal name, a legal ending jieba cuts in two
        ("会上，宏达化工和青岚理财有限责任公司作交流发言。", {"青岚理财有限责任公司"}),
    ],
)
def test_organisations_found(body, names):
    assert names <= set(_orgs(zh_extract(body)))


@pytest.mark.parametrize(
    "body, bad",
    [
        ("4月2日，青岚重机董事长柯敬之一行到宏达化工集团交流座谈。", "行到宏达化工集团"),
        (
            "4月2日，宏达化工集团总经理助理兼西南煤化工分公司总经理缪建国参加调研。",
            "助理兼西南煤化工分公司",
        ),
    ],
)
def test_organisation_names_stop_at_people_and_titles(body, bad):
    names = set(_orgs(zh_extract(body)))
    assert bad not in names and not any(n.startswith(("行", "兼", "助理")) for n in names)


def test_the_main_organisation_may_be_named_by_its_defined_short_name():
    page = (
        "湖南省人民政府 门户网站\n\n车文远会见青岚重机董事长柯文涛\n\n来源：湖南日报 时间：2024-06-05\n\n"
        "6月3日，省委书记、省人大常委会主任车文远会见青岚重型机械有限公司（以下简称“青岚重机”）董事长柯文涛。\n"
    )
    from kg.extract import extract_article
    from kg.read import make_article

    found = extract_article(make_article("t.txt", page))
    assert (
        found.article.headline == "车文远会见青岚重机董事长柯文涛"
    )  # the site's name is no headline
    assert found.main_org == "青岚重型机械有限公司"


@pytest.mark.parametrize(
    "body, names, not_names",
    [
        # a subsidiary's legal name: a known name, ordinary words, a legal ending
        (
            "会上，中国石油国际工程开发有限公司作交流发言。",
            {"中国石油国际工程开发有限公司"},
            {"中国石油"},
        ),
        # oil fields
        ("会上，青岚油田、白河油田作交流发言。", {"青岚油田", "白河油田"}, set()),
        # the mates of a known organisation in a 、-list, without the 党委 at the end
        (
            "会上，宝钢股份、青岚重机、白河云商党委分别作交流发言。",
            {"青岚重机", "白河云商"},
            {"白河云商党委"},
        ),
        # ... but ordinary words listed beside one are no organisations
        ("会议围绕宝钢股份、新能源、新材料等领域展开。", set(), {"新能源", "新材料"}),
    ],
)
def test_organisations_in_lists_and_legal_names(body, names, not_names):
    found = set(_orgs(zh_extract(body)))
    assert names <= found and not (not_names & found)


def test_a_newspaper_in_the_source_field_is_an_organisation():
    found = zh_extract("4月2日，宏达化工召开会议。", source="青岚能源报")
    assert "青岚能源报" in _orgs(found)


def test_a_full_name_with_a_national_prefix_folds_into_its_short_form():
    found = zh_extract("4月2日，中国青岚重机有限责任公司召开会议。青岚重机董事长柯文涛出席。")
    assert "中国青岚重机有限责任公司" in _orgs(found).get("青岚重机", set())


def test_surname_mi():
    found = zh_extract("4月2日，宏达化工总经理宓文广出席会议。")
    assert [p.name for p in found.persons] == ["Mi Wenguang"]


def test_a_board_committee_named_by_its_function_is_no_organisation():
    from kg.extract.zh.orgs import sentence_orgs
    from kg.vocab import load_vocab

    names = [
        n
        for _, _, n in sentence_orgs(
            "他辞去嘉泓银行董事会战略发展委员会主席、薪酬与考核委员会委员职务。", load_vocab()
        )
    ]
    assert "嘉泓银行" in names
    assert not [n for n in names if n.endswith("委员会")]


def test_praise_verbs_open_no_organisation_name():
    from kg.extract.zh.orgs import sentence_orgs
    from kg.vocab import load_vocab

    names = [n for _, _, n in sentence_orgs("与会代表纷纷点赞宏泰集团的创新做法。", load_vocab())]
    assert not [n for n in names if n.startswith("点赞")]


def test_a_verb_inside_a_groups_name_after_the_national_prefix():
    from kg.extract.zh.orgs import sentence_orgs
    from kg.vocab import load_vocab

    names = [
        n for _, _, n in sentence_orgs("中国冶炼环保集团党委书记、董事长区志明出席。", load_vocab())
    ]
    assert names == ["中国冶炼环保集团"]


@pytest.mark.parametrize(
    "text",
    [
        "双方就深化新能源合作交换了意见。",
        "双方就加强新材料产业合作进行了交流。",
        "会议围绕智能电网建设作了部署。",
    ],
)
def test_a_policy_verb_before_an_industry_word_makes_no_organisation(text):
    found = zh_extract(
        "2023年6月12日，青岚集团董事长王洪会见了来访客人。" + text, headline="青岚集团新闻"
    )
    assert set(_orgs(found)) == {"青岚集团"}
