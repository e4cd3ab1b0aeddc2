"""Taiwan's government pages stamp themselves with a Republic of China year in figures
("日期:113-05-20"): that stamp dates the page, before any date of the body."""

from __future__ import annotations

from kg.read import make_article


def test_a_numeric_republic_of_china_stamp_dates_the_page():
    text = (
        "跳到主要內容區塊\n\n虛構標題：委員巡察青川縣\n\n  • 日期:113-05-20\n\n"
        "委員113年5月15日至16日赴青川縣巡察，並拜會縣長。\n"
    )
    assert str(make_article("x.txt", text).published) == "2024-05-20"


def test_a_slashed_numeric_stamp_and_no_reading_in_english_text():
    text = "虛構新聞標題：青川縣府會議\n發布日期：112/11/03\n青川縣政府今天召開縣務會議，討論年度預算。\n"
    assert str(make_article("x.txt", text).published) == "2023-11-03"
    english = (
        "Invented headline for a test\nRef 113-05-20\nThe company opened a plant on 2 March 2024.\n"
    )
    assert str(make_article("y.txt", english).published) == "2024-03-02"


def test_an_update_stamp_in_those_figures_does_not_date_the_page():
    text = (
        "「青川縣府訪問團」5月9日啟程赴遠山參訪\n- 更新日期:109-07-26\n虛構基金會新聞稿\n"
        "時間:101年5月8日\n基金會周文華董事長率領的訪問團,將於明(9)日赴遠山參訪。\n"
    )
    assert str(make_article("x.txt", text).published) == "2012-05-08"
