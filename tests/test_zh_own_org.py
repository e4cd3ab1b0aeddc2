"""Chinese roles: the publisher's words for itself ("我校", "我院") and titles that name the kind
of organisation they head ("副校长" is a school's, never the department printed before it)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_our_school_is_the_page_school():
    held = roles_of(
        zh_extract(
            "4月18日，青川师范学院与明德科技公司签署合作协议。我校党委副书记、校长李明远出席签约仪式。",
            headline="青川师范学院与明德科技公司签署合作协议",
        )
    )
    assert ("Li Mingyuan", "deputy-party-secretary", "青川师范学院", "current") in held
    assert ("Li Mingyuan", "other", "青川师范学院", "current") in held


def test_our_hospital_is_the_page_hospital():
    held = roles_of(
        zh_extract(
            "4月18日，青川市中心医院召开工作会议。我院副院长周文涛、纪委书记郑海宁出席。",
            headline="青川市中心医院召开工作会议",
        )
    )
    assert ("Zhou Wentao", "other", "青川市中心医院", "current") in held
    assert ("Zheng Haining", "discipline-secretary", "青川市中心医院", "current") in held


def test_our_school_unnamed_takes_nothing_from_the_list_before_it():
    held = roles_of(
        zh_extract(
            "4月18日，双方签署合作协议。柳河县委副书记、县长方志强，县委常委、宣传部长郭立新，"
            "我校党委副书记、校长李明远，副校长管立华出席签约仪式。",
            headline="柳河县人民政府与我校签署合作协议",
        )
    )
    assert ("Guo Lixin", "head", "宣传部", "current") in held
    assert not [r for r in held if r[0] in ("Li Mingyuan", "Guan Lihua")]


def test_a_school_title_is_never_a_government_post():
    held = roles_of(
        zh_extract(
            "4月18日，柳河县人民政府召开校地合作座谈会，会议由副校长庞立军主持。县长方志强出席。",
            headline="柳河县人民政府召开校地合作座谈会",
        )
    )
    assert not [r for r in held if r[0] == "Pang Lijun"]


def test_a_printed_school_keeps_its_title():
    held = roles_of(
        zh_extract(
            "柳河县委常委、宣传部长郭立新，青川师范学院副校长管立华出席签约仪式。",
            headline="柳河县人民政府与青川师范学院签署合作协议",
        )
    )
    assert ("Guan Lihua", "other", "青川师范学院", "current") in held


def test_the_school_on_a_page_of_no_known_organisation_is_the_one_school_named():
    held = roles_of(
        zh_extract(
            "5月19日，学校党委书记卓立文、副书记韩晓峰、党委委员李敏华一行到柳河县调研，"
            "与青川师范学院合作项目负责人座谈。",
            headline="党委书记卓立文一行到柳河县调研",
            source="宣传部",
        )
    )
    assert ("Zhuo Liwen", "party-secretary", "青川师范学院", "current") in held
    assert ("Han Xiaofeng", "deputy-party-secretary", "青川师范学院", "current") in held
    assert ("Li Minhua", "party-committee-member", "青川师范学院", "current") in held


def test_a_contracted_party_department_head():
    held = roles_of(
        zh_extract(
            "在柳河县委书记于立霞，县委常委、副县长党宏文，组织部长贾向明的陪同下，一行先后调研。",
            headline="柳河县委陪同调研",
        )
    )
    assert ("Jia Xiangming", "head", "组织部", "current") in held
    assert ("Jia Xiangming", "head", "柳河县委", "current") not in held


def test_the_hospital_word_is_the_page_hospital():
    held = roles_of(
        zh_extract(
            "2月18日，市卫健委副主任邹文海到青川市中医医院看望慰问一线医务人员。"
            "医院党委书记韦伟成，党委副书记、院长廖晓清陪同走访座谈。",
            headline="市卫健委领导到青川市中医医院走访慰问",
        )
    )
    assert ("Wei Weicheng", "party-secretary", "青川市中医医院", "current") in held


def test_a_kind_word_is_the_one_organisation_of_its_kind_on_another_kinds_page():
    found = zh_extract(
        "6月25日，区委常委、统战部部长伍逸文一行莅临青川市东阳商会走访调研。"
        "商会会长郁建平、执行会长兼执行秘书长孟小海、副秘书长汤霖飞等陪同调研。",
        headline="区委统战部部长伍逸文走访青川市东阳商会",
    )
    held = roles_of(found)
    for person in ("Yu Jianping", "Meng Xiaohai", "Tang Linfei"):
        assert (person, "other", "青川市东阳商会", "current") in held
        assert not [r for r in held if r[0] == person and r[2] != "青川市东阳商会"]


def test_visitors_to_our_hospital_are_not_the_page_hospital():
    found = zh_extract(
        "3月25日，青川市第一人民医院院长钱晓东一行来到我院参观交流。"
        "我院副院长程继文、纪委书记孔建华陪同参访。",
        headline="青川市第一人民医院来我院参访",
    )
    assert found.main_org != "青川市第一人民医院"
    held = roles_of(found)
    assert not [r for r in held if r[0] in ("Cheng Jiwen", "Kong Jianhua")]
    assert ("Qian Xiaodong", "other", "青川市第一人民医院", "current") in held


def test_that_institution_is_the_one_of_its_kind_named_before():
    held = roles_of(
        zh_extract(
            "4月8日，青川市卫生健康委员会召开干部大会，宣布青川市人民医院主要负责同志任职决定："
            "严凤林任该院党委书记、副院长。",
            headline="青川市卫生健康委员会召开干部大会",
        )
    )
    assert ("Yan Fenglin", "party-secretary", "青川市人民医院", "current") in held


def test_that_institution_of_another_kind_is_no_guess():
    held = roles_of(
        zh_extract(
            "4月8日，青川市卫生健康委员会召开干部大会，宣布任职决定：严凤林任该院党委书记、副院长。",
            headline="青川市卫生健康委员会召开干部大会",
        )
    )
    assert not [r for r in held if r[0] == "Yan Fenglin"]


def test_that_institution_skips_no_kind_to_the_page():
    held = roles_of(
        zh_extract(
            "4月8日，青川市人民医院党委书记邹文海出席会议，宏达化工领导出席。会上宣布：严凤林任该院院长。",
            headline="青川市人民医院党委书记出席会议",
        )
    )
    assert not [r for r in held if r[0] == "Yan Fenglin" and r[2] == "青川市人民医院"]
