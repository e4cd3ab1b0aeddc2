"""Chinese printed in traditional characters is read like simplified, and reported as printed.

Sentences, names and companies are invented for the tests.
"""

from kg.extract import extract_article
from kg.extract.script import has_traditional, simplified_same_length
from kg.read import make_article

TEXT = (
    "東嶺紡織公司召開董事會\n2021年4月9日\n"
    "東嶺紡織公司4月8日召開董事會，董事長鄭銘軒主持會議，總經理許麗華出席。\n"
)


def test_conversion_keeps_every_offset():
    assert has_traditional(TEXT)
    converted = simplified_same_length(TEXT)
    assert len(converted) == len(TEXT)
    assert "东岭纺织公司" in converted
    assert not has_traditional(converted)


def test_traditional_article_gives_persons_roles_and_events_in_printed_characters():
    found = extract_article(make_article("tw.txt", TEXT))
    natives = {p.native for p in found.persons}
    assert {"鄭銘軒", "許麗華"} <= natives
    assert {p.name for p in found.persons} >= {"Zheng Mingxuan", "Xu Lihua"}
    roles = {(r.person, r.role, r.org) for r in found.roles}
    assert ("Zheng Mingxuan", "chairman", "東嶺紡織公司") in roles
    assert ("Xu Lihua", "general-manager", "東嶺紡織公司") in roles
    org = next(o for o in found.orgs if o.name == "東嶺紡織公司")
    assert "东岭纺织公司" in org.aliases
    for claim in found.roles:
        ev = claim.evidence
        assert TEXT[ev.start : ev.end] == ev.quote
    assert [e.start.isoformat() for e in found.events] == ["2021-04-08"]
