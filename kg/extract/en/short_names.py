"""A person's name shortened later in the same article is that person ("Tan Sri Abdul Ghani
Othman has resigned ... thanked Abdul Ghani for his services").

A name of two words or more that opens exactly one longer name of the article, word for word,
is read as that longer name: its roles and its parts in events go to the longer name, and it is
no person of its own. Two longer names it could open ("Abdul Rahman Ali", "Abdul Rahman Musa")
leave it alone, as does a one-word name (a family name alone is never read as a person). An
honorific and one name ("Sayyid Badr said ...") is read the same way, by the name after the
honorific ("Badr Albusaidi"). A family name whose particle a sentence's start capitalised ("Van
Graan is ...") is read as the one longer name it ends ("Stewart van Graan").
"""

from __future__ import annotations

from kg.extract.en.lexicon import get_lexicon
from kg.extract.person_folds import fold_persons
from kg.model import Article, Extraction
from kg.vocab import Vocab


def fold_shortened_person_names(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Read each shortened name as the one longer name it opens (see the module)."""
    names = [p.name for p in found.persons if p.native is None]
    honorifics = get_lexicon(vocab).honorifics
    folded = {}
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
            # particle capitalised at a sentence's start
            longer = [n for n in names if n != name and _particle_tail(n, words)]
        if len(longer) == 1:
            folded[name] = longer[0]
    if not folded:
        return
    fold_persons(found, folded)


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
