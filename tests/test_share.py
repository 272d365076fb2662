"""Sharing a chapter or a section in one gesture: the markup in the build, the behaviour in Chromium
(Web Share API when the browser has it, otherwise the canonical address copied to the clipboard with
a visible and announced confirmation), plain links that load nothing until followed, axe."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from a11y import assert_no_axe_violations, use_palette
from conftest import PHONE, SITE_URL, page_path, plain, soup

CHAPTERS = [f"verite-{number}" for number in range(1, 6)]
SHARE_MOCK = """
window.__shared = [];
navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
"""


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_each_chapter_has_its_share_bar_and_section_buttons(site, language, chapter):
    document = soup(page_path(site, language, chapter))
    canonical = document.select_one('link[rel="canonical"]')["href"]
    bar = document.select_one("article h1 + .gd-sharebar")
    assert bar is not None and bar["data-gd-share-url"] == canonical
    # Shown by CSS where the head's script finds a way to share or copy (gd-can-share).
    assert bar.select_one("button.gd-sharebar__button") is not None
    assert "gd-can-share" in document.select_one("head").decode()
    targets = {}
    for link in bar.select("a.gd-sharebar__link"):
        address = urlsplit(link["href"])
        query = parse_qs(address.query)
        targets[address.netloc or address.scheme] = query
    assert targets["www.linkedin.com"]["url"] == [canonical]
    assert targets["twitter.com"]["url"] == [canonical]
    assert targets["www.facebook.com"]["u"] == [canonical]
    assert canonical in targets["mailto"]["body"][0]
    sections = document.select("article h2[id]")
    assert sections and all(h2.select_one("button.gd-sharebar__section") for h2 in sections)
    for h2 in sections:
        button = h2.select_one("button.gd-sharebar__section")
        assert button["data-gd-share-anchor"] == h2["id"]
        assert plain(h2.get_text(" ", strip=True).split("¶")[0].strip()) in plain(
            button["aria-label"]
        )
    assert document.select_one('script[src*="assets/share."]') is not None


@pytest.mark.parametrize("page", ["", "bilan", "glossaire"])
def test_other_pages_have_no_share_bar(site, page):
    document = soup(page_path(site, "fr", page))
    assert document.select_one(".gd-sharebar") is None
    assert document.select_one('script[src*="assets/share."]') is None


def test_without_the_share_api_the_address_is_copied_and_confirmed(server, context, page):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page.goto(f"{server}verite-3/")
    assert page.evaluate("() => 'share' in navigator") is False
    button = page.locator(".gd-sharebar__button")
    assert button.is_visible() and plain(button.inner_text()) == "Partager"
    button.click()
    status = page.locator(".gd-sharebar__status")
    expected = f"Adresse copiée dans le presse-papiers : {server}verite-3/"
    page.wait_for_function("() => document.querySelector('.gd-sharebar__status').textContent")
    assert plain(status.inner_text()) == expected
    assert plain(page.locator(".gd-sharebar__note").first.inner_text()) == expected
    assert page.evaluate("() => navigator.clipboard.readText()") == f"{server}verite-3/"
    section = page.locator("h2#v3-cinq-ans .gd-sharebar__section")
    section.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.gd-sharebar__status').textContent.includes('#v3-cinq-ans')"
    )
    assert page.evaluate("() => navigator.clipboard.readText()") == f"{server}verite-3/#v3-cinq-ans"
    assert page.problems == []


def test_with_the_share_api_it_is_called_with_the_canonical_address(server, context, page):
    context.add_init_script(SHARE_MOCK)
    page.goto(f"{server}en/verite-2/")
    page.locator(".gd-sharebar__button").click()
    page.locator("h2#v2-temps .gd-sharebar__section").click()
    shared = page.evaluate("() => window.__shared")
    assert shared[0]["url"] == f"{server}en/verite-2/"
    assert plain(shared[0]["title"]).startswith("Truth no. 2")
    assert shared[1]["url"] == f"{server}en/verite-2/#v2-temps"
    assert page.problems == []


def test_the_built_addresses_are_the_production_ones(site):
    bar = soup(page_path(site, "fr", "verite-1")).select_one(".gd-sharebar")
    assert bar["data-gd-share-url"] == f"{SITE_URL}verite-1/"


LAYOUT_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    window.__shifts.push([entry.value, entry.sources.some((source) => {
      const node = source.node;
      const element = node && (node.nodeType === 1 ? node : node.parentElement);
      return Boolean(element && element.closest("article"));
    })]);
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("share_api", [False, True])
def test_the_buttons_never_push_the_text_down_on_a_phone(server, browser, share_api):
    """Drawn from the first frame: no layout shift in the article when share.js runs."""
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        context.add_init_script(LAYOUT_SHIFTS + (SHARE_MOCK if share_api else ""))
        tab = context.new_page()
        errors = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(f"{server}verite-1/", wait_until="load")
        tab.wait_for_timeout(500)
        assert tab.locator(".gd-sharebar__button").is_visible()
        assert tab.locator("h2 .gd-sharebar__section").first.is_visible()
        shifts = tab.evaluate("window.__shifts")
        # Any shift of the article's text counts; Material's header (0.002) is not ours.
        assert sum(value for value, in_article in shifts if in_article) < 0.005, shifts
        assert errors == []
    finally:
        context.close()


def test_without_javascript_the_links_remain(server, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{server}verite-1/")
        assert tab.locator(".gd-sharebar__button").is_hidden()
        assert tab.locator("a.gd-sharebar__link").count() == 4
        assert tab.locator("a.gd-sharebar__link").first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_axe_violations(server, page, palette):
    page.goto(f"{server}verite-1/")
    use_palette(page, palette)
    assert_no_axe_violations(page, ".gd-sharebar", palette)
    assert_no_axe_violations(page, "h2#objectifs", palette)
