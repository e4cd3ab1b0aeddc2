"""Errors are for people: one line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kg.cli import main
from tests.input_samples import EN_ARTICLE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-src")
    (folder / "a.txt").write_text(EN_ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("cli-out")
    assert main(["build", str(folder), "--out", str(out)]) == 0
    return out / "graph.ttl"


def run(argv, capsys) -> tuple[int | str | None, str, str]:
    status: int | str | None
    try:
        status = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert len(lines[0]) <= 300, "a line a person can read"
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


QUERY_ERRORS = [  # (arguments after `kg query`, exit status, what the line says)
    (
        ["roles_of_person", "--graph", "{tmp}/missing.ttl", "--param", "person=x"],
        1,
        ["cannot read graph", "missing.ttl", "no such file"],
    ),
    (
        ["roles_of_person", "--graph", "{tmp}", "--param", "person=x"],
        1,
        ["cannot read graph", "a folder"],
    ),
    (["roles_of_person", "--graph", "{graph}"], 1, ["needs --param"]),
    (
        ["roles_of_person", "--graph", "{graph}", "--param", "name"],
        1,
        ["--param expects NAME=VALUE"],
    ),
    (
        ["no_such_query", "--graph", "{graph}"],
        1,
        ["unknown query 'no_such_query'", "known queries:"],
    ),
    (["{tmp}/bad.rq", "--graph", "{graph}"], 1, ["bad", "failed"]),
    (["{tmp}/bad.rq", "--graph", "{graph}", "--engine", "rdflib"], 1, ["bad.rq failed"]),
    (
        ["roles_of_person", "--graph", "{tmp}/bad.rq", "--param", "person=x"],
        1,
        ["bad.rq: not an RDF graph file"],
    ),
    (
        ["roles_of_person", "--graph", "{tmp}/bad.rq", "--param", "person=x", "--engine", "rdflib"],
        1,
        ["bad.rq: not an RDF graph file"],
    ),
    (["roles_of_person", "--param", "person=x"], 1, ["give --graph FILE or --endpoint URL"]),
    ([], 2, ["kg query:", "give a query name"]),
    (["roles_of_person", "--graph", "{graph}", "--format", "xml"], 2, ["invalid choice: 'xml'"]),
]


@pytest.mark.parametrize(
    "args, status, fragments", QUERY_ERRORS, ids=[" ".join(q[0])[:40] for q in QUERY_ERRORS]
)
def test_input_cli_query_errors(tmp_path, graph_file, capsys, args, status, fragments):
    (tmp_path / "bad.rq").write_text("SELECT ?x WHERE { ?x ?y \n", encoding="utf-8")
    argv = ["query"] + [a.format(tmp=tmp_path, graph=graph_file) for a in args]
    code, out, err = run(argv, capsys)
    assert code == status
    assert out == ""
    assert_one_line(err, *fragments)


def _only(tmp_path, name: str, data: bytes) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / name).write_bytes(data)
    return folder


BUILD_ERRORS = [  # (file name, bytes, what the line says)
    (
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "photo.txt: binary file (PNG image), not text",
    ),
    ("empty.txt", b"", "empty.txt: empty file (0 bytes)"),
    ("blank.txt", b"\n  \t\n", "blank.txt: no text (only whitespace)"),
    (
        "bad.txt",
        "中文".encode() + b"\xff" + EN_ARTICLE.encode(),
        "bad.txt: not valid UTF-8 at byte offset 6",
    ),
    (
        "page.html",
        b"<html><body><nav>menu</nav></body></html>",
        "page.html: HTML page with no visible text",
    ),
]


@pytest.mark.parametrize("name, data, line", BUILD_ERRORS, ids=[b[0] for b in BUILD_ERRORS])
def test_input_cli_build_nothing_readable(tmp_path, capsys, name, data, line):
    code, _, err = run(["build", _only(tmp_path, name, data), "--out", tmp_path / "out"], capsys)
    assert code == 1
    assert_one_line(err, line)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_input_cli_build_50_mb_file(tmp_path, capsys):
    folder = tmp_path / "src"
    folder.mkdir()
    with (folder / "dump.txt").open("wb") as handle:
        handle.truncate(50 * 2**20)  # a sparse file: the size check comes before reading
    code, _, err = run(["build", folder, "--out", tmp_path / "out"], capsys)
    assert code == 1
    assert_one_line(err, "dump.txt: file too large (50.0 MB; the limit is 20 MB per article)")


@pytest.mark.parametrize(
    "make, line",
    [
        (lambda tmp: tmp / "nowhere", "nowhere: no such file or folder"),
        (lambda tmp: tmp, "folder has no article files"),
    ],
)
def test_input_cli_build_wrong_path_and_empty_folder(tmp_path, capsys, make, line):
    code, _, err = run(["build", make(tmp_path), "--out", tmp_path / "out"], capsys)
    assert code == 1
    assert_one_line(err, line)


def test_input_cli_build_bad_file_among_good_ones_still_builds(tmp_path, capsys):
    folder = _only(tmp_path, "a.txt", EN_ARTICLE.encode())
    (folder / "b.txt").write_bytes(b"%PDF-1.4 binary")
    code, out, err = run(["build", folder, "--out", tmp_path / "out"], capsys)
    assert code == 0
    assert_one_line(err, "b.txt: binary file (PDF document), not text")
    assert out.startswith("2 files (2 new, 0 changed, 0 from the cache, 1 skipped) -> ")
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_input_cli_build_out_is_a_file(tmp_path, capsys):
    folder = _only(tmp_path, "a.txt", EN_ARTICLE.encode())
    (tmp_path / "taken").write_text("x")
    code, _, err = run(["build", folder, "--out", tmp_path / "taken"], capsys)
    assert code == 1
    assert_one_line(err, "taken")


def test_input_cli_real_process_prints_no_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "query", "no_such_query", "--graph", tmp_path / "g.ttl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_input_cli_build_reports_duplicates(tmp_path, capsys):
    folder = _only(tmp_path, "a.txt", EN_ARTICLE.encode("utf-8"))
    (folder / "b.txt").write_bytes(EN_ARTICLE.encode("utf-16"))
    code, out, err = run(["build", folder, "--out", tmp_path / "out", "--verbose"], capsys)
    assert code == 0 and err == ""
    assert "b.txt: same text as a.txt, counted once (both kept as sources)" in out.splitlines()
    assert out.splitlines()[-1].startswith(
        "2 files (2 new, 0 changed, 0 from the cache, 1 duplicates of another) -> "
    )
