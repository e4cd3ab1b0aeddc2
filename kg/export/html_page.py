"""Assemble the self-contained HTML page from its template, assets and data.

The page carries everything inline (the vendored vis-network, its own CSS and
JS, and the graph as JSON), so it opens from file:// with no network. Text from
articles only ever enters the page inside the JSON block, where `<`, `>`, `&`
and the JavaScript line separators are escaped as \\uXXXX, so no name or quote
can close the block or be parsed as HTML; the page script then puts strings
into the DOM with textContent. A Content-Security-Policy allows exactly the
page's own scripts (by hash) and no requests at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")


class UnsafeAsset(ValueError):
    """A bundled asset contains text that would end its inline <script>/<style> element."""


def json_for_html(data: object) -> str:
    """`data` as deterministic JSON that is safe inside a <script type="application/json"> element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def load_styles() -> dict:
    """The node kinds and link relations of the page: label, colour and shape of each."""
    return json.loads((TEMPLATES / "styles.json").read_text(encoding="utf-8"))


@cache
def _assets() -> dict[str, str]:
    assets = {
        "style": (TEMPLATES / "graph.css").read_text(encoding="utf-8"),
        "vendor": _SOURCE_MAP.sub(
            "\n", (STATIC / "vis-network.min.js").read_text(encoding="utf-8")
        ),
        "app": (TEMPLATES / "graph.js").read_text(encoding="utf-8"),
    }
    for name, text in assets.items():
        check_inline(name, text)
    return assets


def check_inline(name: str, text: str) -> None:
    """Raise UnsafeAsset when `text` could end or confuse the inline element it is put in."""
    if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
        raise UnsafeAsset(f"{name} asset would end its inline element early")


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def _csp(assets: dict[str, str]) -> str:
    scripts = " ".join(_sha256(assets[name]) for name in ("vendor", "app"))
    return (
        "default-src 'none'; "
        f"script-src {scripts}; "
        f"style-src {_sha256(assets['style'])}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_page(data: dict) -> str:
    """The complete HTML page drawing `data` (the JSON-ready view of a graph)."""
    assets = _assets()
    template = Template((TEMPLATES / "graph.html").read_text(encoding="utf-8"))
    return template.substitute(csp=_csp(assets), data=json_for_html(data), **assets)
