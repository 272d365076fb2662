"""The share bar is styled on every chapter page, also one without any quiz, checklist or worksheet:
its stylesheet belongs to the sharing feature (sharing/assets/share.css), not to the blocks'.

A guide made by `make new-guide` whose chapter lost its blocks is built and opened in Chromium.
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import threading

import pytest
from conftest import ROOT, _QuietHandler, _Server, run_build, soup

BLOCK = re.compile(r"(?ms)^/// (quiz|checklist|worksheet)\b.*?^///\s*$")


@pytest.fixture(scope="module")
def plain_chapter(tmp_path_factory):
    """(base URL, site) of a new guide whose chapter page has no block, served on 127.0.0.1."""
    project = tmp_path_factory.mktemp("plain") / "guide"
    command = [sys.executable, str(ROOT / "scaffold" / "new_guide.py"), "plain", "--dir"]
    subprocess.run([*command, str(project)], check=True, capture_output=True)
    for language in ("fr", "en"):
        page = project / "docs" / language / "chapitre-1.md"
        text = BLOCK.sub("", page.read_text(encoding="utf-8"))
        assert "///" not in text
        page.write_text(text, encoding="utf-8")
        # The results pages name the chapter's blocks: without them they keep only the reading.
        for name in ("bilan.md", "parcours.md"):
            results = project / "docs" / language / name
            kept = re.sub(r'<div data-gd-results="(chart|bands)"></div>', "", results.read_text())
            results.write_text(kept, encoding="utf-8")
    site = project / "site"
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = _Server(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    result = run_build(project, site, env={"SITE_URL": base})
    assert result.returncode == 0 and result.warnings == [], result.output
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, site
    httpd.shutdown()


def test_the_chapter_without_blocks_loads_the_share_bar_s_styles_only(plain_chapter):
    _, site = plain_chapter
    document = soup(site / "chapitre-1" / "index.html")
    assert document.select_one(".gd-sharebar") is not None
    assert document.select_one("[data-gd]") is None, "the chapter still has a block"
    sheets = [link["href"] for link in document.select('link[rel="stylesheet"]')]
    assert any(re.search(r"assets/share\.\w{8}\.min\.css$", href) for href in sheets)
    assert not any("components." in href for href in sheets)


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_share_bar_is_styled_without_blocks(plain_chapter, page, prefix):
    base, _ = plain_chapter
    page.goto(f"{base}{prefix}chapitre-1/")
    bar = page.locator(".gd-sharebar")
    style = bar.evaluate(
        "bar => { const s = getComputedStyle(bar); const b = bar.querySelector("
        "'.gd-sharebar__button'); const t = getComputedStyle(b);"
        " return {display: s.display, gap: s.columnGap, button: t.display,"
        " border: t.borderTopStyle, height: b.getBoundingClientRect().height} }"
    )
    assert style["display"] == "flex" and style["gap"] != "normal"
    # Shown (the browser can copy on 127.0.0.1; a flex item is blockified), outlined, tappable.
    assert style["button"] in ("flex", "inline-flex") and style["border"] == "solid"
    assert style["height"] >= 24  # WCAG 2.2 AA target size (2.5.8)
    status = page.locator(".gd-sharebar__status")
    assert status.evaluate("s => getComputedStyle(s).position") == "absolute"
    assert page.problems == []
