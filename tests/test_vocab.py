"""The vocabularies are data that agree with the graph model and with the queries."""

import re

import pytest
from kg.vocab import InvalidVocab, _load_orgs, _load_roles, fold, load_vocab
from tests.conftest import ROOT


def model_notations() -> set[str]:
    text = (ROOT / "docs" / "graph-model.md").read_text(encoding="utf-8")
    table = text.split("## The role vocabulary", 1)[1]
    return set(re.findall(r"^\| ([a-z-]+) \|", table, flags=re.MULTILINE)) - {"notation"}


def test_every_notation_of_the_graph_model_is_in_roles_yml_and_back():
    assert set(load_vocab().roles) == model_notations()


@pytest.mark.parametrize("notation", sorted(model_notations() - {"other"}))
def test_each_role_has_an_english_label_and_a_way_to_be_found(notation):
    role = load_vocab().role(notation)
    assert role.en and (role.variants or role.zh)


def test_org_names_resolve_to_one_key_whatever_the_case_or_spacing():
    vocab = load_vocab()
    for entry in vocab.orgs.values():
        for name in entry.names:
            assert vocab.org_key(name.upper()) == entry.key


def test_a_name_given_to_two_organisations_is_refused(tmp_path):
    path = tmp_path / "orgs.yml"
    path.write_text(
        "organizations:\n  a: {label: Alpha, names: [AX]}\n  b: {label: Beta, names: [ax]}\n"
    )
    with pytest.raises(InvalidVocab, match="belongs to both"):
        _load_orgs(path)


def test_unknown_parent_is_refused(tmp_path):
    path = tmp_path / "orgs.yml"
    path.write_text("organizations:\n  a: {label: Alpha, parent: nowhere}\n")
    with pytest.raises(InvalidVocab, match="unknown parent"):
        _load_orgs(path)


def test_roles_without_other_are_refused(tmp_path):
    path = tmp_path / "roles.yml"
    path.write_text("roles:\n  - {notation: chairman, en: Chairman}\n")
    with pytest.raises(InvalidVocab, match="other"):
        _load_roles(path)


@pytest.mark.parametrize(
    "a,b", [("Frank LIU", "frank liu"), ("Lu-Dong", "lu dong"), ("ＡＢＣ", "abc")]
)
def test_fold_ignores_case_width_and_punctuation(a, b):
    assert fold(a) == fold(b)


def test_every_stored_query_documents_itself_and_has_a_test():
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), (
            f"{path.name} must start with a comment saying what it answers"
        )
        assert "# example:" in text, f"{path.name} needs an example command"
        assert f'"{path.stem}"' in tests, f"no test runs the query {path.stem}"
