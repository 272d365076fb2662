"""deploy/nginx.conf serving a real build with Debian's nginx on 127.0.0.1 (issue 6): pages, short
links, redirects, gzip, caching, security headers, the 404 page of each language, and a Chromium
that sees no CSP violation and no failed request."""

from __future__ import annotations

import gzip
import http.client
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import LANGUAGES, ROOT, run_build

sys.path.insert(0, str(ROOT / "deploy"))
import csp  # noqa: E402

CONF = ROOT / "deploy" / "nginx.conf"
LISTEN = "listen 127.0.0.1:8080;"
CONTRACT = yaml.safe_load((ROOT / "urls.yml").read_text(encoding="utf-8"))
PAGES = [entry[language] for entry in CONTRACT["pages"] for language in LANGUAGES]
LEADS_TO = {**CONTRACT["short_links"], **CONTRACT["redirects"]}
YEAR = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300"
# Collects Content-Security-Policy violations before any script of the page runs.
CSP_LISTENER = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = `${e.sourceFile}:${e.lineNumber}`;
  window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${where})`);
});
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _nginx(prefix: Path, *extra: str) -> None:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    command = [binary, "-p", str(prefix), "-c", "nginx.conf", "-e", str(prefix / "error.log")]
    subprocess.run([*command, *extra], check=True, capture_output=True, timeout=30)


@pytest.fixture(scope="module")
def nginx():
    """(base URL, prefix folder): the site built for its address, served by deploy/nginx.conf."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    # nginx's workers run as `nobody`: everything they serve must be world-readable.
    prefix = Path(tempfile.mkdtemp(prefix="gd-nginx-"))
    prefix.chmod(0o755)
    result = run_build(ROOT, prefix / "site", env={"SITE_URL": base})
    assert result.returncode == 0 and result.warnings == [], result.output
    conf = CONF.read_text(encoding="utf-8")
    assert conf.count(LISTEN) == 1, f"{CONF} must listen once on {LISTEN!r}"
    (prefix / "nginx.conf").write_text(conf.replace(LISTEN, f"listen 127.0.0.1:{port};"))
    for path in prefix.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    _nginx(prefix)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base, prefix
    finally:
        _nginx(prefix, "-s", "quit")
        for _ in range(100):
            if not (prefix / "nginx.pid").exists():
                break
            time.sleep(0.05)
        shutil.rmtree(prefix, ignore_errors=True)


def fetch(base: str, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    """One GET, redirects not followed: (status, headers with lower-case names, body)."""
    host = base.split("//", 1)[1].rstrip("/")
    connection = http.client.HTTPConnection(host, timeout=10)
    try:
        connection.request("GET", "/" + path, headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def html_lang(body: bytes) -> str:
    return BeautifulSoup(body, "html.parser").html["lang"]


def test_every_page_short_link_and_redirect_is_served(nginx):
    base, _ = nginx
    for path in [*PAGES, *LEADS_TO]:
        status, headers, _ = fetch(base, path)
        assert status == 200, path
        assert headers["content-type"] == "text/html; charset=utf-8", path


def test_a_folder_without_its_slash_is_redirected_relatively(nginx):
    base, _ = nginx
    for path in ("verite-1", "en/verite-1", "1", "en/about"):
        status, headers, _ = fetch(base, path)
        assert (status, headers["location"]) == (301, f"/{path}/")


@pytest.mark.parametrize(
    ("path", "compressed"),
    [
        ("", True),
        ("en/verite-2/", True),
        ("assets/guide.css", True),
        ("search/search_index.fr.json", True),
        ("sitemap.xml", True),
        ("assets/cards/fr/verite-1.png", False),  # already compressed
    ],
)
def test_text_is_gzipped(nginx, path, compressed):
    base, _ = nginx
    status, headers, body = fetch(base, path, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert (headers.get("content-encoding") == "gzip") is compressed
    if compressed:
        assert "Accept-Encoding" in headers["vary"]
        gzip.decompress(body)


def test_fingerprinted_assets_are_cached_for_a_year_and_the_rest_briefly(nginx):
    base, prefix = nginx
    fingerprinted = sorted(
        path.relative_to(prefix / "site").as_posix()
        for path in (prefix / "site" / "assets").rglob("*.min.*")
        if re.search(r"\.[0-9a-f]{8}\.min\.(js|css)$", path.name)
    )
    assert any("bundle." in path for path in fingerprinted), fingerprinted
    for own in ("guide", "components", "results", "requests"):  # hooks/assets.py
        assert any(path.startswith(f"assets/{own}.") for path in fingerprinted), own
    for path in fingerprinted:
        assert fetch(base, path)[1]["cache-control"] == YEAR, path
    for path in ("", "en/verite-3/", "1/", "assets/guide.css", "assets/cards/en/index.png"):
        assert fetch(base, path)[1]["cache-control"] == SHORT, path


@pytest.mark.parametrize("path", ["", "verite-1/", "assets/guide.css", "nowhere/", "en/nowhere"])
def test_security_headers_on_every_response(nginx, path):
    base, _ = nginx
    _, headers, _ = fetch(base, path)
    policy = headers["content-security-policy"]
    directives = dict(
        (part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip()
    )
    assert directives["default-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src" if "object-src" in directives else "default-src"] == ["'none'"]
    for values in directives.values():
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:"} & set(values) or (
            values == ["'self'", "data:"]  # img-src only: Material's CSS icons are data: SVGs
        ), policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert "server" not in headers or headers["server"] == "nginx"  # no version


def test_the_policy_allows_exactly_the_inline_scripts_of_the_build(nginx):
    _, prefix = nginx
    needed = csp.inline_script_hashes(prefix / "site")
    configured = csp.configured_hashes(CONF.read_text(encoding="utf-8"))
    hint = f"run: python deploy/csp.py {prefix / 'site'} --update"
    assert needed - configured == set(), f"inline scripts the policy blocks; {hint}"
    assert configured - needed == set(), f"hashes no page needs any more; {hint}"


@pytest.mark.parametrize(
    ("path", "language"),
    [("nowhere/", "fr"), ("verite-9/", "fr"), ("en/nowhere/", "en"), ("en/verite-1/x", "en")],
)
def test_each_language_has_its_404_page(nginx, path, language):
    base, _ = nginx
    status, headers, body = fetch(base, path)
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert html_lang(body) == language


def _visit(page, url: str) -> list[str]:
    page.goto(url, wait_until="networkidle")
    return page.evaluate("window.__csp")


def test_chromium_sees_no_csp_violation_and_no_failed_request(page, nginx):
    base, _ = nginx
    page.add_init_script(CSP_LISTENER)
    violations = []
    for path in [*PAGES, *LEADS_TO]:
        violations += _visit(page, base + path)
    # Interactive parts under the policy: search (web worker, index), palette, quiz, switcher.
    violations += _visit(page, base)  # a French page: each language searches its own pages
    page.click("input[data-md-component=search-query]")
    page.keyboard.type("stratégie")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    page.click("form[data-gd-palette] label:visible")
    violations += _visit(page, base + "verite-1/")
    quiz = page.locator("[data-gd=quiz] fieldset").first
    if quiz.count():
        quiz.locator("input").first.check()
        quiz.locator(".gd-quiz__check").click()
        page.wait_for_function(
            "q => q.querySelector('.gd-quiz__feedback').textContent.trim() !== ''",
            arg=quiz.element_handle(),
        )
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_url(base + "en/verite-1/", wait_until="networkidle")
    violations += page.evaluate("window.__csp")
    assert violations == []
    assert page.problems == []


@pytest.mark.parametrize("path", ["nowhere/", "en/deep/nowhere/"])
def test_404_pages_load_their_assets_under_the_policy(page, nginx, path):
    base, _ = nginx
    page.add_init_script(CSP_LISTENER)
    assert _visit(page, base + path) == []
    # The page itself is a 404 (Chromium also logs it to the console); nothing else may fail.
    http_errors = [problem for problem in page.problems if problem.startswith("HTTP ")]
    assert http_errors == [f"HTTP 404: {base}{path}"]
    others = [p for p in page.problems if not p.startswith("HTTP ") and "status of 404" not in p]
    assert others == []
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"
