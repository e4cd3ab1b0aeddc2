"""A transliterated foreign name joined by a middle dot keeps only its own characters: an unknown
word at its start that took in the end of a title ("…州长" + name) or at its end that took in a word
that follows names ("率" of "率代表团") gives that character back."""

from __future__ import annotations

from tests.zh_article import zh_extract


def _natives(found) -> set[str]:
    return {p.native for p in found.persons if p.native}


def test_lead_verb_after_the_name_is_not_part_of_it():
    found = zh_extract(
        "5月8日，美国某州州长彼得·莫兰率代表团一行10人访问杭州。",
        headline="美国某州州长访问杭州",
        date="2025-05-09",
    )
    assert "彼得·莫兰" in _natives(found)
    assert not any(n.endswith("率") for n in _natives(found))


def test_end_of_a_title_before_the_name_is_not_part_of_it():
    found = zh_extract(
        "5月8日，省委书记王建国会见了美国伊利诺伊州长莫兰·彼得一行。",
        headline="省委书记会见美国客人",
        date="2025-05-09",
    )
    assert "莫兰·彼得" in _natives(found)
    assert not any(n.startswith("长") for n in _natives(found))
