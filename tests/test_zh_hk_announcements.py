"""Hong Kong company announcements in Chinese (sentences written for these tests; every name and
company is invented): posts given to a titled name, titles joined across the group's word, a
former marker before it, Hong Kong wordings of chief officers, hashtag rows and date stamps."""

from __future__ import annotations

from kg.read import make_article
from tests.zh_article import roles_of, zh_extract

HEADLINE = "嘉禾集团:冷文博与池海波组成临时领导架构"
LEAD = "嘉禾集团(01234)发表公告,嘉禾集团董事会主席满庆华已同意新安排。"


def test_a_titled_name_granted_another_post():
    got = roles_of(zh_extract(LEAD + "集团首席投资总裁冷文博获委任为执行董事。", headline=HEADLINE))
    assert ("Leng Wenbo", "director", "嘉禾集团", "current") in got
    assert ("Leng Wenbo", "other", "嘉禾集团", "current") in got


def test_titles_joined_across_the_group_s_word():
    got = roles_of(
        zh_extract(
            LEAD + "冷文博将与执行董事兼集团首席财务总裁池海波先生共同领导。", headline=HEADLINE
        )
    )
    assert ("Chi Haibo", "director", "嘉禾集团", "current") in got
    assert ("Chi Haibo", "chief-financial-officer", "嘉禾集团", "current") in got


def test_a_former_marker_before_the_group_s_word():
    got = roles_of(
        zh_extract(
            LEAD + "在前任集团行政总裁贝永红于2025年12月31日离任后,新任行政总裁将获委任。",
            headline=HEADLINE,
        )
    )
    assert ("Bei Yonghong", "general-manager", "嘉禾集团", "former") in got
    assert not {r for r in got if r[2] in ("新任集团", "监督集团")}


def test_a_row_of_hashtags_is_no_headline_and_a_date_stamp_above_the_headline_dates_the_page():
    text = "#市场热话#港闻#中国#国际动态#财金点评#满庆华\n2026-01-02\n\n" + HEADLINE + "\n\n" + LEAD
    text += "自2026年1月1日起生效。\n"
    article = make_article("x.txt", text)
    assert article.headline == HEADLINE
    assert str(article.published) == "2026-01-02"


def test_a_dispatch_date_before_the_event_s_own_date():
    found = zh_extract(
        "中评社北京8月26日电 嘉禾联谊会第七届理事就职典礼8月25日举行。联谊会主任满庆华，"
        "联谊会副会长冷文博，福建省委常委、统战部部长池海波等，以及社会各界人士出席就职典礼。"
        "会长贝永红、监事长廖春光领誓。",
        headline="嘉禾联谊会第七届理事就职典礼举行",
        date="2025-08-26",
    )
    assert [str(e.start) for e in found.events] == ["2025-08-25"]
    attendees = {p.person for e in found.events for p in e.participants}
    assert {"Man Qinghua", "Leng Wenbo", "Chi Haibo"} <= attendees
    assert "Liao Chunguang" in {p.name for p in found.persons}
