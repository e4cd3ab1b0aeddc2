"""Fuzzing: random Unicode and random mixes of real article lines, into every extractor and the whole build.

No exception may escape, every output must parse (rdflib and Oxigraph), and every
evidence span must quote its article exactly. Examples are derandomised so CI is
repeatable; set KG_FUZZ_EXAMPLES=2000 KG_FUZZ_RANDOM=1 to search harder locally.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kg.assemble import build
from kg.extract import EXTRACTORS, extract_article, load_builtins
from kg.model import PARTS, Article, Extraction
from kg.read import blank_furniture, find_headline, read_article
from kg.read.dateline import find_published
from kg.vocab import load_vocab
from kg.vocab.namespaces import OA, RDF
from rdflib import Graph, Literal, URIRef
from tests.input_samples import (
    EN_ARTICLE,
    EN_ARTICLE_TYPOGRAPHIC,
    ZH_ARTICLE,
    ZH_ARTICLE_TRADITIONAL,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not os.environ.get("KG_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _real_lines() -> list[str]:
    texts = [EN_ARTICLE, EN_ARTICLE_TYPOGRAPHIC, ZH_ARTICLE, ZH_ARTICLE_TRADITIONAL]
    for folder in (ROOT / "seeds", ROOT / "tests" / "fixtures" / "articles"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return sorted({line for text in texts for line in text.splitlines()})


LINES = _real_lines()
real_line = st.integers(0, len(LINES) - 1).map(
    LINES.__getitem__
)  # (a short repr, unlike sampled_from)
TRICKY = [
    "",
    " ",
    "\u3000",
    "7 month26 day",
    "held2022",
    "XNUMXth",
    "On the 31st",
    "2月30日",
    "9999年99月99日",
    "Chairman",
    "董事长",
    ",",
    "、",
    "（",
    ")",
    "Mr.",
    "and",
    "&",
    "\u202e",
    "\ufeff",
    "\u200b",
    "\t",
    "of the",
    "the company",
    "attended",
    "出席",
    "主持",
    "—",
    "'",
    '"',
    "\\",
    "<b>",
    "0" * 40,
    # shapes that once crashed a build (markup declarations, extreme and relative dates, huge numbers)
    "<![CD x]>",
    "<![CDATA[x]]>",
    "<!ELEMENT x>",
    "9999年12月31日，",
    "0001年1月1日。",
    "次日，",
    "13日上午，",
    "December 31, 9999",
    "on the 1st",
    "9" * 400,
]
unicode_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
line = st.one_of(real_line, st.sampled_from(TRICKY), unicode_text)
# A real line cut, spliced or glued to noise: the shapes scrapes really have.
spliced = st.builds(lambda a, b, i: a[:i] + b + a[i:], real_line, line, st.integers(0, 400))
article_text = st.one_of(
    unicode_text, st.lists(st.one_of(line, spliced), max_size=25).map("\n".join)
)


def make_test_article(text: str, language: str, ident: str = "fuzz.txt") -> Article:
    """An Article of the given language, whatever the text (bypasses language detection)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    body = blank_furniture(text)
    headline = find_headline(text, body)
    return Article(
        ident=ident,
        text=text,
        body=body,
        language=language,
        headline=headline,
        published=find_published(text, headline),
        source=ident,
    )


def all_evidence(found: Extraction):
    """Every Evidence in an extraction, with what it belongs to."""
    for kind in ("persons", "orgs", "roles", "events"):
        for item in getattr(found, kind):
            yield kind, item.evidence
    for event in found.events:
        for part in event.participants:
            yield "participant", part.evidence


def check_extraction(found: Extraction) -> None:
    """The invariants every extractor output must hold."""
    text, vocab = found.article.text, load_vocab()
    for kind, ev in all_evidence(found):
        assert ev.article == found.article.ident, kind
        assert 0 <= ev.start <= ev.end <= len(text), (kind, ev)
        assert text[ev.start : ev.end] == ev.quote, (kind, ev, text[ev.start : ev.end])
    for claim in found.roles:
        assert claim.role in vocab.roles and claim.status in ("current", "former"), claim
        assert claim.person and claim.org, claim
    for event in found.events:
        assert event.end is None or event.end >= event.start, event
        assert all(p.part in PARTS for p in event.participants), event
    assert all(p.name for p in found.persons)


def languages() -> list[str]:
    load_builtins()
    return sorted(set(EXTRACTORS) | {"en", "zh"})


@FUZZ
@given(text=article_text)
def test_input_fuzz_every_extractor(text):
    for language in languages():
        check_extraction(extract_article(make_test_article(text, language)))


@FUZZ
@given(text=article_text)
def test_input_fuzz_extractors_on_the_body_without_furniture_blanking(text):
    """Components must also survive a body equal to the raw text (nothing blanked)."""
    for language in languages():
        article = make_test_article(text, language)
        check_extraction(extract_article(replace(article, body=article.text)))


