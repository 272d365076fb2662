"""The offline bundle (issue 6): `make offline` builds a zip that works from disk (file://) without
any network: navigation, language switch, search and the interactive parts, in Chromium."""

from __future__ import annotations

import os
import re
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT, html_pages, soup

FOLDER = "site-offline"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> tuple[Path, Path]:
    """(the zip made by `make offline`, the folder it unzips to)."""
    work = tmp_path_factory.mktemp("offline")
    archive = work / "site-offline.zip"
    environment = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "OFFLINE")}
    done = subprocess.run(
        [
            "make",
            "-s",
            "offline",
            f"OFFLINE_SITE={work / 'build' / FOLDER}",
            f"OFFLINE_ZIP={archive}",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert not re.search(r"^(WARNING|ERROR)", done.stdout + done.stderr, re.M), done.stderr
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(work / "unzipped")
    return archive, work / "unzipped" / FOLDER


def test_the_zip_holds_the_whole_guide_and_nothing_it_does_not_need(bundle):
    archive, _ = bundle
    names = zipfile.ZipFile(archive).namelist()
    assert all(name.startswith(f"{FOLDER}/") for name in names)
    for needed in ("index.html", "en/index.html", "verite-5.html", "en/verite-5.html", "1.html",
                   "search/search_index.fr.js", "search/search_index.en.js",
                   "assets/javascripts/iframe-worker.js"):  # fmt: skip
        assert f"{FOLDER}/{needed}" in names, needed
    unneeded = [n for n in names if n.endswith((".map", "404.html")) or "/assets/cards/" in n]
    unneeded += [n for n in names if n.endswith(("search_index.js", "search_index.json"))]
    assert unneeded == []
    assert archive.stat().st_size < 1024 * 1024


def test_every_link_and_asset_resolves_on_disk(bundle):
    """From file:// a link to a folder shows a directory listing: every link names its file."""
    _, site = bundle
    for path in html_pages(site):
        document = soup(path)
        for tag in document.select("[href], [src]"):
            url = tag.get("href") or tag.get("src")
            parts = urlsplit(url)
            if tag.name == "link" and "canonical" in tag.get("rel", []):
                continue  # the online address, on purpose
            if parts.scheme in ("http", "https"):
                assert tag.name == "a", f"{path}: {tag.name} loads {url} from the network"
                continue
            if parts.scheme in ("mailto", "data") or not parts.path:
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{path.relative_to(site)}: {url} is not a file"


def test_no_page_fetches_the_online_site(bundle):
    _, site = bundle
    for path in html_pages(site):
        assert not soup(path).select('link[rel="alternate"][hreflang]'), (
            path
        )  # see hooks/offline.py


def test_the_guide_works_from_disk(page, bundle):
    _, site = bundle
    off_disk, on_disk = [], []
    page.on("request", lambda request: on_disk.append(request.url))
    page.on(
        "request",
        lambda request: (
            off_disk.append(request.url)
            if not request.url.startswith(("file:", "data:", "blob:"))
            else None
        ),
    )
    home = (site / "index.html").as_uri()
    page.goto(home, wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == "fr"

    # Navigation: the footer's "next" link, then a truth from the home page's cards.
    page.click("a.md-footer__link--next")
    page.wait_for_url((site / "introduction.html").as_uri(), wait_until="networkidle")
    page.goto(home, wait_until="networkidle")
    page.locator('article a[href="verite-1.html"]').first.click()
    page.wait_for_url((site / "verite-1.html").as_uri(), wait_until="networkidle")

    # Interactive parts: a quiz question checked, the palette switched.
    question = page.locator("[data-gd=quiz] fieldset").first
    if question.count():
        question.locator("input").first.check()
        question.locator(".gd-quiz__check").click()
        page.wait_for_function(
            "q => q.querySelector('.gd-quiz__feedback').textContent.trim() !== ''",
            arg=question.element_handle(),
        )
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.click("form[data-gd-palette] label:visible")
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme

    # The language switch leads to the same page in English.
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_url((site / "en" / "verite-1.html").as_uri(), wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == "en"

    # Search, from the file system (this language's index and the vendored iframe-worker),
    # loaded only once the search is opened.
    assert not any("search_index" in url for url in on_disk)
    page.click("input[data-md-component=search-query]")
    page.keyboard.type("intern")
    result = page.locator(".md-search-result__item a[href*='verite-2.html']").first
    result.wait_for()
    result.click()
    page.wait_for_url(
        re.compile(re.escape((site / "en" / "verite-2.html").as_uri())), wait_until="networkidle"
    )

    # This language's index only (a result's page loads it again, for its highlight: ?h=).
    assert {url for url in on_disk if "search_index" in url} == {
        (site / "search" / "search_index.en.js").as_uri()
    }
    assert off_disk == []
    assert page.problems == []


def test_worksheets_and_the_team_view_work_from_disk(page, bundle, tmp_path):
    _, site = bundle
    page.goto((site / "verite-2.html").as_uri() + "#v2-fiche", wait_until="networkidle")
    for field, value in (
        ("heures-creation", "2"),
        ("heures-publication", "1"),
        ("heures-promotion", "1"),
    ):
        page.fill(f"#gd-worksheet-verite-2-v2-{field}", value)
    page.fill("#gd-worksheet-verite-2-v2-cout-horaire", "30")
    page.fill("#gd-worksheet-verite-2-v2-promotion-mensuelle", "0")
    value = page.locator('[data-gd-result="v2-cout-mensuel"] .gd-worksheet__value').inner_text()
    assert value.replace("\u202f", " ").replace("\u00a0", " ") == "520,00 €"
    page.goto((site / "bilan.html").as_uri(), wait_until="networkidle")
    page.fill("#gd-results-name", "Hors ligne")
    with page.expect_download() as download:
        page.click("[data-gd-action=export-json]")
    export = tmp_path / "hors-ligne.json"
    download.value.save_as(export)
    page.goto((site / "equipe.html").as_uri(), wait_until="networkidle")
    page.set_input_files("#gd-team-import", str(export))
    row = page.locator(".gd-team__table tbody tr").first
    row.wait_for()
    assert row.locator("th").inner_text() == "Hors ligne"
    assert page.problems == []
