"""A foreign name in Chinese transliteration, printed in full once ("奥古斯托‧桑托斯‧席尔瓦") and
later by its last part alone ("席尔瓦"), is one person: the short mention is folded into the full
one (its roles and parts in events go to it). Only when exactly one full name of the article ends
with that part; two ("A‧席尔瓦", "B‧席尔瓦") leave it alone."""

from __future__ import annotations

from kg.extract.person_folds import fold_persons
from kg.model import Article, Extraction
from kg.vocab import Vocab

NAME_DOTS = "‧·•・"  # the middle dots that join the parts of a transliterated name


def fold_foreign_short_names(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Fold each last part printed alone into the one full transliterated name it ends."""
    full = [p for p in found.persons if p.native and any(d in p.native for d in NAME_DOTS)]
    folded = {}
    for person in found.persons:
        native = person.native
        if not native or any(d in native for d in NAME_DOTS):
            continue
        longer = {f.name for f in full if _last_part(f.native or "") == native}
        if len(longer) == 1:
            folded[person.name] = longer.pop()
    if folded:
        fold_persons(found, folded)


def _last_part(native: str) -> str:
    for dot in NAME_DOTS:
        native = native.replace(dot, NAME_DOTS[0])
    return native.rsplit(NAME_DOTS[0], 1)[-1]
