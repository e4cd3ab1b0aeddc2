"""SHACL validation: the seeds' build keeps the contract, and each broken rule is named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from kg.assemble import build
from kg.cli import main
from kg.graphfile import read_graph as load_graph
from kg.model import PARTS
from kg.model.ids import make_iri
from kg.validate import load_shapes, validate_graph
from kg.vocab import HERE as VOCAB_DIR
from kg.vocab import namespaces
from kg.vocab.namespaces import KGV, OA, ORG, RDF, SDO, SKOS
from rdflib import Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import SH
from tests import evidence_fixture as fx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Only the datatype, not rdflib's XSD namespace: pytest probes a test module's globals for
# fixtures, and XSD warns on every name it does not define ("_mock_name").
XSD_DATE = namespaces.XSD.date
PERSON = "https://kg.invalid/id/person/"


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    build([SEEDS], out)
    return out


def test_validate_seeds_build_conforms(seeds_build):
    violations = validate_graph(load_graph(seeds_build / "graph.ttl"))
    assert violations == [], "\n".join(map(str, violations))


def test_validate_cli_exit_zero_on_seeds(seeds_build, capsys):
    assert main(["validate", str(seeds_build / "graph.ttl")]) == 0
    assert "conforms" in capsys.readouterr().err


def test_validate_fixture_conforms():
    assert validate_graph(fx.build(fx.extractions())) == []


def _membership(g: Graph, person: str):
    return next(g.subjects(ORG.member, make_iri("person", person)))


def _set(g: Graph, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


def _selector(g: Graph, kind):
    return sorted(g.subjects(RDF.type, kind), key=str)[0]


def _event(g: Graph):
    return sorted(g.subjects(RDF.type, SDO.Event), key=str)[0]


BREAKS = {
    "Membership status": lambda g: _set(
        g, _membership(g, "taoruiqing"), KGV.status, Literal("ongoing")
    ),
    "Membership evidence": lambda g: g.remove((_membership(g, "taoruiqing"), KGV.evidence, None)),
    "Membership firstSeen": lambda g: _set(
        g, _membership(g, "taoruiqing"), KGV.firstSeen, Literal("2030-01-01", datatype=XSD_DATE)
    ),
    "Membership seen span": lambda g: g.remove((_membership(g, "taoruiqing"), KGV.lastSeen, None)),
    "Membership endedBefore only when former": lambda g: g.add(
        (_membership(g, "taoruiqing"), KGV.endedBefore, Literal("2030-01-01", datatype=XSD_DATE))
    ),
    "Membership memberOf shortcut": lambda g: g.remove(
        (make_iri("person", "taoruiqing"), ORG.memberOf, None)
    ),
    "Person memberOf shortcut": lambda g: g.add(
        (make_iri("person", "qiaozhenyu"), ORG.memberOf, make_iri("org", "larkspurmining"))
    ),
    "Person headOf shortcut": lambda g: g.add(
        (make_iri("person", "adabrennan"), ORG.headOf, make_iri("org", "northwindcoppergroup"))
    ),
    "Membership mentioned by its articles": lambda g: g.remove(
        (None, SDO.mentions, make_iri("person", "taoruiqing"))
    ),
    "Person Han name has pinyin": lambda g: g.remove(
        (make_iri("person", "hanmeilin"), SDO.name, Literal("Han Meilin", lang="zh-Latn-pinyin"))
    ),
    "Organization not its own parent": lambda g: g.add(
        (
            make_iri("org", "northwindcoppergroup"),
            ORG.subOrganizationOf,
            make_iri("org", "northwindsmelting"),
        )
    ),
    "Role notation": lambda g: _set(
        g, make_iri("role", "chairman"), SKOS.notation, Literal("emperor")
    ),
    "Event startDate": lambda g: g.remove((_event(g), SDO.startDate, None)),
    "Event attendance has a participation": lambda g: g.add(
        (_event(g), SDO.attendee, make_iri("person", "adabrennan"))
    ),
    "Participation part": lambda g: _set(
        g, _selector(g, KGV.Participation), KGV.part, Literal("dancer")
    ),
    "Evidence quote fits its position": lambda g: _set(
        g, _selector(g, OA.TextPositionSelector), OA.end, Literal(10_000)
    ),
    "Evidence hasSource": lambda g: g.remove(
        (_selector(g, OA.SpecificResource), OA.hasSource, None)
    ),
    "Evidence quote selector": lambda g: g.remove(
        (_selector(g, OA.TextQuoteSelector), RDF.type, None)
    ),
}


@pytest.mark.parametrize("rule", sorted(BREAKS))
def test_validate_names_the_broken_rule(rule):
    g = fx.build(fx.extractions())
    BREAKS[rule](g)
    violations = validate_graph(g)
    assert rule in {v.rule for v in violations}, "\n".join(map(str, violations))
    assert all(v.focus.startswith("<https://kg.invalid/") for v in violations)


def test_validate_cli_prints_one_line_per_violation(tmp_path, capsys):
    g = fx.build(fx.extractions())
    BREAKS["Membership evidence"](g)
    BREAKS["Participation part"](g)
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert any(
        line.startswith(f"<{_membership(g, 'taoruiqing')}>: [Membership evidence]")
        for line in lines
    )
    assert any("[Participation part]" in line for line in lines)


def _shape_list(shape_name: str) -> list[str]:
    shapes = load_shapes()
    prop = next(s for s in shapes.subjects(SH.name, Literal(shape_name)))
    head = shapes.value(prop, SH["in"])
    assert head is not None
    return [str(x) for x in Collection(shapes, head)]


def test_validate_shapes_list_every_role_notation():
    roles = yaml.safe_load((VOCAB_DIR / "roles.yml").read_text(encoding="utf-8"))["roles"]
    assert sorted(_shape_list("Role notation")) == sorted(r["notation"] for r in roles)


def test_validate_shapes_list_every_part():
    assert sorted(_shape_list("Participation part")) == sorted(PARTS)


def test_validate_table_parent_is_written(tmp_path):
    """A parent known only from the organisation table gets its own node, so no edge dangles."""
    table = {
        "organizations": {
            "glimmer-holding": {"label": "Glimmer Holding", "names": ["Glimmer"]},
            "glimmer-steel": {
                "label": "Glimmer Steel",
                "parent": "glimmer-holding",
                "names": ["Glimmer Steel Co"],
            },
        }
    }
    orgs_file = tmp_path / "orgs.yml"
    orgs_file.write_text(yaml.safe_dump(table), encoding="utf-8")
    from kg.assemble.graph import build_rdf
    from kg.assemble.merge import merge_extractions
    from kg.model import Extraction, OrgMention
    from kg.vocab import ROLES_FILE, load_vocab

    vocab = load_vocab(ROLES_FILE, orgs_file)
    art = fx.article("glimmer.txt", "Glimmer Steel Co opened a mill.\n", date(2024, 2, 1))
    found = Extraction(art, orgs=[OrgMention("Glimmer Steel Co", fx.sentence(art, "Glimmer"))])
    g = build_rdf(merge_extractions([(found, ())], vocab), vocab)
    steel, holding = make_iri("org", "glimmer-steel"), make_iri("org", "glimmer-holding")
    assert (steel, ORG.subOrganizationOf, holding) in g
    assert g.value(holding, SKOS.prefLabel) == Literal("Glimmer Holding")
    assert validate_graph(g) == []


def test_validate_leaves_the_graph_unchanged():
    g = fx.build(fx.extractions())
    before = set(g)
    BREAKS["Participation part"](g)
    broken = set(g)
    assert validate_graph(g) and set(g) == broken != before
