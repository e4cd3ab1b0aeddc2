"""Traditional-Chinese attendance: a list of names each with its title after the name, closed by
"等<count>人" before the verb ("A會長、B副會長等12人出席"), takes part in the event told."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _people_on(found, day: date) -> set[str]:
    event = next(e for e in found.events if e.start == day)
    return {p.person for p in event.participants}


def test_titles_after_names_then_a_head_count_before_the_verb():
    found = zh_extract(
        "友誼協會會長王大明3月2日率團拜會嘉南市政府，市長林小華親自接待。"
        "此次拜會氣氛熱絡，王大明會長、陳小東副會長、周志遠常務理事等12人出席交流。",
        headline="友誼協會拜會嘉南市政府",
        date="2025-03-05",
    )
    assert {"Chen Xiaodong", "Zhou Zhiyuan"} <= _people_on(found, date(2025, 3, 2))


def test_titles_after_names_then_dengren_before_the_verb():
    found = zh_extract(
        "3月2日，嘉南市工商協進會舉行第五屆理監事就職典禮。陳小東理事長、周志遠監事長等人出席。",
        headline="嘉南市工商協進會舉行就職典禮",
        date="2025-03-05",
    )
    assert {"Chen Xiaodong", "Zhou Zhiyuan"} <= _people_on(found, date(2025, 3, 2))


def test_the_guest_who_gives_the_awards_took_part():
    found = zh_extract(
        "嘉南縣第10屆商人節慶祝大會於3月2日下午在演藝廳舉行，會中由嘉南縣長林國華頒獎表揚優秀商人，"
        "縣議員王小美等嘉賓與會。",
        headline="嘉南縣商人節慶祝大會",
        date="2025-03-05",
    )
    assert {"Lin Guohua", "Wang Xiaomei"} <= _people_on(found, date(2025, 3, 2))


def test_the_elders_who_swear_in_a_new_board_took_part():
    found = zh_extract(
        "嘉南華人聯誼會第五屆理監事就職典禮於3月2日晚在海景酒家舉行。"
        "在張志明、王小美監誓下，全體理監事宣誓就職。",
        headline="嘉南華人聯誼會理監事就職典禮",
        date="2025-03-05",
    )
    assert {"Zhang Zhiming", "Wang Xiaomei"} <= _people_on(found, date(2025, 3, 2))


def test_a_new_year_gathering_and_the_magistrate_who_came_on_purpose_with_a_deputy():
    found = zh_extract(
        "嘉南縣工業會3月2日舉辦新春團拜，縣長林國華特地出席。"
        "工業會理事長王小美出席，林國華偕副縣長張志明出席。",
        headline="嘉南縣工業會新春團拜",
        date="2025-03-05",
    )
    assert {"Lin Guohua", "Wang Xiaomei", "Zhang Zhiming"} <= _people_on(found, date(2025, 3, 2))


def test_a_banquets_guests_listed_before_an_unnamed_group_of_honorary_presidents():
    found = zh_extract(
        "嘉南水陸會於3月2日晚在聯邦酒樓舉行敬老聯歡宴會，博物館館長張志明，"
        "該會永遠榮譽會長林國華、陳建民，以及多名榮譽會長等出席。",
        headline="嘉南水陸會敬老聯歡",
        date="2025-03-05",
    )
    assert {"Zhang Zhiming", "Lin Guohua", "Chen Jianmin"} <= _people_on(found, date(2025, 3, 2))
