"""The README stays true: its commands are the ones CI and the scripts run, its outputs are real."""

import importlib.util

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    assert commands == ["./scripts/build-seeds.sh", "./scripts/test.sh"]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert [
        line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))
    ] == ["./scripts/test.sh"]


def test_every_query_of_queries_is_in_the_readme_table():
    for path in (ROOT / "queries").glob("*.rq"):
        assert f"| `{path.stem}` |" in README, f"README's query table lacks {path.stem}"


def _refresher():
    spec = importlib.util.spec_from_file_location(
        "readme_queries", ROOT / "scripts" / "readme_queries.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_query_examples_print_what_the_readme_shows(seeds_build):
    refresher = _refresher()
    assert len(refresher.BLOCK.findall(README)) >= 3
    fresh = refresher.render(README, seeds_build[0] / "graph.ttl")
    assert fresh == README, "README's query outputs are stale: run python scripts/readme_queries.py"
