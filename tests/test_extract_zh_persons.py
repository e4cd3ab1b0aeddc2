"""Chinese person names: boundaries from position (titles, lists, verbs) and jieba."""

from __future__ import annotations

import pytest
from kg.extract.zh.persons import name_spans
from kg.vocab import load_vocab
from tests.zh_article import zh_extract


def names(sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in name_spans(sentence, load_vocab())]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("华能化工党委书记、董事长欧阳振华出席会议并讲话。", ["欧阳振华"]),
        (
            "公司领导班子成员解红兵、区志远、翟明、乐天宇出席会议。",
            ["解红兵", "区志远", "翟明", "乐天宇"],
        ),
        ("公司领导班子成员芦军、马征宇、朱丹出席会议。", ["芦军", "马征宇", "朱丹"]),
        ("副总经理钱进、赵雪松陪同调研。", ["钱进", "赵雪松"]),
        ("深入学习贯彻习近平总书记重要讲话精神。", ["习近平"]),
        ("金川市市长任振宇会见了客人。", ["任振宇"]),
        ("任命李振华为公司党委书记、董事长。", ["李振华"]),
        ("免去王建国的公司董事长职务。", ["王建国"]),
        ("孙立平指出，要抓好安全生产。", ["孙立平"]),
        ("总经理单立国作工作报告。", ["单立国"]),
        ("钱明德在北京会见了客人。", ["钱明德"]),
        ("公司党委副书记、总经理蒙海波结合分管工作作了交流发言。", ["蒙海波"]),
    ],
)
def test_persons_names_in_sentence(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "不断提升职工的获得感、幸福感、安全感。",
        "得益于集团党组的重托厚爱和历任班子带领广大干部职工守正创新。",
        "公司领导班子成员出席会议。",
        "强化高危作业和外包队伍管理。",
        "公司总经理强调，要严格落实安全责任。",
        "董事长宣布会议开幕。",
        "坚定不移运用“系统思维、体系作战、制度流程支撑、数智赋能”四种方法。",
        "全面贯彻党的二十届三中全会精神。",
        # ordinary words jieba's dictionary lists as names (nr): common words, no names
        "中心集医疗、保健、康复于一体。",
        "合作涵盖人才培养与科学研究等范畴。",
    ],
)
def test_persons_none_in_sentence(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("公司领导班子成员芦东、马征出席会议。", ["芦东", "马征"]),
        ("董事长王刚主持会议。", ["王刚"]),
        ("董事长王刚总经理李明出席。", ["王刚", "李明"]),
    ],
)
def test_persons_two_character_names_do_not_swallow_the_next_word(sentence, expected):
    assert names(sentence) == expected


def test_persons_mention_has_pinyin_native_and_sentence_evidence():
    found = zh_extract("4月18日，宏达化工年度工作会议召开。公司董事长单立国出席会议。")
    [person] = found.persons
    assert (person.name, person.native) == ("Shan Liguo", "单立国")
    assert person.evidence.quote == "公司董事长单立国出席会议。"
    assert found.article.text[person.evidence.start : person.evidence.end] == person.evidence.quote


def test_persons_a_common_word_is_still_a_name_after_a_title():
    assert names("副总经理高峰、王刚出席会议。") == ["高峰", "王刚"]


def test_persons_a_three_character_name_jieba_counts_often_is_still_a_name():
    # jieba's dictionary counts some full names of well-known people often: only two-character
    # words it counts often are taken for ordinary words
    assert names("严智泽出席会议并讲话。") == ["严智泽"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("政务司司长陈黄美玲、行会成员何杜秀芬出席典礼。", ["陈黄美玲", "何杜秀芬"]),
        ("副校长张文华教授出席典礼。", ["张文华"]),  # 文 and 华 are family names too
    ],
)
def test_persons_a_married_name_puts_two_family_names_first(sentence, expected):
    assert names(sentence) == expected


def test_persons_a_married_name_in_traditional_characters():
    found = zh_extract(
        "3月3日，典禮舉行。政務司司長陳黃美玲、行會成員何杜秀芬出席典禮。",
        headline="特區政府舉行典禮",
    )
    assert {p.native for p in found.persons} == {"陳黃美玲", "何杜秀芬"}


def test_persons_a_name_after_a_portfolio_in_brackets():
    assert names("副校长（研究）张文华教授出席典礼。") == ["张文华"]
    found = zh_extract(
        "3月3日，典禮舉行。副校長（學術）張文華教授出席典禮。", headline="南華大學舉行典禮"
    )
    assert {p.native for p in found.persons} == {"張文華"}


def test_a_surname_with_a_form_of_address_or_a_section_is_no_name():
    found = zh_extract(
        "11月24日，谭总主持会议。宣传科王明华出席。", headline="江岭公司召开干部大会"
    )
    natives = {p.native for p in found.persons}
    assert "王明华" in natives
    assert not natives & {"谭总", "宣传科"}
