"""The English word lists (kg/vocab/en.yml) are well-formed data."""

import pytest
from kg.extract.en.lexicon import get_lexicon
from kg.vocab import load_lexicon, load_vocab


def _items(value, path):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield f"{path}.{key}", key
            yield from _items(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for inner in value:
            yield path, inner


def test_lexicon_words_are_strings():
    """YAML reads On/Off/Yes/No as booleans: such words must be quoted in the file."""
    bad = [
        (path, item)
        for key, value in load_lexicon("en").items()
        for path, item in _items(value, key)
        if not isinstance(item, str) and not path.startswith("months")
    ]
    assert bad == []


@pytest.mark.parametrize("key", ["party_titles", "extra_titles", "director_of", "implicit_orgs"])
def test_lexicon_notations_are_in_the_role_vocabulary(key):
    roles = set(load_vocab().roles) | {"?party"}
    data = load_lexicon("en")[key]
    notations = set(data.values()) if key != "implicit_orgs" else set(data)
    assert notations <= roles


def test_lexicon_titles_include_the_role_vocabulary():
    lex = get_lexicon(load_vocab())
    assert lex.titles["chairman of the board of directors"] == "chairman"
    assert lex.titles["secretary of discipline inspection commission"] == "discipline-secretary"
