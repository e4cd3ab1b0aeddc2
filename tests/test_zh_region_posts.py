"""Chinese: a region of an organisation printed before a title ("亚太区行政总裁") makes the post
the region's, noted "other" at the organisation; the region is no organisation of its own.
Sentences written for these tests; every name is invented."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_a_region_s_chief_executive_is_no_chief_executive_of_the_group():
    found = zh_extract(
        "青岚控股今日宣布，亚太区行政总裁、非执行董事蒲晓东将于年底退休。",
        headline="青岚控股高层变动",
        date="2024-03-03",
    )
    got = roles_of(found)
    assert ("Pu Xiaodong", "other", "青岚控股", "current") in got
    assert ("Pu Xiaodong", "director", "青岚控股", "current") in got
    assert not any(r == "general-manager" for _p, r, _o, _s in got)
    assert not any(o.name.endswith("亚太区") for o in found.orgs)


def test_a_region_s_post_printed_after_the_name_in_traditional_characters():
    found = zh_extract(
        "青嵐控股今日宣布，委任蒲曉東亞太區行政總裁。", headline="青嵐控股委任", date="2024-03-03"
    )
    assert not any(r == "general-manager" for _p, r, _o, _s in roles_of(found))


def test_a_taiwan_county_s_government_is_an_organisation_not_a_person():
    found = zh_extract(
        "2019年5月6日，考察團一行抵達苗栗，交通處處長孫立平陪同參觀港口。苗栗縣政府當天發布了消息。",
        headline="考察團參觀苗栗港口",
        date="2019-05-07",
    )
    assert "苗栗縣政府" in {o.name for o in found.orgs}
    assert "苗栗" not in {p.native for p in found.persons}


def test_the_leaders_of_a_district_jieba_reads_as_a_name_are_that_district_s():
    text = (
        "2024年4月3日，市委书记柯文涛赴广州考察，与天河区委书记蒲晓东座谈。"
        "越秀区领导孙立平、邓志刚参加。"
    )
    got = roles_of(zh_extract(text, headline="市委书记赴广州考察", date="2024-04-04"))
    assert ("Sun Liping", "leadership-member", "越秀区", "current") in got
    assert not any(p == "Sun Liping" and o.startswith("天河") for p, _r, o, _s in got)
