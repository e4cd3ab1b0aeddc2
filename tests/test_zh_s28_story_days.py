"""Chinese days of a story: a day still to come after a name ("将于29日出访"), "今天" in what
someone says, a name after 代表 ("on behalf of"), and one ceremony told twice."""

from __future__ import annotations

from datetime import date

from tests.zh_article import zh_extract


def _starts(found) -> set[date]:
    return {e.start for e in found.events}


def test_a_day_after_a_name_still_to_come_is_of_this_month():
    found = zh_extract(
        "新竹港市政府宣布，市長周文祥將於29日率團出訪東京，參加城市論壇，並簽署合作備忘錄。"
        "市府表示，論壇已連續舉辦十屆，兩市交流密切。",
        headline="周文祥將率團出訪東京",
        date="2024-08-18",
    )
    assert date(2024, 8, 29) in _starts(found)
    assert date(2024, 7, 29) not in _starts(found)


def test_a_span_after_a_name_still_to_come_is_of_this_month():
    found = zh_extract(
        "新竹港市政府宣布，市長周文祥將於26至28日出訪東京，參加城市論壇。"
        "市府表示，論壇已連續舉辦十屆，兩市交流密切。",
        headline="周文祥將出訪東京",
        date="2024-08-18",
    )
    assert date(2024, 8, 26) in _starts(found)
    assert date(2024, 7, 26) not in _starts(found)


def test_a_past_day_after_a_name_stays_in_the_month_before():
    found = zh_extract(
        "市長周文祥29日率團出訪東京，參加城市論壇。市府表示，論壇已連續舉辦十屆，兩市交流密切。",
        headline="周文祥率團出訪東京",
        date="2024-08-18",
    )
    assert date(2024, 7, 29) in _starts(found)


def test_today_in_what_someone_says_dates_nothing():
    found = zh_extract(
        "羅志成說今天是協進會成立的紀念日，大家一起努力。協進會長年為地方經濟發展做出貢獻，"
        "會員遍及各行各業。",
        headline="嘉和縣工商協進會成立紀念",
        date="2024-06-15",
    )
    assert date(2024, 6, 15) not in _starts(found)


def test_the_one_represented_does_not_take_part():
    found = zh_extract(
        "6月14日，嘉和縣副縣長黃美玲代表縣長羅志成率團出訪大阪，拜會當地商會。"
        "黃美玲表示，希望深化兩地交流。",
        headline="黃美玲率團出訪大阪",
        date="2024-06-15",
    )
    event = next(e for e in found.events if e.start == date(2024, 6, 14))
    assert "Luo Zhicheng" not in {p.person for p in event.participants}


def test_guests_listed_after_laibin_baokuo_and_the_invited_subject_take_part():
    found = zh_extract(
        "5月18日，嘉和縣工商協進會舉行第12屆理監事就職典禮。縣長羅志成受邀參加典禮並致詞。"
        "現場來賓還包括立委陳國平、協進會理事長吳志遠等人。",
        headline="嘉和縣工商協進會舉行理監事就職典禮",
        date="2024-05-19",
    )
    event = next(e for e in found.events if e.start == date(2024, 5, 18))
    assert {"Luo Zhicheng", "Chen Guoping", "Wu Zhiyuan"} <= {p.person for p in event.participants}


def test_a_ceremony_told_again_with_its_verb_is_one_event():
    found = zh_extract(
        "今天上午，嘉和大學舉辦第9任校長交接典禮，由副校長吳志遠接任。"
        "今天上午，嘉和大學正式舉辦交接典禮，由教育部次長陳國平監交。",
        headline="嘉和大學校長交接",
        date="2024-05-19",
    )
    assert len({e.key for e in found.events if e.start == date(2024, 5, 19)}) == 1
