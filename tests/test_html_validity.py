"""HTML validity gate: the Nu Html Checker (vnu-jar, Java 17) on every built page, zero errors.

It also checks every stylesheet and SVG file of the site (Material's, ours, the favicon).
"""

from __future__ import annotations

import json
import re
import subprocess

from conftest import ROOT, html_pages

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors we accept, each in Material's own markup that no override can reach, with why.
# Empty: Material's two known errors (`autocomplete` on the __drawer/__search checkboxes) are fixed
# at build time by hooks/valid_html.py, and the search dialog by overrides/partials/search.html.
ACCEPTED: tuple[tuple[re.Pattern[str], str], ...] = ()


def accepted(message: dict) -> bool:
    return any(pattern.search(message["message"]) for pattern, _why in ACCEPTED)


def run_vnu(site) -> list[dict]:
    """All of vnu's messages of type error on the site's HTML, CSS and SVG files."""
    command = ["java", "-jar", str(VNU), "--skip-non-html", "--also-check-css", "--also-check-svg"]
    command += ["--errors-only", "--format", "json"]
    done = subprocess.run(
        [*command, str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # vnu writes its JSON report on stderr and exits 1 when it found errors.
    report = json.loads(done.stderr or '{"messages": []}')
    return [m for m in report["messages"] if m["type"] in ("error", "non-document-error")]


def describe(message: dict, site) -> str:
    """`/en/verite-1/ line 12, col 5: message` then the offending source, on one screen."""
    path = message.get("url", "").removeprefix("file:").removeprefix(str(site))
    where = f"{path.removesuffix('index.html')} line {message.get('lastLine', '?')}"
    if "firstColumn" in message:
        where += f", col {message['firstColumn']}"
    extract = " ".join(message.get("extract", "").split())
    return f"{where}: {message['message']}\n    source: {extract}"


def test_vnu_checks_every_page(site):
    assert VNU.exists(), f"{VNU} is missing: run `npm ci` (make test does it)"
    assert len(html_pages(site)) > 2


def test_no_html_errors(site):
    errors = [m for m in run_vnu(site) if not accepted(m)]
    assert not errors, (
        f"The Nu Html Checker found {len(errors)} error(s); fix them in the page's Markdown, the"
        " overrides/ templates or the hook that wrote them:\n"
        + "\n".join(describe(m, site) for m in errors)
    )