def _parse_both(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    assert len(list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE))) == len(graph)
    return graph


def _check_graph_evidence(graph: Graph, texts: dict[str, str]) -> None:
    from kg.assemble.graph import article_iri

    by_iri = {article_iri(ident): text for ident, text in texts.items()}
    for node in graph.subjects(RDF.type, OA.SpecificResource):
        source = graph.value(node, OA.hasSource)
        assert isinstance(source, URIRef)
        text = by_iri[source]
        selectors = list(graph.objects(node, OA.hasSelector))
        exact = next(
            str(graph.value(s, OA.exact)) for s in selectors if graph.value(s, OA.exact) is not None
        )
        pos = next(s for s in selectors if graph.value(s, OA.start) is not None)
        start, end = graph.value(pos, OA.start), graph.value(pos, OA.end)
        assert isinstance(start, Literal) and isinstance(end, Literal)
        assert text[start.toPython() : end.toPython()] == exact


file_bytes = st.one_of(
    article_text.map(lambda t: t.encode("utf-8")),
    real_line.map(lambda t: (t * 3).encode("utf-16")),
    st.binary(max_size=200),
    st.builds(  # a page: real lines with markup declarations between them
        lambda a, m, b: f"<html><body><p>{a}</p>{m}<p>{b}</p></body></html>".encode(),
        real_line,
        st.sampled_from(["<![CD x]>", "<![if x]>", "<!x [ y>", "<![CDATA[z]]>", "<?pi?>"]),
        real_line,
    ),
)


@settings(FUZZ, max_examples=max(10, EXAMPLES // 4))
@given(files=st.lists(file_bytes, min_size=1, max_size=4), real=st.lists(real_line, max_size=30))
def test_input_fuzz_whole_build(files, real):
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "out"
        src.mkdir()
        files = [*files, "\n".join(real).encode("utf-8")]
        for i, data in enumerate(files):
            (src / f"{i:02d}.txt").write_bytes(data)
        report = build([src], out)
        assert len(report.summaries) + len(report.duplicates) + len(report.problems) == len(files)
        assert all("\n" not in problem for problem in report.problems)
        if report.summaries:
            texts = {ident: read_article(src / ident).text for ident in report.summaries}
            _check_graph_evidence(_parse_both(out / "graph.ttl"), texts)


MARKUP = [
    *("<", ">", "<!", "<![", "]]>", "]>", "<?", "</", "--", "[", "]", "!", "?", "/", "=", "'", '"'),
    *("CD", "CDATA", "if", "endif", "DOCTYPE", "ELEMENT", "x", " ", "\n", "p", "h1", "script"),
    *("&#99999999;", "&#x110000;", "&#0;", "&amp", "&"),
]
markup = st.lists(st.sampled_from(MARKUP), max_size=40).map("".join)


@settings(FUZZ, max_examples=EXAMPLES * 20)
@given(head=markup, tail=markup)
def test_input_fuzz_html_markup_declarations_never_raise(head, tail):
    from kg.read.html import html_to_text

    text = html_to_text(f"<html><body>{head}<p>Visible words</p>{tail}</body></html>")
    assert isinstance(text, str)


ZH_DATES = [
    *("9999年12月31日", "0001年1月1日", "0001年1月13日", "12月31日", "1月1日", "12月30日至1月2日"),
    *("9999年12月30日至31日", "99999999999999999999年1月1日", "1" * 30, "时间: 9999-12-31"),
    *("次日，", "翌日", "当天", "13日上午，", "31日，", "1日至3日", "。", "，", "\n"),
    *("召开会议", "王磊出席会议。", "董事长王磊", "示例公司", "调研"),
]
EN_DATES = [
    *("December 31, 9999", "January 1, 0001", "Dec 31", "On the 31st", "on the 1st", "On July 7"),
    *("from December 30 to January 2", "Date: 9999-12-31", "9999 year12 month31 day", "held9999"),
    *("the next day", "XNUMXth", "1" * 30, "9" * 400, ". ", ", ", "\n"),
    *("Chairman Wang Lei", " attended the meeting", " held the annual working meeting"),
]


@settings(FUZZ, max_examples=EXAMPLES * 5)
@given(
    zh=st.lists(st.sampled_from(ZH_DATES), max_size=30).map("".join),
    en=st.lists(st.sampled_from(EN_DATES), max_size=30).map("".join),
)
def test_input_fuzz_extreme_and_relative_dates(zh, en):
    for text, language in ((zh, "zh"), (en, "en")):
        heading = (
            "示例公司召开年度工作会议"
            if language == "zh"
            else "The Example Company Holds Its Meeting"
        )
        found = extract_article(make_test_article(f"{heading}\n{text}", language))
        check_extraction(found)
