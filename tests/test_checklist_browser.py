"""Checklists in Chromium: keyboard, score and band, announcement, storage, no JavaScript."""

from __future__ import annotations

import functools
import json
import threading

import pytest
from a11y import assert_focus_visible_below_header, assert_no_axe_violations, use_palette
from conftest import _QuietHandler, _Server, copy_project, plain, run_build
from test_quiz_browser import BLOCKED_STORAGE, FULL_STORAGE, tab_to

KEY = "gd:v1:checklist:verite-4"
READ_KEY = "gd:v1:read:verite-4"
CHECKLIST = "#gd-checklist-verite-4"
BOX = CHECKLIST + "-v4-"  # + item id
FIRST, SECOND, THIRD, FOURTH = (
    "objectif-ecrit",
    "objectifs-mesurables",
    "strategie-une-page",
    "audience",
)


def stored(page, key: str = KEY):
    return json.loads(page.evaluate(f"() => localStorage.getItem('{key}')") or "null")


def score(page) -> str:
    return plain(page.locator(f"{CHECKLIST} .gd-checklist__score").inner_text())


def live(page) -> str:
    return plain(page.locator(f"{CHECKLIST} .gd-checklist__live").text_content())


def current_bands(page) -> list[str]:
    """Bands marked as the reader's result, by the visible words, not the colour."""
    return page.evaluate(
        """s => [...document.querySelectorAll(s + ' .gd-checklist__band')]
            .filter(band => band.querySelector('.gd-checklist__current').checkVisibility())
            .map(band => band.dataset.gdBand)""",
        CHECKLIST,
    )


def open_checklist(page, server: str, path: str = "verite-4/") -> None:
    page.goto(f"{server}{path}#auto-evaluation")
    page.locator(CHECKLIST).wait_for()


def tick_with_the_keyboard(page, *items: str) -> None:
    page.locator("h2#auto-evaluation a.headerlink").focus()  # where "#auto-evaluation" leads
    for item in items:
        tab_to(page, BOX + item)
        page.keyboard.press("Space")


def test_keyboard_ticks_update_the_score_and_band_and_are_announced(server, page):
    open_checklist(page, server)
    assert score(page) == "Votre score : 0 / 8 — Les fondations sont à poser"
    assert current_bands(page) == ["v4-fondations"]
    region = page.locator(f"{CHECKLIST} .gd-checklist__live")
    assert region.get_attribute("aria-live") == "polite"
    assert live(page) == "", "nothing is announced when the page loads"

    tick_with_the_keyboard(page, FIRST)
    assert page.locator(BOX + FIRST).is_checked()
    assert score(page) == "Votre score : 1 / 8 — Les fondations sont à poser"
    assert live(page) == "Score : 1 sur 8. Les fondations sont à poser"

    tick_with_the_keyboard(page, SECOND, THIRD, FOURTH)
    assert score(page) == "Votre score : 4 / 8 — Une stratégie en construction"
    assert live(page) == "Score : 4 sur 8. Une stratégie en construction"
    assert current_bands(page) == ["v4-strategie-en-cours"]
    badge = page.locator(f"{CHECKLIST} [data-gd-band=v4-strategie-en-cours] .gd-checklist__current")
    assert plain(badge.inner_text()) == "Votre résultat"

    page.keyboard.press("Space")  # untick the fourth, still focused
    assert score(page).startswith("Votre score : 3 / 8")
    assert live(page) == "Score : 3 sur 8. Les fondations sont à poser"
    assert stored(page) == {
        "ticked": [f"v4-{FIRST}", f"v4-{SECOND}", f"v4-{THIRD}"],
        "score": 3,
        "total": 8,
    }
    assert stored(page, "gd:v1:quiz:verite-4") is None, "the quiz keeps its own key"
    assert page.problems == []


