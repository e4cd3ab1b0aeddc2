"""A name after a title closed by a verb or an adverb that `name_followers` does not list
("副总经理A日常负责…", "秘书长B聚焦…", "副局長C署理…"): the holder is read; and a joiner
before a title is no family name ("董事长和非执行董事" names no one)."""

from __future__ import annotations

from tests.zh_article import roles_of, zh_extract


def _natives(body: str, headline: str = "远航重工召开年度工作会议") -> set[str | None]:
    return {p.native for p in zh_extract(body, headline=headline).persons}


def test_name_before_adverb_after_title() -> None:
    body = "远航重工集团副总经理邝德筠日常负责安全生产工作。"
    assert "邝德筠" in _natives(body)
    # a verb of one character may be the start of what follows: the name is not read to it
    body = "县卫健局局长苗秀山投资建设的康养中心开业。"
    assert not any(n and n.startswith("苗秀山") for n in _natives(body))


def test_name_before_unlisted_verb_after_title() -> None:
    body = "4月18日，全省乡村振兴论坛在南昌举行。省委原秘书长岑佑麟聚焦乡村振兴作了主题发言。"
    assert "岑佑麟" in _natives(body, headline="全省乡村振兴论坛举行")


def test_traditional_name_before_acting_verb() -> None:
    body = "局長出訪期間，將由經濟局副局長譚永鏗署理其職務。"
    found = zh_extract(body, headline="局長出訪 副局長署理職務")
    assert "譚永鏗" in {p.native for p in found.persons}


def test_joiner_before_title_is_no_name() -> None:
    body = "根据章程，公司董事长和非执行董事均由集团委派，总经理郝振东出席会议。"
    found = zh_extract(body)
    assert "和非" not in {p.native for p in found.persons}
    assert not any(p.startswith("He ") for p, _, _, _ in roles_of(found))
