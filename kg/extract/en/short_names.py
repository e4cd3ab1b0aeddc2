"""A person's name shortened later in the same article is that person ("Tan Sri Abdul Ghani
Othman has resigned ... thanked Abdul Ghani for his services").

A name of two words or more that opens exactly one longer name of the article, word for word,
is read as that longer name: its roles and its parts in events go to the longer name, and it is
no person of its own. Two longer names it could open ("Abdul Rahman Ali", "Abdul Rahman Musa")
leave it alone, as does a one-word name (read as a person only where no longer name holds it). An
honorific and one name ("Sayyid Badr said ...") is read the same way, by the name after the
honorific ("Badr Albusaidi"). A family name whose particle a sentence's start capitalised ("Van
Graan is ...") is read as the one longer name it ends ("Stewart van Graan"); when two names of the
article end so ("Carlos De Souza", "Maria de Souza"), it stands for either and is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.en.lexicon import get_lexicon
from kg.extract.person_folds import fold_persons
from kg.model import Article, Extraction
from kg.vocab import Vocab


def fold_shortened_person_names(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Read each shortened name as the one longer name it opens (see the module)."""
    names = [p.name for p in found.persons if p.native is None]
    honorifics = get_lexicon(vocab).honorifics
    folded = {}
    ambiguous: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) == 2 and words[0].casefold().rstrip(".") in honorifics:
            words = words[1:]  # "Sayyid Badr said": the given name after an honorific
        elif len(words) < 2:
            continue
        longer = [
            n
            for n in names
            if n != name and len(n.split()) > len(words) and n.split()[: len(words)] == words
        ]
        if not longer:  # "Van Graan is ...": the family name of "Stewart van Graan", its
            # particle capitalised at a sentence's start; not when another name ends so too
            # ("Carlos De Souza" beside "Maria de Souza": "De Souza" is either)
            longer = [n for n in names if n != name and _particle_tail(n, words)]
            if len([n for n in names if n != name and _ends_with(n, words)]) > 1:
                ambiguous.add(name)
                continue
        if len(longer) == 1:
            folded[name] = longer[0]
    if ambiguous:
        _drop_persons(found, ambiguous)
    if folded:
        fold_persons(found, folded)


def _drop_persons(found: Extraction, names: set[str]) -> None:
    """Drop the persons of `names`, their roles and their parts in events: family names two
    persons of the article share, which name either."""
    found.persons[:] = [p for p in found.persons if p.name not in names]
    found.roles[:] = [r for r in found.roles if r.person not in names]
    found.events[:] = [
        replace(e, participants=tuple(p for p in e.participants if p.person not in names))
        for e in found.events
    ]


def _ends_with(longer: str, words: list[str]) -> bool:
    """Whether `longer` ends with `words`, whatever their case, after a given name."""
    tail = longer.split()[-len(words) :]
    return len(longer.split()) > len(words) and [w.casefold() for w in tail] == [
        w.casefold() for w in words
    ]


def _particle_tail(longer: str, words: list[str]) -> bool:
    """Whether `words` are the last words of `longer` after its given name, the first of them a
    lower-case particle there ("van Graan", "de Souza") and capitalised in `words`."""
    tail = longer.split()[-len(words) :]
    return (
        len(longer.split()) > len(words)
        and tail[0].islower()
        and words[0] == tail[0].capitalize()
        and tail[1:] == words[1:]
    )
