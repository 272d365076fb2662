"""The guide in a real Chromium: language switch, search, palette memory, print (issue 2)."""

from __future__ import annotations

import functools
import threading

import pytest
from conftest import _QuietHandler, _Server
from playwright.sync_api import TimeoutError as PlaywrightTimeout


def test_language_switch_leads_to_the_same_page_and_back(page, server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server + "verite-3/", wait_until="networkidle")
    # Material's selector would fetch sitemap.xml beside each hreflang URL: requests.js drops them.
    assert not [url for url in requested if url.endswith("sitemap.xml")]
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="en"]')
    page.wait_for_url(server + "en/verite-3/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.wait_for_load_state("networkidle")
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="fr"]')
    page.wait_for_url(server + "verite-3/")
    assert page.problems == []


def test_language_switch_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "en/verite-3/")
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="fr"]')
    page.wait_for_url(server + "verite-3/")
    assert page.locator("html").get_attribute("lang") == "fr"
    context.close()


@pytest.fixture(scope="module")
def production_build_on_localhost(site):
    """The default build (site_url: the production address) served from 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.mark.parametrize("path", ["", "verite-1/", "en/bilan/", "en/parcours/"])
def test_no_request_leaves_a_copy_served_from_another_address(
    page, production_build_on_localhost, path
):
    base = production_build_on_localhost
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base + path, wait_until="networkidle")
    assert [url for url in requested if not url.startswith(base)] == []
    page.hover(".md-select")
    language = page.locator("html").get_attribute("lang")
    page.click(f".md-select__link:not([lang={language}])")
    page.wait_for_load_state("networkidle")
    assert page.url.removeprefix(base).removeprefix("en/") == path.removeprefix("en/")
    assert [url for url in requested if not url.startswith(base)] == []
    assert page.problems == []


SEARCH_FILES = ("search_index", "workers/search", "lunr")


@pytest.mark.parametrize(
    ("path", "language", "query", "expected"),
    [("verite-1/", "fr", "stagiaire", "/verite-2/"), ("en/", "en", "intern", "/en/verite-2/")],
)
def test_search_loads_its_own_language_index_only_once_opened(
    page, server, path, language, query, expected
):
    """No index, worker or lunr request at load; the `/` shortcut opens the search and loads
    this language's index only (hooks/search_index.py, overrides/assets/requests.js)."""
    requested = []
    page.on("request", lambda request: requested.append(request.url.removeprefix(server)))
    page.goto(server + path, wait_until="networkidle")
    page.wait_for_timeout(500)
    assert [url for url in requested if any(name in url for name in SEARCH_FILES)] == []
    with page.expect_request(f"**/search/search_index.{language}.json"):
        page.keyboard.press("/")
    page.keyboard.type(query)
    page.locator(f".md-search-result__item a[href*='{expected}']").first.wait_for()
    indexes = [url for url in requested if "search_index" in url]
    assert indexes == [f"search/search_index.{language}.json"]
    assert page.problems == []


def search(page, query: str) -> list[str]:
    """Type a query in Material's search box (as a reader does) and return the result links."""
    box = page.locator("input[data-md-component=search-query]")
    results = page.locator(".md-search-result__item > a")
    for _ in range(10):  # the search worker may still be loading its index: type again
        box.fill("")
        # The previous query's results must be gone before this one's are read.
        page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
        box.click()
        page.keyboard.type(query)
        try:
            results.first.wait_for(timeout=2000)
            break
        except PlaywrightTimeout:
            continue
    return page.eval_on_selector_all(
        ".md-search-result__item > a", "links => links.map(a => a.getAttribute('href'))"
    )


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [("verite-1/", "stagiaire", "/verite-2/"), ("en/verite-1/", "intern", "/en/verite-2/")],
)
def test_search_finds_pages_in_each_language(page, server, path, query, expected):
    page.goto(server + path)
    hrefs = search(page, query)
    assert any(expected in href for href in hrefs), hrefs
    assert page.problems == []


def test_french_search_splits_elisions_and_matches_prefixes(page, server):
    """« l’engagement » (the build's typographic apostrophe) is indexed as « engagement »;
    « improvis » finds « improvisation »."""
    page.goto(server)
    html = page.request.get(server + "verite-1/").text()
    assert "l’engagement" in html
    assert any("verite-1/" in href for href in search(page, "étrange"))
    assert any("verite-1/" in href for href in search(page, "engagement"))
    assert any("verite-1/" in href for href in search(page, "improvis"))


def test_dark_palette_is_remembered_across_pages(page, server):
    page.goto(server)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.click("form[data-gd-palette] label:visible")
    changed = page.locator("body").get_attribute("data-md-color-scheme")
    assert changed != scheme
    page.goto(server + "verite-4/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == changed


def test_print_hides_navigation_and_keeps_the_text(page, server):
    page.goto(server + "verite-2/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator("article h1").is_visible()
    assert page.locator("#passer-a-l-action").is_visible()
