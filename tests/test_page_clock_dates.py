"""The article's date, not the page frame's: a header clock with its time zone ("2024-05-02 21:10
(GMT+8)") is the day the page was fetched; a date labelled as published wins over it, and an
update's date is taken only when the top lines give no other. Invented pages."""

from datetime import date

from kg.read.dateline import find_published

MENU = "\n".join(f"欄目{i} 》" for i in range(20))


def test_a_header_clock_is_no_publication_date_and_an_update_date_comes_last():
    text = (
        "回首頁 加入最愛 │2024-05-02 21:10 (GMT+8)\n"
        f"{MENU}\n"
        "首頁 > 新聞\n"
        "某航空公司宣布新任行政總裁 (某報)\n"
        "更新日期:2018-03-09 18:20:11 記者:某某\n"
        "某航空公司今日宣布,董事局會議任命新行政總裁。\n"
    )
    assert find_published(text, "回首頁 加入最愛 │2024-05-02 21:10 (GMT+8)") == date(2018, 3, 9)


def test_a_labelled_publication_date_wins_over_a_frame_date_above_it():
    text = (
        "Site news 2024-05-02\n"
        "Harbour board names new chair\n"
        "Published: 14 March 2019\n"
        "The harbour board named a new chair on Tuesday.\n"
    )
    assert find_published(text, "Site news 2024-05-02") == date(2019, 3, 14)


def test_a_date_stamp_before_the_headline_still_beats_a_later_update():
    text = (
        "學校要聞 2017/12/11\n\n"
        "校長出訪姊妹校\n\n"
        "本報訊 校長上月率團訪問三所姊妹校。\n"
        "NO.1054 | 更新時間: 2018/04/22 | 點閱: 898\n"
    )
    assert find_published(text, "學校要聞 2017/12/11") == date(2017, 12, 11)
