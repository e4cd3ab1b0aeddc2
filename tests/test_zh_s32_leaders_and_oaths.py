"""Chinese participation: leaders printed before the verb of leading, oath readers, a trip's
officials named after its stops, attendance after 除, an appointee's pledge.

Every name and organisation here is invented for the tests.
"""

from tests.zh_article import zh_extract


def _parts(body: str, headline: str = "宏达化工新闻") -> dict[str, str]:
    found = zh_extract(body, headline=headline, date="2024-05-10")
    return {p.person: p.part for e in found.events for p in e.participants}


def test_a_leader_before_the_verb_of_leading_takes_the_part_of_those_led():
    got = _parts(
        "5月8日，青岚市议会议员来访。青岚市议会议长柯文涛则率副议长蒲晓东、邝伟民等议员，"
        "一同接待来自宏达市议会的贵宾们。",
        headline="宏达市议会议员来访青岚市议会",
    )
    assert got.get("Ke Wentao") == "host"
    assert got.get("Pu Xiaodong") == "host"


def test_a_leader_who_led_no_one_named_takes_no_part():
    got = _parts("5月8日，宏达化工董事长柯文涛表示，副总经理蒲晓东、甘露出席签约仪式。")
    assert "Ke Wentao" not in got
    assert got.get("Pu Xiaodong") == "attendee"


def test_a_clause_break_after_the_led_keeps_the_leader_out():
    got = _parts("5月8日，宏达化工董事长柯文涛率领员工，副总经理蒲晓东、甘露出席签约仪式。")
    assert "Ke Wentao" not in got


def test_leaders_named_before_their_title_and_the_verb_of_leading_visit():
    got = _parts("5月8日，青岚市议会由林志明、蒲晓东会长率领多位议员参访宏达化工。")
    assert got.get("Lin Zhiming") == "visitor"
    assert got.get("Pu Xiaodong") == "visitor"


def test_who_reads_the_oath_took_part():
    got = _parts(
        "5月8日，宏达化工召开会员大会。在林志明监誓下，会长柯文涛、理事长蒲晓东领誓，新一届理事宣誓就职。"
    )
    assert got.get("Ke Wentao") == "attendee"
    assert got.get("Pu Xiaodong") == "attendee"


def test_who_reads_the_oath_took_part_traditional():
    got = _parts(
        "5月8日，宏達化工召開會員大會。在林志明監誓下，會長柯文濤、理事長蒲曉東領誓，新一屆理事宣誓就職。"
    )
    assert got.get("Ke Wentao") == "attendee"
    assert got.get("Pu Xiaodong") == "attendee"


def test_officials_going_along_on_a_trip_named_after_its_stops():
    found = zh_extract(
        "市长柯文涛将于五月八日至九日率领代表团访问青岚。\n\n翌日，柯文涛会与代表团参观当地企业。"
        "同日，柯文涛亦会与当地商会会面。\n\n陪同市长出访的官员包括商务局局长蒲晓东、新闻处处长邝伟民。",
        headline="市长访问青岚",
        date="2024-05-02",
    )
    first = min(found.events, key=lambda e: e.start)
    assert {p.person for p in first.participants} >= {"Pu Xiaodong", "Kuang Weimin"}


def test_attendance_after_besides():
    got = _parts(
        "行政长官柯文涛5月7日抵京。在京期间，柯文涛除列席5月8日举行的青岚市人民代表大会开幕式外，"
        "还拜会多个部门。"
    )
    assert got.get("Ke Wentao") == "attendee"


def test_an_appointees_pledge_is_a_word_at_the_meeting():
    got = _parts(
        "5月8日，宏达化工召开干部大会，宣布蒲晓东同志任宏达化工总经理。蒲晓东表示，坚决拥护集团党委的决定。"
    )
    assert got.get("Pu Xiaodong") == "speaker"
