"""Accessibility gate: axe-core's WCAG 2.2 A/AA rules on every built page, fr and en, both palettes,
untouched and with every quiz or checklist answered, plus the interface states a reader opens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from a11y import ANSWERABLE, answer_everything, axe_violations, format_violations, use_palette
from conftest import ROOT, html_pages, soup

PALETTES = ("light", "dark")
MATERIAL_TEMPLATES = Path(__import__("material").__file__).parent / "templates"


def page_url(server: str, site: Path, path: Path) -> str:
    """The address a reader uses for a built file (`verite-1/index.html` -> `.../verite-1/`)."""
    relative = path.relative_to(site).as_posix()
    return server + relative.removesuffix("index.html")


def is_redirect(path: Path) -> bool:
    """A page that only sends the reader elsewhere (former and short addresses)."""
    return soup(path).find("meta", attrs={"http-equiv": "refresh"}) is not None


def guide_pages(site: Path) -> list[Path]:
    return [path for path in html_pages(site) if not is_redirect(path)]


def test_every_language_is_checked(site):
    pages = guide_pages(site)
    assert site / "index.html" in pages and site / "en" / "index.html" in pages


@pytest.mark.parametrize("palette", PALETTES)
def test_no_axe_violations_on_any_page(site, server, page, palette):
    """Every page as it loads, then again after answering whatever it asks (quizzes, checklists)."""
    reports = []
    for path in guide_pages(site):
        url = page_url(server, site, path)
        page.goto(url)
        use_palette(page, palette)
        if violations := axe_violations(page):
            reports.append(format_violations(f"{url} ({palette} palette)", violations))
        if answer_everything(page) and (violations := axe_violations(page)):
            reports.append(format_violations(f"{url} ({palette} palette, answered)", violations))
    assert not reports, "axe-core found WCAG 2.2 A/AA violations:\n" + "\n".join(reports)


def test_no_axe_violations_once_every_quiz_and_checklist_is_answered(site, server, page):
    """Every page on a later visit, in both palettes, after a reader answered everything in the
    guide: restored answers, progress on the home page's cards, the filled-in results page."""
    pages = guide_pages(site)
    for path in pages:
        page.goto(page_url(server, site, path))
        answer_everything(page, ANSWERABLE)
    reports = []
    for path in pages:
        url = page_url(server, site, path)
        page.goto(url)
        for palette in PALETTES:
            use_palette(page, palette)
            if violations := axe_violations(page):
                where = f"{url} ({palette} palette, return visit)"
                reports.append(format_violations(where, violations))
    assert not reports, "axe-core found WCAG 2.2 A/AA violations:\n" + "\n".join(reports)


_LEAVING = re.compile(r'<meta http-equiv="refresh"[^>]*>|<script>.*?</script>', re.S)


def _stay_on_documents(route):
    """Serve HTML documents without their meta refresh and inline scripts."""
    if route.request.resource_type != "document":
        return route.continue_()
    response = route.fetch()
    return route.fulfill(response=response, body=_LEAVING.sub("", response.text()))


def test_no_axe_violations_on_redirect_pages(site, server, page):
    """A redirect page as seen by a reader whose browser neither refreshes nor runs scripts."""
    redirects = [path for path in html_pages(site) if is_redirect(path)]
    page.route("**/*", _stay_on_documents)
    reports = []
    for path in redirects:
        url = page_url(server, site, path)
        page.goto(url)
        assert page.url == url, f"{url} still left for {page.url}"
        if violations := axe_violations(page):
            reports.append(format_violations(f"{url} (redirect page)", violations))
    assert not reports, "axe-core found WCAG 2.2 A/AA violations:\n" + "\n".join(reports)


def _open_search(page):
    page.keyboard.press("s")  # Material's shortcut, on every viewport
    page.locator(".md-search__input").fill("marque")
    page.locator(".md-search-result__meta").wait_for()


def _open_drawer(page):
    page.set_viewport_size({"width": 375, "height": 740})
    page.locator("label.md-header__button[for=__drawer]").click()


def _open_language_menu(page):
    page.locator(".md-select > button").focus()


STATES = {"search": _open_search, "drawer": _open_drawer, "language menu": _open_language_menu}


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("address", ["", "verite-1/", "en/", "en/verite-1/"])
def test_no_axe_violations_in_opened_interface(server, page, address, state, palette):
    """Search results, the mobile drawer and the language menu, opened as a reader does."""
    page.set_default_timeout(5000)
    page.goto(server + address)
    use_palette(page, palette)
    STATES[state](page)
    violations = axe_violations(page)
    assert not violations, "\n" + format_violations(f"{page.url} ({palette}, {state})", violations)


def test_palette_override_follows_material():
    """overrides/partials/palette.html is Material's own partial, minus its bundle component."""
    ours = (ROOT / "hooks/mkdocs_guide/theme/partials/palette.html").read_text(encoding="utf-8")
    theirs = (MATERIAL_TEMPLATES / "partials/palette.html").read_text(encoding="utf-8")
    body = ours.split("-#}\n", 1)[1].replace("data-gd-palette", 'data-md-component="palette"', 1)
    assert body == theirs.split("-#}\n", 1)[1], (
        "Material's partials/palette.html changed: copy it again to"
        " hooks/mkdocs_guide/theme/partials/, with"
        " data-gd-palette in place of its data-md-component, and check"
        " theme/partials/javascripts/palette.html against its palette component"
    )


def test_search_override_follows_material():
    """overrides/partials/search.html is Material's own partial plus the dialog's aria-label."""
    ours = (ROOT / "hooks/mkdocs_guide/search/partials/search.html").read_text(encoding="utf-8")
    theirs = (MATERIAL_TEMPLATES / "partials/search.html").read_text(encoding="utf-8")
    label = " aria-label=\"{{ lang.t('search') }}\""
    assert label in ours
    body = ours.replace(label, "", 1).split("-#}\n", 1)[1]
    assert body == theirs.split("-#}\n", 1)[1], (
        "Material's partials/search.html changed: copy it again to"
        " hooks/mkdocs_guide/search/partials/ and re-add"
        " the dialog's aria-label"
    )
