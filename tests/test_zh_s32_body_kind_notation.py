"""主席 of an association, a chamber, a federation of industry and commerce, an Olympic committee
or a township representatives' council chairs no company's board ("other"); 部長 of a state's
ministry printed alone ("運動部長") is a minister, "other" (invented sentences)."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _roles(found) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in found.roles}


def test_chair_of_an_association_is_other():
    found = zh_extract(
        "嘉南友好協會主席李美玲日前會見訪問團一行。",
        headline="嘉南友好協會會見訪問團",
        date="2024-03-05",
    )
    assert {(r.person, r.role) for r in found.roles} == {("Li Meiling", "other")}


def test_chair_of_a_federation_of_industry_and_commerce_is_other():
    found = zh_extract(
        "省政协副主席、省工商联主席王建国出席会议,省工商联副主席杨小静主持会议。",
        headline="企业家座谈会召开",
        date="2024-03-05",
    )
    roles = _roles(found)
    assert ("Wang Jianguo", "other", "省工商联") in roles
    assert ("Yang Xiaojing", "other", "省工商联") in roles


def test_chair_of_an_olympic_committee_is_other():
    found = zh_extract(
        "新任中華奧會主席陳大明表示,將加強選手培訓。",
        headline="中華奧會主席交接",
        date="2024-03-05",
    )
    assert ("Chen Daming", "other", "中華奧會") in _roles(found)


def test_chair_of_a_township_representatives_council_is_other():
    found = zh_extract(
        "鄉長張健民、鄉代會主席林小華及鄉親共同剪綵。",
        headline="嘉南鄉行政大樓落成",
        date="2024-03-05",
    )
    assert ("Lin Xiaohua", "other", "鄉代會") in _roles(found)


def test_minister_of_a_ministry_printed_alone_is_other():
    found = zh_extract(
        "典禮現場貴賓雲集,運動部長李大同應邀致詞。",
        headline="奧會主席交接典禮",
        date="2024-03-05",
    )
    assert ("Li Datong", "other", "運動部") in _roles(found)
