"""Chinese printed in traditional characters is read like simplified, and reported as printed.

Sentences, names and companies are invented for the tests.
"""

from kg.extract import extract_article
from kg.extract.script import has_traditional, simplified_same_length
from kg.read import make_article

TEXT = (
    "東嶺紡織公司召開董事會\n2021年4月9日\n"
    "東嶺紡織公司4月8日召開董事會，董事長鄭銘軒主持會議，總經理許麗華出席。\n"
)


def test_conversion_keeps_every_offset():
    assert has_traditional(TEXT)
    converted = simplified_same_length(TEXT)
    assert len(converted) == len(TEXT)
    assert "东岭纺织公司" in converted
    assert not has_traditional(converted)


def test_traditional_article_gives_persons_roles_and_events_in_printed_characters():
    found = extract_article(make_article("tw.txt", TEXT))
    natives = {p.native for p in found.persons}
    assert {"鄭銘軒", "許麗華"} <= natives
    assert {p.name for p in found.persons} >= {"Zheng Mingxuan", "Xu Lihua"}
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Zheng Mingxuan", "chairman", "東嶺紡織公司") in roles
    assert ("Xu Lihua", "general-manager", "東嶺紡織公司") in roles
    org = next(o for o in found.orgs if o.name == "東嶺紡織公司")
    assert "东岭纺织公司" in org.aliases
    for claim in found.roles:
        ev = claim.evidence
        assert TEXT[ev.start : ev.end] == ev.quote
    assert [e.start.isoformat() for e in found.events] == ["2021-04-08"]


def test_dates_in_chinese_numerals_and_in_the_republic_of_china_calendar():
    from datetime import date

    from kg.extract.zh.dates import find_dates, number

    assert number("二十六") == 26 and number("十二") == 12 and number("二〇二三") == 2023
    assert number("112") == 2023 and number("民國98") == 2009
    ref = date(2023, 2, 7)
    assert [d[2] for d in find_dates("於112年2月6日在市政府", ref)] == [date(2023, 2, 6)]
    assert [(d[2], d[3]) for d in find_dates("將於一月二十六日至二十七日", ref)] == [
        (date(2023, 1, 26), date(2023, 1, 27))
    ]


def test_a_reception_is_an_event_and_its_host_a_person():
    text = "東嶺市長接見訪問團\n2023年2月7日\n東嶺市長甄立國於112年2月6日在市政府接見來訪的友好城市訪問團。\n"
    found = extract_article(make_article("tw2.txt", text))
    assert [e.start.isoformat() for e in found.events] == ["2023-02-06"]
    assert "甄立國" in {p.native for p in found.persons}


def test_a_chinese_dateline_is_furniture_and_an_eight_digit_date_is_a_publication_date():
    from kg.read import blank_furniture
    from kg.read.dateline import find_published

    line = "东岭网7月24日讯（记者 某某）23日，东岭市召开常务会议。"
    assert blank_furniture(line).lstrip().startswith("23日")
    assert find_published("标题\n\n20210606期来自：某报\n").isoformat() == "2021-06-06"


def test_pinyin_of_a_traditional_name_is_read_from_the_printed_characters():
    text = "東嶺審裁處任命\n2023年6月1日\n東嶺審裁處主席鄧浩乾接替龔淑儀出任管理局主席。\n"
    found = extract_article(make_article("tw3.txt", text))
    names = {p.native: p.name for p in found.persons}
    assert names.get("鄧浩乾") == "Deng Haoqian"
    assert all(r.person in set(names.values()) for r in found.roles)


def test_a_title_after_the_name_takes_the_place_or_organisation_printed_before_the_name():
    from tests.zh_article import roles_of, zh_extract

    got = roles_of(zh_extract("嘉義市黃志明市長今日接見來訪的代表團。", headline="市長接見代表團"))
    assert ("Huang Zhiming", "mayor") in {(p, r) for p, r, _, _ in got}
    assert all("嘉义" in org or "嘉義" in org for _, _, org, _ in got)


