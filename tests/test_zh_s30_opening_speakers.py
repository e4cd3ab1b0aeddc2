"""A titled name opening a later sentence of a meeting's report with a verb of speech and a
comma ("副县长A指出，…") spoke at that meeting; a leader whose words are quoted did not."""

from __future__ import annotations

from tests.zh_article import parts_of, zh_extract


def test_titled_opening_speakers_take_part():
    found = zh_extract(
        "4月18日上午，青川县召开防汛工作会议。县委书记甘明远主持会议。\n\n"
        "县委副书记、县长孔德新强调，要压实各级责任。\n\n"
        "副县长罗秀英指出，要加强隐患排查。",
        headline="青川县召开防汛工作会议",
    )
    parts = parts_of(found)
    assert parts.get("Gan Mingyuan") == "chair"
    assert parts.get("Kong Dexin") == "speaker"
    assert parts.get("Luo Xiuying") == "speaker"


def test_quoted_leader_and_untitled_name_take_no_part():
    found = zh_extract(
        "4月18日上午，青川县召开防汛工作会议。县委书记甘明远主持会议。\n\n"
        "会议传达了上级精神。习近平总书记强调，要坚持人民至上。\n\n"
        "据悉，罗秀英要求，各单位做好值守。",
        headline="青川县召开防汛工作会议",
    )
    parts = parts_of(found)
    assert parts.get("Gan Mingyuan") == "chair"
    assert "Xi Jinping" not in parts
    assert "Luo Xiuying" not in parts
