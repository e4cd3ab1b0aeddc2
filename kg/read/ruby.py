"""Pinyin glosses a converting site prints after characters ("集團(tuán)", "會(huì)見", "王衛(wèi)東"): some
mirrors that turn simplified pages into traditional ones annotate each converted character with
its reading in brackets. The gloss is no part of the text: left in, it cuts names ("王衛") and
organisations ("集團") apart, so it is dropped before anything is read.

A gloss is a bracketed lower-case pinyin syllable with a tone mark right after a Han character;
a bracket with a plain Latin word ("阿里巴巴(alibaba)") or a tone-less syllable is kept.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# one syllable: initial consonants, then vowels of which one carries a tone mark, then n/ng/r
_GLOSS = re.compile(
    rf"(?<=[\u3400-\u9fff])\((?=[a-zü{_TONED}]{{1,7}}\))[bcdfghjklmnpqrstwxyz]{{0,2}}"
    rf"[aeiouü{_TONED}]*[{_TONED}][aeiouü{_TONED}]*(?:ng|n|r)?\)"
)


def drop_pinyin_glosses(text: str) -> str:
    """`text` without the bracketed pinyin readings printed after its Han characters."""
    return _GLOSS.sub("", text)
