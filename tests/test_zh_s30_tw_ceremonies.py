"""Taiwan and Hong Kong pages: a ceremony named before its day, a day before 在/举办, a board's chair
that is no board meeting, and an exchange whose rules are cited that is no post's body."""

from __future__ import annotations

from datetime import date

from tests.zh_article import roles_of, zh_extract


def _people_on(found, day: date) -> set[str]:
    return {p.person for e in found.events if e.start == day for p in e.participants}


def test_a_ceremony_named_before_its_day_and_held_after_it():
    found = zh_extract(
        "青山縣東林工業區廠商協進會理事長交接典禮，14日在東林市長榮會館盛大舉行。"
        "青山縣長馬志遠出席監交並致詞。",
        headline="東林工業區廠協理事長交接",
        date="2025-03-14",
    )
    assert "Ma Zhiyuan" in _people_on(found, date(2025, 3, 14))


def test_a_day_after_a_name_before_where_it_was_held():
    found = zh_extract(
        "青山縣北嶺工業區廠商協進會於28日在北嶺服務中心舉辦會員大會。縣長馬志遠親自出席致賀。",
        headline="北嶺工業區廠協會員大會",
        date="2025-03-28",
    )
    assert "Ma Zhiyuan" in _people_on(found, date(2025, 3, 28))


def test_resigning_as_chair_of_the_board_is_no_board_meeting():
    found = zh_extract(
        "華峰控股有限公司宣布，周立人先生於2024年5月6日辭任本公司董事會主席及非執行董事，"
        "而於同日鄭啟明先生獲委任為本公司董事會副主席。",
        headline="華峰控股董事會變動",
        date="2024-05-07",
    )
    assert not found.events


def test_an_exchange_whose_rules_are_cited_holds_no_post():
    found = zh_extract(
        "甲乙科技股份有限公司董事會於近日收到公司董事長王大明先生的辭職報告。"
        "根據上海證券交易所的有關規定，董事長王大明先生辭職報告即生效。",
        headline="甲乙科技股份有限公司關於董事辭職的公告",
        date="2021-11-24",
    )
    assert not any(org == "上海證券交易所" for _, _, org, _ in roles_of(found))


def test_a_guest_of_an_unread_association_is_not_the_previous_guests_body():
    found = zh_extract(
        "出席貴賓包括青山工業區廠商聯合總會副總會長董大同、青山縣工業會理事長黃小明等人。",
        headline="工業區廠協會員大會",
        date="2025-12-31",
    )
    assert ("Huang Xiaoming", "other", "青山工業區廠商聯合總會", "current") not in roles_of(found)