def test_ticks_survive_a_reload_and_the_language_switch(server, page):
    open_checklist(page, server)
    for item in (FIRST, THIRD, FOURTH, "tri-tactiques", "nouveau-reseau"):
        page.locator(BOX + item).check()
    assert stored(page)["score"] == 5

    page.wait_for_load_state("networkidle")  # leaving earlier aborts Material's search worker
    page.reload()
    page.locator(CHECKLIST).wait_for()
    assert page.locator(f"{CHECKLIST} input:checked").count() == 5
    assert not page.locator(BOX + SECOND).is_checked()
    assert score(page) == "Votre score : 5 / 8 — Une stratégie en construction"
    assert live(page) == "", "a restored score is shown, not announced"

    switch = page.locator(".md-select__link[hreflang=en]")
    page.wait_for_load_state("networkidle")
    page.goto(server + "verite-4/" + switch.get_attribute("href"))
    assert page.url.endswith("/en/verite-4/")
    assert page.locator(f"{CHECKLIST} input:checked").count() == 5
    assert page.locator(BOX + FIRST).is_checked()
    assert score(page) == "Your score: 5 / 8 — A strategy taking shape"
    page.locator(BOX + SECOND).check()
    assert live(page) == "Score: 6 out of 8. A strategy taking shape"
    assert stored(page)["score"] == 6
    assert page.problems == []


