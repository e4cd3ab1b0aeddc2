"""docs/readme-queries.md shows the real output of its queries on the seeds (refresh: scripts/readme_queries.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("readme_queries", ROOT / "scripts" / "readme_queries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_readme_queries_show_real_output(tmp_path):
    script = _script()
    text = script.TARGET.read_text(encoding="utf-8")
    assert text.count("$ kg query") == 3
    fresh = script.render(text, script.build_seeds(tmp_path))
    assert fresh == text, "docs/readme-queries.md is stale: run python scripts/readme_queries.py"
