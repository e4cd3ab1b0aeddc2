"""A Chinese page with no publication date and one year written in it ("2031年上半年",
"〔2031〕2号文件"): its days without a year are of that year. Several years, or only a plan's
year ("到2035年"), give none: a wrong date is worse than none."""

from __future__ import annotations

from datetime import date

from kg.extract.zh.events import page_year
from tests.zh_article import zh_extract

BODY = (
    "7月20日上午，区政协召开界别组负责人会议，区政协副主席周明远主持会议。"
    "会上，委员工作委员会主任林建华通报了{year}上半年各界别组履职情况。"
)


def test_the_one_year_a_page_writes_dates_its_days():
    found = zh_extract(BODY.format(year="2031年"), headline="区政协召开界别组负责人会议", date="")
    assert [e.start for e in found.events] == [date(2031, 7, 20)]


def test_no_year_is_guessed_from_several_or_from_a_plan():
    assert page_year("总结2029年、2030年工作，部署2031年任务。") is None
    assert page_year("到2035年基本实现现代化。") is None
    assert page_year("学院成立于2008年，2008年以来培养了大批人才。") is None  # founding, a span
    assert page_year("会上宣读了区医管委〔2031〕2号文件。") == 2031
    assert page_year("学习2031年全国教育工作会议精神。") is None  # what is studied
    found = zh_extract(BODY.format(year="到2035年"), headline="区政协召开界别组负责人会议", date="")
    assert found.events == []
