"""jieba's dictionary as kg loads it (kg.extract.zh.jieba_dict) is the one jieba loads itself."""

from __future__ import annotations

import marshal

import jieba
import jieba.posseg
import pytest
from kg.extract.zh import jieba_dict


def test_the_tag_table_is_posseg_s_own():
    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    assert jieba_dict.word_tags() == tagger.word_tag_tab
    assert len(tagger.word_tag_tab) > 300_000


def test_a_dictionary_posseg_reads_line_by_line_gives_posseg_s_table():
    text = "一 217830 m\n  二 100 m \n\n三 5 nr\n一 3 d\n"  # blank lines, spaces around, a repeat
    assert jieba_dict._tags_by_line(text) == {"一": "d", "二": "m", "三": "nr"}


def test_the_prefix_dictionary_is_the_one_jieba_initialises():
    jieba_dict.segmenter()  # loads the cache file jieba wrote (or has jieba initialise)
    own = jieba.Tokenizer()
    own.initialize()
    assert jieba.dt.initialized
    assert jieba.dt.FREQ == own.FREQ
    assert jieba.dt.total == own.total


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2])])
def test_a_cache_file_that_is_not_jieba_s_is_left_to_jieba(tmp_path, monkeypatch, content):
    cache = tmp_path / "jieba.cache"
    cache.write_bytes(content)
    tokenizer = jieba.Tokenizer()
    monkeypatch.setattr(tokenizer, "cache_file", str(cache))
    monkeypatch.setattr(jieba, "dt", tokenizer)
    assert jieba_dict._cached_prefix_dict(jieba) is None


def test_a_cache_file_of_jieba_s_shape_is_read_as_jieba_reads_it(tmp_path, monkeypatch):
    cache = tmp_path / "jieba.cache"
    cache.write_bytes(marshal.dumps(({"会": 3, "会议": 2}, 5)))
    tokenizer = jieba.Tokenizer()
    monkeypatch.setattr(tokenizer, "cache_file", str(cache))
    monkeypatch.setattr(jieba, "dt", tokenizer)
    assert jieba_dict._cached_prefix_dict(jieba) == ({"会": 3, "会议": 2}, 5)
    with cache.open("rb") as handle:
        assert marshal.load(handle) == ({"会": 3, "会议": 2}, 5)  # what jieba.initialize reads
