"""The README stays true: its commands are the ones CI and the scripts run, its outputs are real."""
import contextlib
import io
import re
import shlex

from kg.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()]
    assert commands == ["./scripts/build-seeds.sh", "./scripts/test.sh"]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == [
        "./scripts/test.sh"]


def test_every_query_of_queries_is_in_the_readme_table():
    for path in (ROOT / "queries").glob("*.rq"):
        assert f"| `{path.stem}` |" in README, f"README's query table lacks {path.stem}"


def test_readme_query_examples_print_what_the_readme_shows(seeds_build):
    out_dir, _ = seeds_build
    examples = re.findall(r"```text\n\$ (kg query .*?)\n(.*?)\n```", README, flags=re.DOTALL)
    assert len(examples) >= 3
    for command, shown in examples:
        args = shlex.split(command)[1:]
        args[args.index("--graph") + 1] = str(out_dir / "graph.ttl")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            assert main(args) == 0
        assert buf.getvalue().rstrip() == shown, f"README output of `{command}` is not what it prints"
