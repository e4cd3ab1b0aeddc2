"""Drive Debian's Chromium with Playwright, network blocked, for the HTML view's tests and benchmark.

Chromium comes from `scripts/install-test-deps.sh` (apt), never from
`playwright install`. Every request that is not a file:// URL is aborted and
recorded, so a page that tries to reach the network is caught.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class PageLog:
    """What a page did besides drawing: console errors, page errors, blocked requests, dialogs."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found: run scripts/install-test-deps.sh"
    return None


@contextmanager
def launch():
    """A headless Chromium browser (Playwright), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser, path: Path, width: int = 1400, height: int = 900):
    """Open `path` from file:// in a fresh page with the network blocked; returns (page, log)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    log = PageLog()
    page.on(
        "console", lambda msg: log.console_errors.append(msg.text) if msg.type == "error" else None
    )
    page.on("pageerror", lambda err: log.page_errors.append(str(err)))

    def on_dialog(dialog):
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def guard(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            log.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(Path(path).resolve().as_uri(), wait_until="load")
    page.wait_for_function("window.kgView && window.kgView.firstDraw !== null", timeout=60_000)
    return page, log
