"""`kg build` end to end on the seeds: summaries, exit status, determinism, committed exports."""

import os
import subprocess
import sys

from kg.cli import main
from rdflib import RDF, Graph
from tests.conftest import ROOT, SEEDS


def run_kg(*args, env=None, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_build_verbose_prints_one_line_per_article_and_the_graphs_distinct_nodes(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert [line.split(":")[0] for line in out[: len(seeds)]] == seeds
    assert all("persons" in line and "events" in line for line in out[: len(seeds)])
    # the closing line counts the graph's distinct nodes, not the sum of the articles' mentions
    from rdflib.namespace import ORG, SDO  # not at module level: pytest would probe it

    graph = Graph().parse(tmp_path / "graph.ttl")
    persons = len(set(graph.subjects(RDF.type, SDO.Person)))
    orgs = len(set(graph.subjects(RDF.type, ORG.Organization)))
    assert out[-1].startswith(
        f"{len(seeds)} files ({len(seeds)} new, 0 changed, 0 from the cache) -> {persons} persons, "
        f"{orgs} organisations, "
    )
    assert main(["build", str(SEEDS), "--out", str(tmp_path)]) == 0
    again = capsys.readouterr().out.splitlines()
    assert len(again) == 1 and again[0].startswith(
        f"{len(seeds)} files (0 new, 0 changed, {len(seeds)} from the cache) -> {persons} persons"
    )
    assert (tmp_path / "graph.ttl").stat().st_size > 0 and (
        tmp_path / "graph.html"
    ).stat().st_size > 0


def test_build_timings_name_each_phase_on_stderr(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--timings"]) == 0
    captured = capsys.readouterr()
    phases = [line.split(": ")[1] for line in captured.err.splitlines() if line.endswith(" s")]
    assert phases == [
        "read and extract",
        "resolve identities",
        "merge",
        "write joining nodes",
        "update cache",
        "write store",
        "write outputs",
    ]
    assert "read and extract" not in captured.out
    assert main(["build", str(SEEDS), "--out", str(tmp_path)]) == 0
    assert " s\n" not in capsys.readouterr().err


def test_two_builds_in_separate_processes_give_identical_bytes(tmp_path):
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        result = run_kg("build", SEEDS, "--out", out, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outs.append(out)
    for name in sorted(p.name for p in outs[0].iterdir() if p.is_file()):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), (
            f"{name} differs between builds"
        )


def test_committed_exports_are_the_build_of_the_seeds(seeds_build):
    out, _ = seeds_build
    for path in sorted(out.iterdir()):
        if path.is_file() and path.name.startswith("graph."):
            committed = ROOT / "exports" / path.name
            assert committed.exists(), (
                f"exports/{path.name} is missing: run ./scripts/build-seeds.sh"
            )
            assert committed.read_bytes() == path.read_bytes(), (
                f"exports/{path.name} is stale: run ./scripts/build-seeds.sh and commit exports/"
            )


def test_one_bad_file_is_reported_and_the_rest_still_build(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_bytes(
        (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_bytes()
    )
    (src / "b.txt").write_bytes(b"")
    result = run_kg("build", src, "--out", tmp_path / "out")
    assert result.returncode == 0
    assert "b.txt" in result.stderr and "empty" in result.stderr
    assert result.stdout.startswith("2 files (2 new, 0 changed, 0 from the cache, 1 skipped)")


def test_nothing_buildable_exits_non_zero(tmp_path):
    (tmp_path / "only.txt").write_bytes(b"")
    result = run_kg("build", tmp_path / "only.txt", "--out", tmp_path / "out")
    assert result.returncode != 0
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_the_closing_line_tells_new_changed_and_cached_articles_apart(tmp_path, capsys):
    import shutil

    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    capsys.readouterr()
    first = sorted(src.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    (src / "new.txt").write_text(
        (src / sorted(p.name for p in SEEDS.glob("*.txt"))[1])
        .read_text(encoding="utf-8")
        .replace("2022", "2023")
        + "\nA new closing line.\n",
        encoding="utf-8",
    )
    assert main(["build", str(src), "--out", str(out), "--no-html"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    seeds = len(list(SEEDS.glob("*.txt")))
    assert line.startswith(f"{seeds + 1} files (1 new, 1 changed, {seeds - 1} from the cache) -> ")


def test_articles_read_again_with_the_same_text_are_not_changed(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--no-html"]) == 0
    capsys.readouterr()
    assert main(["build", str(SEEDS), "--out", str(out), "--no-html", "--no-cache"]) == 0
    seeds = len(list(SEEDS.glob("*.txt")))
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith(
        f"{seeds} files (0 new, 0 changed, {seeds} read again, same text, 0 from"
    )
