"""Places and brands jieba misreads on visit and meeting pages (sentences written for these tests;
every person and company is invented): a county-level city jieba reads as a verb before its
people's congress ("X|市|人大常委会主任A、市委副书记、市长B"), the one city a page talks about
when its leader is named by the bare city title ("市委书记A会见…来X…X的发展"), a brand jieba
reads as an adverb inside a full legal name after a province, and words that open no name
("党委郭书记" is Secretary Guo; "但也指出"; "区法检“两长”")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_city_read_as_a_verb_before_its_peoples_congress():
    found = zh_extract(
        "3月5日，邻省代表团来建始考察。建始市人大常委会主任彭志远、市委副书记、市长钟海平、"
        "建始工业园区管委会主任邵国强参加活动。",
        headline="邻省代表团来建始考察",
    )
    roles = roles_of(found)
    assert ("Peng Zhiyuan", "head", "建始市人大常委会", "current") in roles
    assert ("Zhong Haiping", "mayor", "建始市", "current") in roles
    assert ("Zhong Haiping", "deputy-party-secretary", "建始市委", "current") in roles
    assert ("Shao Guoqiang", "head", "建始工业园区管委会", "current") in roles
    # a verb opening the clause before the city's body is no place
    found = zh_extract(
        "6月3日，召开市人大常委会会议。市人大常委会主任彭志远主持会议。",
        headline="市人大常委会召开会议",
    )
    assert not any(o.name.startswith("召开") for o in found.orgs)


def test_the_one_city_the_page_talks_about_is_the_bare_city_titles():
    found = zh_extract(
        "8月9日，市委书记祁振东会见宏泰银行江苏省分行行长柯立文一行。市委常委、常务副市长"
        "闵晓川参加会见。祁振东对柯立文一行来常表示欢迎，并介绍了常州经济社会发展情况。"
        "柯立文表示，将进一步支持常州高质量发展。",
        headline="祁振东会见宏泰银行江苏省分行行长柯立文",
    )
    roles = roles_of(found)
    assert ("Qi Zhendong", "party-secretary", "常州市委", "current") in roles
    assert ("Min Xiaochuan", "party-committee-member", "常州市委", "current") in roles
    # a city the leader travels to is not his, nor one of two cities named
    for body in (
        "8月9日，市委书记祁振东率队赴常州考察。祁振东一行参观了常州多家企业。",
        "8月9日，市委书记祁振东会见客商。祁振东介绍了常州与无锡的合作。常州和无锡都在发展。",
    ):
        found = zh_extract(body, headline="祁振东率队考察")
        assert not any(r.org.startswith(("常州", "无锡")) for r in found.roles)


def test_a_brand_jieba_reads_as_an_adverb_in_a_legal_name():
    found = zh_extract(
        "10月23日，江苏务本检测技术有限公司总经理蒋文博一行来我院参加签约仪式。",
        headline="校企合作签约仪式举行",
    )
    roles = roles_of(found)
    assert ("Jiang Wenbo", "general-manager", "江苏务本检测技术有限公司", "current") in roles
    assert "检测技术有限公司" not in {o.name for o in found.orgs}


def test_words_that_open_no_name():
    found = zh_extract(
        "会上，二公司党委郭书记作了表态发言。领导们对工作给予了肯定，但也指出了不足。"
        "区四套班子领导、区法检“两长”参加会议。",
        headline="集团召开工作会议",
    )
    natives = {p.native for p in found.persons}
    assert not natives & {"党委郭", "但也", "区法检"}
