"""What a reader sees on a 390 × 844 phone (Chromium): layouts that must not squeeze the text, and
controls in the page's language."""

from __future__ import annotations

from conftest import PHONE


def test_a_checked_wrong_answer_keeps_its_width_and_its_marker_goes_under_it(server, page):
    page.set_viewport_size(PHONE)
    page.goto(f"{server}verite-1/#quiz")
    question = page.locator("fieldset.gd-quiz__question").first
    answer = question.locator(".gd-quiz__answer").first
    label = answer.locator("label")
    before = label.bounding_box()
    answer.locator("input").check()
    question.locator(".gd-quiz__check").click()
    mark = answer.locator(".gd-quiz__mark")
    mark.wait_for()
    after = label.bounding_box()
    assert after["width"] == before["width"], "the answer's text keeps its width"
    assert mark.bounding_box()["y"] >= after["y"] + after["height"] - 1, "the marker goes under it"
    indent = mark.evaluate("node => parseFloat(getComputedStyle(node).paddingLeft)")
    assert abs(mark.bounding_box()["x"] + indent - after["x"]) < 2, "aligned with the answer's text"
    assert page.problems == []


def test_the_import_button_speaks_the_page_language(server, page):
    """Not the browser's own « Choose File »: a button in the page's language opens the picker."""
    page.set_viewport_size(PHONE)
    # Once the views are drawn (each in its own task): a click while the page above still grows
    # can land where the button was a moment before (seen on a busy two-core machine).
    page.goto(f"{server}en/bilan/#transmettre", wait_until="networkidle")
    pick = page.locator("label.gd-share__pick")
    pick.wait_for()
    page.evaluate("() => new Promise((done) => requestIdleCallback(() => done(), {timeout: 2000}))")
    pick.scroll_into_view_if_needed()
    assert pick.inner_text().strip() == "Import a results file (JSON)"
    box = page.locator("#gd-results-import").bounding_box()
    assert box["width"] <= 1 and box["height"] <= 1, "the native control is out of sight"
    with page.expect_file_chooser() as chooser:
        pick.click()
    assert chooser.value.is_multiple() is False
    page.locator("#gd-results-import").focus()
    with page.expect_file_chooser():
        page.keyboard.press("Space")
    assert page.problems == []
