"""Every data file of kg/vocab names each key once: YAML keeps the last of two equal keys and drops
the first without a word, so a list written twice is half dead."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

VOCAB = Path(__file__).resolve().parent.parent / "kg" / "vocab"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping naming one key twice."""

    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("path", sorted(VOCAB.glob("*.yml")), ids=lambda p: p.name)
def test_no_key_is_given_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_a_key_given_twice_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("a: [1]\nb: 2\na: [3]\n", Loader=_UniqueKeyLoader)