def test_a_representative_named_without_a_body_is_given_none():
    from tests.zh_article import roles_of, zh_extract

    got = zh_extract(
        "宏泰集團代表團今日拜會本地議會，陳建業、林秀英等議員出席與會。",
        headline="宏泰集團代表團來訪",
    )
    assert not [r for r in roles_of(got) if r[0] in ("Chen Jianye", "Lin Xiuying")]


def test_an_appointment_of_a_titled_name_to_a_quoted_board_chair():
    from tests.zh_article import roles_of, zh_extract

    got = roles_of(
        zh_extract(
            "董事會昨日議決，委任嘉泓醫院管理局主席、宏泰集團前董事總經理羅志坤為「嘉泓文化基金會有限公司」董事局主席，任期三年。",
            headline="基金會董事局換屆",
        )
    )
    assert {
        ("Luo Zhikun", "chairman", "嘉泓文化基金會有限公司", "current"),
        ("Luo Zhikun", "general-manager", "宏泰集團", "former"),
        ("Luo Zhikun", "chairman", "嘉泓醫院管理局", "current"),
    } <= got


def test_a_republic_of_china_year_dates_the_page():
    text = "府院新聞\n\n107年10月12日\n虛構標題：副院長視察青禾大學\n\n副院長一行於10月12日上午抵達青禾大學。\n"
    assert str(make_article("x.txt", text).published) == "2018-10-12"
    plain = "虚构新闻标题用于测试\n公司成立10年来发展迅速，2024年3月2日举行庆典。\n"
    assert str(make_article("y.txt", plain).published) == "2024-03-02"


def test_a_transliterated_foreign_name_with_its_original():
    text = (
        "虛構新聞標題\n2019年5月11日\n行政長官將拜會南嶺國總統卡洛和總理費爾南多‧羅薩(Fernando Rosa)。"
        "行政長官將與南嶺國外交部長米格爾‧阿爾梅達‧佩雷拉(Miguel Almeida Pereira)共同主持會議。\n"
    )
    persons = {(p.name, p.native) for p in extract_article(make_article("x.txt", text)).persons}
    assert ("Fernando Rosa", "費爾南多‧羅薩") in persons
    assert ("Miguel Almeida Pereira", "米格爾‧阿爾梅達‧佩雷拉") in persons
    assert not any(native and native in ("佩雷拉", "羅薩", "阿爾梅達") for _, native in persons)


def test_a_heads_title_printed_with_its_units_field():
    text = "虛構新聞標題\n2023年2月5日\n青州市教育局長葉書華、數位局長方啟文出席活動。\n"
    got = {(r.person, r.role, r.org) for r in extract_article(make_article("x.txt", text)).roles}
    assert ("Ye Shuhua", "head", "青州市教育局") in got


def test_a_date_between_the_name_and_the_visit_verb():
    text = "虛構新聞標題\n2024年7月20日\n青州市長蕭淑芬將於8月5日至14日訪問南嶺國，並與當地僑團交流。\n"
    events = extract_article(make_article("x.txt", text)).events
    assert [(p.person, p.part) for e in events for p in e.participants] == [
        ("Xiao Shufen", "visitor")
    ]


def test_traditional_furniture_and_bylines_are_no_headline():
    text = (
        "發布時間:2023/11/05 14:30\n記者溫志豪/青州報導\n"
        "青州市長蕭淑芬將於11月8日至15日訪問南嶺國，這是她上任後第一次出國訪問。\n"
    )
    article = make_article("x.txt", text)
    assert article.headline.startswith("青州市長")
    assert "記者" not in article.body
    persons = {p.name for p in extract_article(article).persons}
    assert "Wen Zhihao" not in persons


def test_sister_city_is_no_part_of_a_governments_name():
    text = "虛構新聞標題\n2024年7月20日\n訪問團第一站將前往姊妹市瓦倫堡市政府、友好城市卡洛納市政府。\n"
    names = {o.name for o in extract_article(make_article("x.txt", text)).orgs}
    assert {"瓦倫堡市政府", "卡洛納市政府"} <= names
    assert not any(n.startswith(("姊妹市", "友好城市")) for n in names)
