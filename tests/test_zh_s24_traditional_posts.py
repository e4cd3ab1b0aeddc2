"""Traditional-character pages of Hong Kong, Taiwan and Macau (sentences written for these tests;
every name is invented): a name after its title closed by a verb of hoping, presenting or
handing over ("副市長A致送紀念品"), the salutations of a speech that give the organisation in
brackets after "<name><title>" ("A署長（X署署長）"), and the two sides of a reception, whose
organisations do not pass from the host to the guests ("X部次長A接見B商會會長C")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract

HEADLINE = "工作小組訪問台中市"


def _names(found) -> set[str]:
    return {p.name for p in found.persons}


def test_a_name_after_its_title_closed_by_presenting_or_hoping():
    found = zh_extract(
        "工作小組昨日在台中市舉行會議。擔任委員會主席的宏達事務局常任秘書長方文海期望論壇取得進展。"
        "圖示方文海昨日向台中市副市長林志強致送紀念品。",
        headline=HEADLINE,
    )
    assert {"Fang Wenhai", "Lin Zhiqiang"} <= _names(found)
    assert ("Lin Zhiqiang", "other", "台中市", "current") in roles_of(found)


def test_a_name_after_its_title_closed_by_handing_over():
    found = zh_extract(
        "北方廠商協進會今日舉行理事長交接典禮，由現任理事長高志明交接予新任理事長方子華。",
        headline=HEADLINE,
    )
    assert {"Gao Zhiming", "Fang Zihua"} <= _names(found)


SPEECH = (
    "以下是局長今日出席水務署賣物會的致辭全文：\n\n"
    "林志遠署長（水務署署長）、陳振邦主席（北方體育協會主席）、各位嘉賓、各位朋友：\n\n"
    "今日我很高興出席水務署體育會舉辦的賣物會。"
)


def test_a_speech_salutation_gives_the_organisation_in_brackets():
    got = roles_of(zh_extract(SPEECH, headline="局長出席水務署賣物會致辭全文"))
    assert ("Lin Zhiyuan", "head", "水務署", "current") in got
    assert ("Chen Zhenbang", "other", "北方體育協會", "current") in got


def test_the_hosts_organisation_is_none_of_the_guests():
    got = roles_of(
        zh_extract(
            "外交部發布新聞稿指出，外交部政務次長林文海今天接見南洋僑界聯合總會第5屆總會長方子華、"
            "名譽總會長陳振邦等一行6人。林文海歡迎方子華來訪。",
            headline="外交部次長接見僑界代表",
        )
    )
    assert ("Lin Wenhai", "other", "外交部", "current") in got
    assert not {r for r in got if r[0] in ("Fang Zihua", "Chen Zhenbang") and r[2] == "外交部"}
