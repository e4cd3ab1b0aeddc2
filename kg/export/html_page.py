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
from importlib import resources
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
# vis-network as the pyvis package ships it (pyvis 0.3.2, vis-network 9.1.2): the page inlines
# that file, checked against this hash so that another pyvis cannot change the page unseen.
VIS_NETWORK = "templates/lib/vis-9.1.2/vis-network.min.js"
VIS_NETWORK_SHA256 = "1f20f0736f32cb9bedf8f6383b25cfea2f839e1abe80d6e8040b4d5bea378c69"

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


def vis_network() -> str:
    """The vis-network script pyvis ships (its pages load the same file), checked by hash."""
    data = (resources.files("pyvis") / VIS_NETWORK).read_bytes()
    if hashlib.sha256(data).hexdigest() != VIS_NETWORK_SHA256:
        raise UnsafeAsset(
            f"pyvis ships another {VIS_NETWORK} than the one graph.html was tested with "
            "(install the pinned pyvis==0.3.2)"
        )
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read in text mode


@cache
def _assets() -> dict[str, str]:
    assets = {
        "style": (TEMPLATES / "graph.css").read_text(encoding="utf-8"),
        "vendor": _SOURCE_MAP.sub("\n", vis_network()),
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
