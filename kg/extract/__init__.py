"""Extractors: one article in, mentions and claims out.

Each language has a pipeline of small components registered in
`EXTRACTORS[language]`. A component is `fn(article, vocab, found) -> None`: it
reads `article.body` (the text with page furniture blanked, same offsets as
`article.text`), what earlier components put into `found` (an
:class:`~kg.model.Extraction`), and adds its own mentions and claims. Components
are pure: no I/O, no graph, no merging across articles.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.script import extract_as_simplified, has_traditional
from kg.model import Article, Extraction
from kg.vocab import Vocab, load_vocab

Component = Callable[[Article, Vocab, Extraction], None]
EXTRACTORS: dict[str, tuple[Component, ...]] = {}


def register(language: str, *components: Component) -> None:
    """Append components to the pipeline of `language`."""
    EXTRACTORS[language] = EXTRACTORS.get(language, ()) + components


def extract_article(article: Article, vocab: Vocab | None = None) -> Extraction:
    """Run the pipeline of the article's language and return what it found."""
    vocab = vocab or load_vocab()
    load_builtins()
    if article.language == "zh" and has_traditional(article.body):
        found = extract_as_simplified(article, lambda copy: _run(copy, vocab))
    else:
        found = _run(article, vocab)
    from kg.assemble.resolve import Resolver  # the builder's rules, read on the whole text here

    found.page_keys = Resolver(vocab).page_keys(found)
    return found


def _run(article: Article, vocab: Vocab) -> Extraction:
    found = Extraction(article)
    for component in EXTRACTORS.get(article.language, ()):
        component(article, vocab, found)
    return found


def load_builtins() -> None:
    """Import the built-in pipelines (each registers itself once, on first import)."""
    from kg.extract import en, zh  # noqa: F401
