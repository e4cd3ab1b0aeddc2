"""Chinese organisations: the alias table, org-shaped names, counted lists, units, the Party."""

from __future__ import annotations

import pytest
from kg.extract.zh.orgs import sentence_orgs
from kg.vocab import load_vocab
from tests.zh_article import zh_extract


def orgs(sentence: str) -> list[str]:
    return [name for _, _, name in sentence_orgs(sentence, load_vocab())]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("中国五矿党组书记、董事长陈明出席会议。", ["中国五矿"]),
        ("华能新能源股份有限公司董事长单立国出席。", ["华能新能源股份有限公司"]),
        (
            "会上，黔东锌业、华源物流、西南分公司、华源国际4家企业作交流发言。",
            ["黔东锌业", "华源物流", "西南分公司", "华源国际"],
        ),
        (
            "会上，黔东锌业、华源物流两家企业和公司安全环保部、人力资源部分别作交流发言。",
            ["黔东锌业", "华源物流", "公司安全环保部", "人力资源部"],
        ),
        ("郑州铝业总经理出席会议。", ["郑州铝业"]),
        (
            "滇中铜业、黔南矿业、西南物流等企业主要负责人参加座谈。",
            ["滇中铜业", "黔南矿业", "西南物流"],
        ),
        ("会见了中国华能集团有限公司党组书记一行。", ["中国华能集团有限公司"]),
        ("工商银行江苏省分行党委书记出席。", ["工商银行江苏省分行"]),
        ("华电国际党委书记出席。", ["华电国际"]),
        ("宏远能源党委理论学习中心组开展集中学习。", ["宏远能源"]),
        ("全面贯彻党的二十届三中全会精神。", ["中国共产党"]),
        # a set phrase jieba tags as an idiom inside a full legal name ("再保险")
        ("副总经理刘明、东岭再保险股份有限公司董事长邵启明出席。", ["东岭再保险股份有限公司"]),
        # a place's party committee and its government printed as one name: the committee
        ("感谢青原省委省政府长期以来的支持。", ["青原省委"]),
        ("林川市委市政府主要负责同志出席。", ["林川市委"]),
        ("希望凤溪县委县政府一如既往给予支持。", ["凤溪县委"]),
    ],
)
def test_orgs_in_sentence(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "向着世界一流矿业和铝业公司奋勇前进。",
        "动员全体干部职工坚定信心。",
        "会议在公司总部召开。",
        "本部部门负责人参加会议。",
        "集团公司副总经理出席会议。",
        "四是科技创新更加深入，实现策源能力更强。",
        "大力发展清洁能源和先进制造业。",
        "双方将在文旅合作中共建共享发展成果。",  # 中共 read across 合作中|共建
        "推进三级公立医院绩效考核工作。",  # a kind of hospital, no name
        "该行是A股上市银行。",
    ],
)
def test_orgs_none_in_sentence(sentence):
    assert orgs(sentence) == []


def test_orgs_main_org_is_the_subject_of_the_headline():
    found = zh_extract(
        "4月18日，宏达化工年度工作会议召开。南方电网公司副总经理郑洁出席。",
        headline="宏达化工召开年度工作会议",
    )
    assert found.main_org == "宏达化工"


def test_orgs_full_legal_name_joins_the_short_name():
    found = zh_extract(
        "4月18日，嘉禾银行股份有限公司年度股东大会召开。嘉禾银行董事长贺平出席。",
        headline="嘉禾银行召开年度股东大会",
    )
    [bank] = found.orgs
    assert (bank.name, bank.aliases) == ("嘉禾银行", ("嘉禾银行股份有限公司",))


@pytest.mark.parametrize(
    "source, expected", [("党委宣传部", {"宏达化工", "党委宣传部"}), ("办公室", {"宏达化工"})]
)
def test_orgs_page_source_field_names_an_organisation(source, expected):
    found = zh_extract("4月18日，宏达化工年度工作会议召开。", source=source)
    assert {o.name for o in found.orgs} == expected


def test_orgs_main_org_from_the_lead_sentence_when_the_headline_names_none():
    found = zh_extract(
        "4月18日，宏达化工召开年度工作会议。南方电网公司副总经理郑洁出席。",
        headline="一季度经营形势分析会议召开并部署重点工作",
    )
    assert found.main_org == "宏达化工"


def test_orgs_no_main_org_when_neither_headline_nor_lead_names_one():
    found = zh_extract(
        "4月18日，集团公司召开年度工作会议。会上，宏达化工作交流发言。",
        headline="集团公司召开年度工作会议部署重点工作",
    )
    assert found.main_org is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "<body>驻<place><unit>": one name, the office's, not the bare "<place><unit>"
        ("出席的有江州省人民政府驻海城办事处主任王明。", ["江州省人民政府驻海城办事处"]),
        ("江州市政府驻北京联络处主任王明致辞。", ["江州市政府驻北京联络处"]),
        # a place's name that opens with the marker's character joins nothing
        ("驻马店市政府与河南省政府签约。", ["驻马店市政府", "河南省政府"]),
    ],
)
def test_orgs_office_stationed_elsewhere_keeps_its_parent(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全国纺织总会理事长王明出席。", ["全国纺织总会"]),
        ("全国服装协会会长王明出席。", ["全国服装协会"]),
    ],
)
def test_orgs_nationwide_association_keeps_its_first_word(sentence, expected):
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("江州市政府駐北京聯絡處主任王明致辭。", "江州市政府駐北京聯絡處"),
        ("全國紡織總會理事長王明出席。", "全國紡織總會"),
    ],
)
def test_orgs_stationed_office_and_nationwide_association_in_traditional_script(body, expected):
    found = zh_extract(body, headline="江州舉行年度工作會議", source="辦公室")
    assert expected in {o.name for o in found.orgs} | {a for o in found.orgs for a in o.aliases}
