"""Traditional-Chinese (Hong Kong, Taiwan) shapes: a date a change takes effect is no event's
day ("自X起生效"); of two days in one sentence the one printed before "举行的" dates the meeting
named after it; a Hong Kong secretary's post is at the region's government when the page names
the region as such ("香港特區") and no government; a contracted head's field never opens inside a city's name ("台中分局长")."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def test_effective_date_opens_no_event():
    found = zh_extract(
        "恒峰控股有限公司宣佈，獨立非執行董事梁國偉已辭任，自2024年8月31日起生效。"
        "梁國偉辭任後不再擔任董事會審核委員會主席。公司感謝其貢獻。",
        headline="恒峰控股公佈董事辭任",
        date="2024-08-20",
    )
    assert found.events == []


def test_day_before_held_dates_the_meeting():
    found = zh_extract(
        "全國政協委員關志文明日(3月4日)前赴北京，列席3月5日舉行的全國人民代表大會會議。"
        "隨行人員包括助理鄧家豪。",
        headline="關志文赴京",
        date="2025-03-03",
    )
    assert [str(e.start) for e in found.events] == ["2025-03-05"]


def test_hong_kong_secretary_at_the_region_government():
    found = zh_extract(
        "政務司司長鄭永康今日在總部接見來訪的代表團。雙方就香港特區的經貿合作交換意見。",
        headline="政務司司長接見代表團",
        date="2025-05-10",
    )
    assert any(
        r[0] == "Zheng Yongkang" and r[2] in ("香港特别行政区政府", "香港特別行政區政府")
        for r in roles_of(found)
    )
    unnamed = zh_extract(  # no region named as such: no government
        "行政長官鄭永康今日接見來訪的代表團。雙方就經貿合作交換意見。",
        headline="行政長官接見代表團",
        date="2025-05-10",
    )
    assert not any(r[0] == "Zheng Yongkang" and r[2] for r in roles_of(unnamed))


def test_contracted_head_field_not_inside_a_city():
    found = zh_extract(
        "河川管理局台中分局長溫嘉宏表示，今年汛期將加強巡查。各單位亦派員到場。",
        headline="防汛巡查",
        date="2025-06-01",
    )
    assert not any(o.name.startswith("中分") for o in found.orgs)
    assert not any(r[2].startswith("中分") for r in roles_of(found))
