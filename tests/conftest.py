"""Shared fixtures: the real site built once per session, a static server, and Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socketserver
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
# The phone the layout tests use (390 × 844 CSS pixels).
PHONE = {"width": 390, "height": 844}
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
SITE_URL = "https://guide.coeursurparis.fr/"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str
    site: Path

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.output.splitlines() if line.startswith(("WARNING", "ERROR"))]


def run_build(project: Path, site: Path, *, strict: bool = True, env: dict | None = None):
    """Run `mkdocs build` on a project folder as a user would, and return its log.

    Never with -q: MkDocs 1.6 then drops warnings before --strict counts them (the build passes).
    """
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(site)]
    if strict:
        command.append("--strict")
    environment = {k: v for k, v in os.environ.items() if k != "SITE_URL"}  # the default address
    quiet = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}  # end-of-life banners
    environment.update({**quiet, **(env or {})})
    done = subprocess.run(
        command, cwd=project, env=environment, capture_output=True, text=True, timeout=300
    )
    return BuildResult(done.returncode, done.stdout + done.stderr, site)


def error_lines(output: str) -> list[str]:
    """A failed build's error lines, one per problem, without MkDocs' prefix (warnings left out)."""
    starts = ("ERROR", "docs/", "mkdocs.yml", "urls.yml")
    return [
        line.removeprefix("ERROR   -  ") for line in output.splitlines() if line.startswith(starts)
    ]


def copy_project(target: Path) -> Path:
    """Copy what a build needs (config, docs, hooks, overrides) to `target`, to edit pages."""
    for name in ("mkdocs.yml",):
        shutil.copy2(ROOT / name, target / name)
    for name in ("docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture(scope="session")
def build(tmp_path_factory) -> BuildResult:
    """The real site, built once with --strict; any warning fails every test that uses it."""
    site = tmp_path_factory.mktemp("site")
    result = run_build(ROOT, site)
    assert result.returncode == 0, result.output
    assert result.warnings == [], "\n".join(result.warnings)
    return result


@pytest.fixture(scope="session")
def site(build) -> Path:
    return build.site


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@functools.cache
def _soup(path: str) -> BeautifulSoup:
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def soup(path: Path) -> BeautifulSoup:
    """Parsed HTML of a built page (cached: treat as read-only)."""
    return _soup(str(path))


FEATURES = ROOT / "hooks" / "mkdocs_guide"


def page_script(html: Path) -> str:
    """The text of a built page's own script file (mkdocs_guide/assets.py: one per page, after
    Material's bundle), or "" when the page has none."""
    import re

    text = html.read_text(encoding="utf-8")
    for src in re.findall(r'<script src="([^"]*assets/([a-z-]+)\.\w{8}\.min\.js)"', text):
        if src[1] != "requests":
            return (html.parent / src[0]).resolve().read_text(encoding="utf-8")
    return ""


def minified(feature_asset: str) -> str:
    """A feature's script as the build serves it ("blocks/assets/components.js")."""
    import rjsmin

    return rjsmin.jsmin((FEATURES / feature_asset).read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """Built text with the build's typography undone (no-break spaces, curly marks), to compare
    it with the Markdown it comes from."""
    marks = {0xA0: " ", 0x202F: " ", 0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'}
    return text.translate(marks)


def page_path(site: Path, language: str, page: str) -> Path:
    """Built file of a page ('' for home, 'verite-1' ...) in a language."""
    prefix = site if language == DEFAULT_LANGUAGE else site / language
    return prefix / page / "index.html" if page else prefix / "index.html"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="session")
def served_site(tmp_path_factory) -> tuple[str, Path]:
    """A build whose site_url is its own local address, served on 127.0.0.1: (base URL, folder).

    Material's scripts (the language selector reads sitemap.xml) and the absolute hreflang links
    use site_url, so browser tests need a copy built for the address it is served from.
    """
    folder = tmp_path_factory.mktemp("served")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = _Server(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    result = run_build(ROOT, folder, env={"SITE_URL": base})
    assert result.returncode == 0 and result.warnings == [], result.output
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, folder
    httpd.shutdown()


@pytest.fixture(scope="session")
def server(served_site) -> str:
    """Base URL (ends with /) of the site built for and served on 127.0.0.1."""
    return served_site[0]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright (never `playwright install`: no downloads here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context()
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    """A fresh page; console errors and failed requests are collected on `page.problems`."""
    tab = context.new_page()
    tab.problems = []
    tab.on(
        "console",
        lambda msg: (
            tab.problems.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning")
            else None
        ),
    )
    tab.on("pageerror", lambda err: tab.problems.append(f"page error: {err}"))
    # A request the browser cancels because the page is left (net::ERR_ABORTED) is not a failure of
    # the site; a missing file shows as an HTTP error below, a blocked host as another net:: error.
    tab.on(
        "requestfailed",
        lambda req: (
            tab.problems.append(f"request failed: {req.url} ({req.failure})")
            if req.failure != "net::ERR_ABORTED"
            else None
        ),
    )
    tab.on(
        "response",
        lambda res: (
            tab.problems.append(f"HTTP {res.status}: {res.url}") if res.status >= 400 else None
        ),
    )
    return tab