def test_without_javascript_it_reads_as_a_plain_checklist(server, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{server}en/verite-4/")
        checklist = page.locator(CHECKLIST)
        assert plain(checklist.locator("legend").inner_text()).startswith("Tick each statement")
        boxes = checklist.locator("input[type=checkbox]")
        assert boxes.count() == 8
        boxes.first.check()  # a reader can still tick, and count
        assert boxes.first.is_checked()
        assert plain(checklist.locator("label").first.inner_text()) == (
            "For every platform your brand is on, the goal it pursues there is set down in writing."
        )
        bands = checklist.locator(".gd-checklist__band")
        assert bands.count() == 3
        heads = bands.locator(".gd-checklist__band-head").all_inner_texts()
        heads = [" ".join(text.split()) for text in heads]
        assert heads == [
            "Score 0 to 3: The foundations still need laying",
            "Score 4 to 6: A strategy taking shape",
            "Score 7 to 8: A clear direction",
        ]
        assert bands.first.locator("a").first.is_visible()
        assert not checklist.locator(".gd-checklist__score").is_visible()
        assert not checklist.locator(".gd-checklist__current").first.is_visible()
    finally:
        context.close()


def test_blocked_storage_changes_nothing_for_the_reader(server, context, page):
    context.add_init_script(BLOCKED_STORAGE)
    open_checklist(page, server)
    tick_with_the_keyboard(page, FIRST)
    assert live(page) == "Score : 1 sur 8. Les fondations sont à poser"
    page.keyboard.press("End")  # the "read" mark cannot be stored either
    page.wait_for_timeout(300)
    ours = [problem for problem in page.problems if "components" in problem or "gd:" in problem]
    assert ours == []


def test_full_storage_is_silent(server, context, page):
    context.add_init_script(FULL_STORAGE)
    open_checklist(page, server)
    tick_with_the_keyboard(page, FIRST, SECOND)
    assert score(page).startswith("Votre score : 2 / 8")
    assert page.problems == []


@pytest.mark.parametrize(
    "garbage",
    [
        "{not json",
        "null",
        "[]",
        '{"ticked": "v4-objectif-ecrit"}',
        '{"ticked": {"0": "v4-objectif-ecrit"}}',
        '{"ticked": [null, 3, {"x": 1}, "v4-inconnu", "constructor"]}',
    ],
)
def test_garbage_in_storage_is_ignored(server, page, garbage):
    page.add_init_script(f"localStorage.setItem({json.dumps(KEY)}, {json.dumps(garbage)})")
    open_checklist(page, server)
    assert page.locator(f"{CHECKLIST} input:checked").count() == 0
    assert score(page).startswith("Votre score : 0 / 8")
    page.locator(BOX + FIRST).check()
    assert stored(page) == {"ticked": [f"v4-{FIRST}"], "score": 1, "total": 8}
    assert page.problems == []


def test_a_truth_page_is_marked_read_when_its_takeaways_are_reached(server, page):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{server}verite-4/")
    page.locator(CHECKLIST).wait_for()
    page.wait_for_timeout(300)
    assert stored(page, READ_KEY) is None, "the top of the page is not the end of it"
    page.locator("body").click(position={"x": 5, "y": 300})  # keyboard scrolling needs focus
    for _ in range(40):
        page.keyboard.press("PageDown")
        if stored(page, READ_KEY):
            break
        page.wait_for_timeout(100)
    assert stored(page, READ_KEY) == {"read": True}
    assert page.locator("#a-retenir").is_visible()
    assert page.problems == []


def test_without_intersection_observer_reading_is_not_tracked(server, context, page):
    context.add_init_script("delete window.IntersectionObserver")
    stacks = []
    page.on("pageerror", lambda error: stacks.append(error.stack or ""))
    page.goto(f"{server}verite-4/#a-retenir")
    page.locator(CHECKLIST).wait_for()
    page.locator(BOX + FIRST).check()  # the checklist works the same
    assert stored(page)["score"] == 1
    assert stored(page, READ_KEY) is None
    # Material's own bundle needs IntersectionObserver; only our script must stay silent.
    assert [stack for stack in stacks if "/assets/components." in stack] == []


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_axe_violations_untouched_and_ticked(server, page, palette):
    open_checklist(page, server)
    use_palette(page, palette)
    assert_no_axe_violations(page, CHECKLIST, f"{palette}, untouched")
    tick_with_the_keyboard(page, FIRST, SECOND, THIRD, FOURTH)
    assert current_bands(page) == ["v4-strategie-en-cours"]
    assert_no_axe_violations(page, CHECKLIST, f"{palette}, ticked")


def test_boxes_are_big_enough_and_focus_is_visible_below_the_header(server, page):
    page.set_viewport_size({"width": 390, "height": 700})
    open_checklist(page, server)
    box = page.locator(BOX + FIRST).bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    tick_with_the_keyboard(page, FIRST, SECOND)
    assert_focus_visible_below_header(page)


# Author text that tries to run code: built into its own copy of the site.

HOSTILE = """
## Auto-évaluation { #auto-hostile }

/// checklist | <script>window.pwned = "title"</script>
    id: hostile

- [ ] #hostile-a <script>window.pwned = "item"</script>
- [ ] #hostile-b <img src="x" onerror="window.pwned = 'img'"> **Deux**

= 0-1 #hostile-low <svg onload="window.pwned = 'band'"></svg>
> <img src=x onerror=window.pwned="text"> [Voir](javascript:window.pwned='link')

= 2 #hostile-high Haut
> [Voir](#auto-hostile)
///
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile-checklist"))
    for language in ("fr", "en"):
        path = project / "docs" / language / "auteur.md"
        path.write_text(path.read_text(encoding="utf-8") + HOSTILE, encoding="utf-8")
    site = project / "site"
    result = run_build(project, site, strict=False)
    # The javascript: link stops the build; the rest is checked on a build without it.
    assert result.returncode == 1 and 'link to "javascript:' in result.output, result.output
    for language in ("fr", "en"):
        path = project / "docs" / language / "auteur.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("javascript:window.pwned='link'", "#auto-hostile"), "utf-8")
    result = run_build(project, site)
    assert result.returncode == 0, result.output
    httpd = _Server(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def test_script_in_author_text_never_runs(hostile_site, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_site}auteur/")
    checklist = page.locator("#gd-checklist-hostile")
    checklist.locator("input").first.check()
    checklist.locator("input").nth(1).check()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.pwned") is None
    assert dialogs == []
    assert checklist.locator("script, img, svg, iframe").count() == 0
    assert (
        plain(checklist.locator("label").first.inner_text())
        == '<script>window.pwned = "item"</script>'
    )
    assert "onerror" in plain(checklist.locator(".gd-checklist__band").first.inner_text())
    assert plain(checklist.locator("label strong").inner_text()) == "Deux"
    assert plain(checklist.locator(".gd-checklist__live").text_content()) == "Score : 2 sur 2. Haut"
