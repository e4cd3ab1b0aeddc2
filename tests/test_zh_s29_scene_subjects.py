"""Titled names that open a sentence set at the meeting itself ("座谈会上，X集团董事长A，Y医院院长B
对…表示感谢，汇报了…") spoke there, whatever their verb; a name another word stands before, a name
cited with 的, and a name acted on (被) did not."""

from __future__ import annotations

import pytest
from tests.zh_article import parts_of, zh_extract

VISIT = "2024年5月18日，省卫健委副主任王立一行到宏达医院调研指导工作。"
MEETING = "2024年5月18日，宏达集团召开年度工作会议。"


def test_the_titled_names_opening_a_scene_sentence_spoke():
    found = zh_extract(
        VISIT + "座谈会上，宏达集团党委书记、董事长陈明，党委副书记、宏达医院院长刘强对省卫健委"
        "给予医院的支持表示感谢，详细介绍了医院的运营情况。"
    )
    parts = parts_of(found)
    assert parts.get("Chen Ming") and parts.get("Liu Qiang")


def test_a_scene_sentence_with_any_verb():
    parts = parts_of(zh_extract(MEETING + "会上，集团总经理陈明指出，要抓好安全生产。"))
    assert parts.get("Chen Ming") == "speaker"


@pytest.mark.parametrize(
    "sentence",
    [
        "会上，大家听取了陈明的工作报告。",
        "会上，陈明的讲话引起与会人员共鸣。",
        "会上，陈明被任命为集团总经理。",
    ],
)
def test_no_part_for_a_name_that_is_not_the_subject(sentence):
    found = zh_extract(MEETING + sentence)
    assert "Chen Ming" not in parts_of(found)
