"""The same article under two file names counts once and keeps both files as sources."""
from __future__ import annotations

import codecs

from input_samples import EN_ARTICLE, ZH_ARTICLE
from kg.model import Evidence, Extraction, Participation, EventClaim, PersonMention, RoleClaim
from kg.read import read_article
from kg.read.duplicates import duplicate_report, group_duplicates, rebind_extraction


def _write(folder, name, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return read_article(path)


def test_input_duplicates_grouped_across_encodings_and_line_ends(tmp_path):
    a = _write(tmp_path, "a.txt", ZH_ARTICLE.encode("utf-8"))
    b = _write(tmp_path, "b.txt", EN_ARTICLE.encode("utf-8"))
    c = _write(tmp_path, "c.txt", codecs.BOM_UTF8 + ZH_ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    d = _write(tmp_path, "d.txt", ZH_ARTICLE.encode("gb18030"))
    e = _write(tmp_path, "e.txt", (ZH_ARTICLE + "\n\n").encode("utf-16"))
    groups = group_duplicates([a, b, c, d, e])
    assert [[x.ident for x in g] for g in groups] == [["a.txt", "c.txt", "d.txt", "e.txt"], ["b.txt"]]
    assert duplicate_report(groups) == [f"{n}.txt: same text as a.txt (counted once)" for n in "cde"]


def test_input_duplicates_other_text_is_not_a_duplicate(tmp_path):
    a = _write(tmp_path, "a.txt", EN_ARTICLE.encode())
    b = _write(tmp_path, "b.txt", EN_ARTICLE.replace("April 10", "April 11").encode())
    assert len(group_duplicates([a, b])) == 2


def test_input_duplicates_rebind_points_every_evidence_at_the_copy(tmp_path):
    a = _write(tmp_path, "a.txt", EN_ARTICLE.encode())
    b = _write(tmp_path, "b.txt", EN_ARTICLE.encode())
    start = a.text.index("Marcus Ellery")
    ev = Evidence(a.ident, start, start + 13, "Marcus Ellery")
    found = Extraction(a, persons=[PersonMention("Marcus Ellery", ev)],
                       roles=[RoleClaim("Marcus Ellery", "chairman", "chairman", "Nordvale Copper Group", ev)],
                       events=[EventClaim("k", "safety work conference", "meeting", a.published, ev,
                                          participants=(Participation("Marcus Ellery", "attendee", ev),))],
                       main_org="Nordvale Copper Group")
    copy = rebind_extraction(found, b)
    evidences = [copy.persons[0].evidence, copy.roles[0].evidence, copy.events[0].evidence,
                 copy.events[0].participants[0].evidence]
    assert {e.article for e in evidences} == {"b.txt"}
    assert all(b.text[e.start:e.end] == e.quote for e in evidences)
    assert copy.article is b and copy.main_org == found.main_org
    assert found.persons[0].evidence.article == "a.txt"
