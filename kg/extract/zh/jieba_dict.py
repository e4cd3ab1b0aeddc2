"""jieba's dictionary, loaded to the very values jieba loads, in less time.

A rebuild after a few changed articles loads the dictionary once for them, so its loading is
most of what a Chinese article costs there (measured in a fresh process on this 2-core machine,
2026-12-04, at a quiet moment):

- the part-of-speech table (word -> tag) is what `jieba.posseg` reads from jieba's dictionary
  file, line by line, once when imported and once more when initialised (0.4-0.6 s); here the
  same file is split in one pass (0.15-0.2 s), and read line by line as posseg reads it when the
  counts of lines, fields and spaces do not say that every line has posseg's three fields;
- the prefix dictionary of `jieba.cut` is the marshal cache jieba writes (in the temporary
  folder): `jieba.initialize` decodes it with `marshal.load` from the open file, which reads it
  in small pieces (0.5-0.6 s); here its bytes are read first and decoded in one call (0.2-0.3 s).
  Anything other than jieba's default dictionary and its cache file is left to
  `jieba.initialize`, as is a cache file that does not decode to (dict, int).

tests/test_zh_jieba_dict.py checks both against what jieba itself loads.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from functools import lru_cache
from types import ModuleType


@lru_cache(maxsize=1)
def segmenter() -> ModuleType:
    """The `jieba` module, its logging quiet and its prefix dictionary loaded."""
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.dt
    if not tokenizer.initialized:
        loaded = _cached_prefix_dict(jieba)
        if loaded is None:
            tokenizer.initialize()
        else:
            tokenizer.FREQ, tokenizer.total = loaded
            tokenizer.initialized = True
    return jieba


def _cached_prefix_dict(jieba: ModuleType) -> tuple[dict[str, int], int] | None:
    """(FREQ, total) from jieba's cache file of its default dictionary, as `initialize` reads
    it; None when jieba would not read that file or it does not decode to that shape."""
    tokenizer = jieba.dt
    if tokenizer.dictionary != jieba.DEFAULT_DICT:
        return None
    path = tokenizer.cache_file or os.path.join(
        tokenizer.tmp_dir or tempfile.gettempdir(), "jieba.cache"
    )
    try:
        with open(path, "rb") as handle:
            freq, total = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(freq, dict) or not isinstance(total, int):
        return None
    return freq, total


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of every word of its dictionary (`jieba.posseg`'s table)."""
    with segmenter().dt.get_dict_file() as handle:
        text = handle.read().decode("utf-8")
    lines = text.count("\n")
    fields = text.split()
    if text.endswith("\n") and len(fields) == 3 * lines and text.count(" ") == 2 * lines:
        return dict(zip(fields[0::3], fields[2::3], strict=True))
    return _tags_by_line(text)


def _tags_by_line(text: str) -> dict[str, str]:
    """posseg's own reading: each non-blank line stripped and cut at single spaces into three."""
    tags = {}
    for line in text.splitlines():
        line = line.strip()
        if line:
            word, _, tag = line.split(" ")
            tags[word] = tag
    return tags
