"""The light/dark toggle in Chromium (overrides/partials/palette.html and javascripts/palette.html).

Material's bundle component, which restyled the whole page twice at every load, is replaced by
one inline script run while the header is parsed: the same choices (system preference, saved
choice in Material's own storage entry and format, toggle, Enter), without the restyles.
"""

from __future__ import annotations

import json

import pytest
from a11y import SCHEMES, current_scheme
from test_quiz_browser import BLOCKED_STORAGE

PAGE = "verite-1/"
# Every change of a palette attribute on <body>, from the first parsed byte on.
WATCH = """
window.__paletteChanges = [];
new MutationObserver((records) => {
  for (const record of records)
    if (record.target === document.body && record.attributeName.startsWith("data-md-color-"))
      window.__paletteChanges.push([record.attributeName, document.readyState]);
}).observe(document, {attributes: true, subtree: true});
"""


def changes(page) -> list[list[str]]:
    return page.evaluate("window.__paletteChanges")


def saved(page):
    return json.loads(
        page.evaluate(
            "() => Object.keys(localStorage).filter((k) => k.endsWith('.__palette'))"
            ".map((k) => localStorage.getItem(k))[0] || 'null'"
        )
    )


def toggle(page):
    return page.locator("form[data-gd-palette] label:visible")


@pytest.mark.parametrize("system", ["light", "dark"])
def test_first_visit_follows_the_system_while_parsing(server, page, system):
    page.emulate_media(color_scheme=system)
    page.add_init_script(WATCH)
    page.goto(server + PAGE)
    page.wait_for_load_state("load")
    assert current_scheme(page) == SCHEMES[system]
    # Set while the document was parsed, never after (no restyle of a rendered page), and
    # never Material's "switching" state.
    assert changes(page), "the palette script did not run"
    assert {state for _name, state in changes(page)} == {"loading"}, changes(page)
    assert "data-md-color-switching" not in {name for name, _state in changes(page)}
    assert saved(page) is None  # nothing stored before the reader chooses
    # One toggle shown, the one that leads to the other scheme; its input is the checked one.
    assert toggle(page).count() == 1
    other = "dark" if system == "light" else "light"
    assert page.locator("form[data-gd-palette] input:checked").count() == 1
    toggle(page).click()
    assert current_scheme(page) == SCHEMES[other]
    assert not page.problems, page.problems


def test_the_choice_is_saved_and_wins_over_the_system(server, page):
    page.emulate_media(color_scheme="light")
    page.goto(server + PAGE)
    toggle(page).click()
    assert current_scheme(page) == SCHEMES["dark"]
    assert saved(page)["color"]["scheme"] == SCHEMES["dark"]
    # Material's format: {index, color: {media, scheme, primary, accent}}.
    assert set(saved(page)) == {"index", "color"}
    assert set(saved(page)["color"]) == {"media", "scheme", "primary", "accent"}
    page.emulate_media(color_scheme="light")
    assert current_scheme(page) == SCHEMES["dark"]
    # The next page opens in the chosen scheme while it is parsed.
    page.add_init_script(WATCH)
    page.goto(server + "verite-2/")
    assert current_scheme(page) == SCHEMES["dark"]
    assert {state for _name, state in changes(page)} == {"loading"}


def test_without_a_choice_the_system_is_followed_live(server, page):
    page.emulate_media(color_scheme="light")
    page.goto(server + PAGE)
    assert current_scheme(page) == SCHEMES["light"]
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    assert saved(page) is None


def test_keyboard_enter_switches(server, page):
    page.emulate_media(color_scheme="light")
    page.goto(server + PAGE)
    page.focus("form[data-gd-palette] input:checked")
    page.keyboard.press("Enter")
    assert current_scheme(page) == SCHEMES["dark"]
    focused = page.evaluate("document.activeElement.id")
    assert focused == page.locator("form[data-gd-palette] input:checked").get_attribute("id")
    page.keyboard.press("Enter")
    assert current_scheme(page) == SCHEMES["light"]


def test_the_bundle_no_longer_mounts_a_palette(site):
    html = (site / "verite-1" / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="palette"' not in html
    assert html.count("data-gd-palette") == 2  # the form, and the script that finds it


def test_with_storage_blocked_the_toggle_still_works(server, page):
    """Blocked storage (a strict privacy setting): the system's palette, and a working toggle."""
    page.add_init_script(BLOCKED_STORAGE)
    page.emulate_media(color_scheme="dark")
    page.goto(server + PAGE)
    assert current_scheme(page) == SCHEMES["dark"]
    toggle(page).click()
    assert current_scheme(page) == SCHEMES["light"]
    assert not [p for p in page.problems if "page error" in p], page.problems
