"""Long lists of phrases as one regular expression (a character trie: fast, longest match first)."""

from __future__ import annotations

import re


def trie_pattern(phrases) -> str:
    """A regex of the phrases as a character trie (fast on long lists); longer matches are tried first."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_node(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
