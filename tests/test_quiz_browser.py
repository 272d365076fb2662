"""Quizzes in Debian's Chromium: keyboard, live feedback, score, retry, storage, no JavaScript."""

from __future__ import annotations

import functools
import json
import threading

import pytest
from a11y import assert_focus_visible_below_header, assert_no_axe_violations, use_palette
from conftest import _QuietHandler, _Server, copy_project, plain, run_build

KEY = "gd:v1:quiz:verite-1"
QUIZ = "#gd-quiz-verite-1"
FIRST = "#gd-verite-1-v1-restaurant"  # single choice, the second answer is right
SECOND = "#gd-verite-1-v1-ressources"  # multiple choice: answers 1, 3 and 4


def tab_to(page, selector: str, presses: int = 12) -> None:
    """Press Tab until the focused element matches `selector` (the reader's own way in)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def feedback(page, question: str) -> str:
    return plain(page.locator(f"{question} .gd-quiz__feedback").inner_text())


def score(page) -> str:
    return plain(page.locator(f"{QUIZ} .gd-quiz__score").inner_text())


def open_quiz(page, server: str, path: str = "verite-1/") -> None:
    page.goto(f"{server}{path}#quiz")
    page.locator(QUIZ).wait_for()


def answer_first_question_with_the_keyboard(page) -> None:
    page.locator("h2#quiz a.headerlink").focus()  # where a reader following "#quiz" starts
    tab_to(page, f"{FIRST}-1")
    page.keyboard.press("ArrowDown")  # moves to, and selects, the second answer
    tab_to(page, f"{FIRST} .gd-quiz__check", presses=2)
    page.keyboard.press("Enter")


def test_keyboard_only_answers_with_feedback_in_the_live_region(server, page):
    open_quiz(page, server)
    assert score(page) == "Score : 0 / 6"
    answer_first_question_with_the_keyboard(page)
    live = page.locator(f"{FIRST} .gd-quiz__feedback")
    assert live.get_attribute("aria-live") == "polite"
    score_region = page.locator(f"{QUIZ} .gd-quiz__score")
    assert score_region.get_attribute("aria-live") == "polite", "the score is announced"
    assert score(page) == "Score : 1 / 6"
    text = feedback(page, FIRST)
    assert text.startswith("Bonne réponse !")
    assert "Exactement : le problème ne vient pas du canal" in text
    assert "Revoir la section" in text, "the explanation is shown too"
    assert page.locator(f"{FIRST} .gd-quiz__mark--right").nth(0).is_visible()
    assert not page.locator(f"{FIRST} details").is_visible(), "the script shows its own feedback"
    assert page.evaluate("() => document.activeElement.textContent") == "Réessayer la question"
    assert score(page) == "Score : 1 / 6"

    # A multiple-choice question, wrong on purpose: space ticks boxes.
    tab_to(page, f"{SECOND}-1")
    page.keyboard.press("Space")
    tab_to(page, f"{SECOND}-2", presses=1)
    page.keyboard.press("Space")
    tab_to(page, f"{SECOND} .gd-quiz__check", presses=3)
    page.keyboard.press("Space")
    text = feedback(page, SECOND)
    assert text.startswith("Ce n'est pas la bonne réponse.")
    assert "Mauvaise réponse" in text and "un coup d'éclat ne se planifie pas" in text
    assert score(page) == "Score : 1 / 6"
    assert page.problems == []


def test_checking_without_an_answer_says_what_to_do(server, page):
    open_quiz(page, server)
    page.locator(f"{FIRST} .gd-quiz__check").click()
    assert feedback(page, FIRST) == "Choisissez une réponse, puis vérifiez."
    assert page.locator(f"{FIRST}-1").is_enabled()


def test_retry_a_question_and_the_whole_quiz(server, page):
    open_quiz(page, server)
    answer_first_question_with_the_keyboard(page)
    page.keyboard.press("Enter")  # on "Try again", where the focus went
    assert feedback(page, FIRST) == ""
    assert page.evaluate("() => document.activeElement.id") == "gd-verite-1-v1-restaurant-1"
    assert not page.locator(f"{FIRST}-2").is_checked() and page.locator(f"{FIRST}-2").is_enabled()
    assert score(page) == "Score : 0 / 6"
    assert json.loads(page.evaluate(f"() => localStorage.getItem('{KEY}')"))["answers"] == {}

    page.locator(f"{FIRST}-2").check()
    page.locator(f"{FIRST} .gd-quiz__check").click()
    page.locator(f"{SECOND}-2").check()
    page.locator(f"{SECOND} .gd-quiz__check").click()
    reset = page.locator(f"{QUIZ} .gd-quiz__reset")
    assert score(page) == "Score : 1 / 6" and reset.is_visible()
    reset.focus()
    page.keyboard.press("Enter")
    assert score(page) == "Score : 0 / 6" and not reset.is_visible()
    assert page.locator(f"{QUIZ} input:checked").count() == 0
    assert page.evaluate("() => document.activeElement.id") == "gd-verite-1-v1-restaurant-1"


def test_results_survive_a_reload_and_the_language_switch(server, page):
    open_quiz(page, server)
    answer_first_question_with_the_keyboard(page)
    stored = json.loads(page.evaluate(f"() => localStorage.getItem('{KEY}')"))
    assert stored == {"answers": {"v1-restaurant": [1]}, "score": 1, "total": 6}

    page.wait_for_load_state("networkidle")  # leaving earlier aborts Material's search worker
    page.reload()
    assert page.locator(f"{FIRST}-2").is_checked() and page.locator(f"{FIRST}-2").is_disabled()
    assert feedback(page, FIRST).startswith("Bonne réponse !")
    assert score(page) == "Score : 1 / 6"
    # Restored, not announced: no live region holds text on load.
    speaking = page.evaluate(
        "() => [...document.querySelectorAll('[aria-live=polite], [aria-live=assertive],"
        " [role=status]')].filter(e => e.textContent.trim()).map(e => e.className)"
    )
    assert speaking == []

    switch = page.locator(".md-select__link[hreflang=en]")
    page.wait_for_load_state("networkidle")
    page.goto(server + "verite-1/" + switch.get_attribute("href"))  # where the switcher leads
    assert page.url.endswith("/en/verite-1/")
    assert page.locator(f"{FIRST}-2").is_checked()
    assert feedback(page, FIRST).startswith("That's right!")
    assert "the problem isn't the channel" in feedback(page, FIRST)
    assert score(page) == "Score: 1 / 6"
    assert page.problems == []


def test_without_javascript_the_quiz_still_teaches(server, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{server}en/verite-1/")
        question = page.locator(FIRST)
        assert plain(question.locator("legend").inner_text()).startswith("Question 1 of 6")
        assert question.locator("label").count() == 3
        assert not question.locator("button").first.is_visible(), "no button that does nothing"
        solution = question.locator("details.gd-quiz__solution")
        assert solution.is_visible()
        solution.locator("summary").click()
        text = plain(solution.inner_text())
        assert "Right answer The channel was never really tried" in " ".join(text.split())
        assert "Read the section again" in text
    finally:
        context.close()


BLOCKED_STORAGE = """
Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});
"""
FULL_STORAGE = """
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (String(key).startsWith("gd:")) throw new DOMException("full", "QuotaExceededError");
  return setItem.call(this, key, value);
};
"""


def test_blocked_storage_changes_nothing_for_the_reader(server, context, page):
    context.add_init_script(BLOCKED_STORAGE)
    open_quiz(page, server)
    answer_first_question_with_the_keyboard(page)
    assert feedback(page, FIRST).startswith("Bonne réponse !")
    assert score(page) == "Score : 1 / 6"
    # Material's own inline scripts read storage too: only ours must stay silent.
    ours = [problem for problem in page.problems if "components" in problem or "gd:" in problem]
    assert ours == []


def test_full_storage_is_silent(server, context, page):
    context.add_init_script(FULL_STORAGE)
    open_quiz(page, server)
    answer_first_question_with_the_keyboard(page)
    assert score(page) == "Score : 1 / 6"
    assert page.problems == []


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        "null",
        '"text"',
        '{"answers": null}',
        '{"answers": [1, 2]}',
        '{"answers": {"v1-restaurant": [7], "v1-ressources": "0", "v1-trio": [0, 1]}}',
        '{"answers": {"v1-restaurant": [-1, 0.5], "constructor": [0]}}',
    ],
)
def test_garbage_in_storage_is_ignored(server, page, stored):
    page.add_init_script(f"localStorage.setItem({json.dumps(KEY)}, {json.dumps(stored)})")
    open_quiz(page, server)
    assert page.locator(f"{QUIZ} input:checked").count() == 0
    assert score(page) == "Score : 0 / 6"
    answer_first_question_with_the_keyboard(page)
    assert score(page) == "Score : 1 / 6"
    assert page.problems == []


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_axe_violations_before_and_after_answering(server, page, palette):
    open_quiz(page, server)
    use_palette(page, palette)
    assert_no_axe_violations(page, QUIZ, f"{palette}, unanswered")
    page.locator(f"{FIRST} .gd-quiz__check").click()  # the "choose an answer" message
    answer_first_question_with_the_keyboard(page)  # right
    page.locator(f"{SECOND}-2").check()
    page.locator(f"{SECOND} .gd-quiz__check").click()  # wrong
    assert_no_axe_violations(page, QUIZ, f"{palette}, answered")


def test_controls_are_big_enough_and_focus_is_visible_below_the_header(server, page):
    page.set_viewport_size({"width": 390, "height": 700})
    open_quiz(page, server)
    for selector in ("input", ".gd-quiz__check"):
        box = page.locator(f"{FIRST} {selector}").first.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, (selector, box)
    answer_first_question_with_the_keyboard(page)
    assert_focus_visible_below_header(page)


# Author text that tries to run code: built into its own copy of the site.

HOSTILE = """
## Quiz { #quiz-hostile }

/// quiz | <script>window.pwned = "title"</script>
    id: hostile

? single #hostile-a
<img src="x" onerror="window.pwned = 'question'"> **Question** ?

- [x] <script>window.pwned = "answer"</script>
    > <svg onload="window.pwned = 'feedback'"></svg>
- [ ] <iframe src="javascript:window.parent.pwned = 'iframe'"></iframe>

> <img src=x onerror=window.pwned="explanation"> [Voir](#quiz-hostile)
///
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    for language in ("fr", "en"):
        path = project / "docs" / language / "auteur.md"
        path.write_text(path.read_text(encoding="utf-8") + HOSTILE, encoding="utf-8")
    site = project / "site"
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
    page.locator("#gd-hostile-hostile-a-1").check()
    page.locator("#gd-hostile-hostile-a .gd-quiz__check").click()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.pwned") is None
    assert dialogs == []
    quiz = page.locator("#gd-quiz-hostile")
    assert quiz.locator("script, img, svg, iframe").count() == 0
    assert '<script>window.pwned = "answer"</script>' in plain(
        quiz.locator("label").first.inner_text()
    )
    assert "onerror" in plain(page.locator("#gd-hostile-hostile-a .gd-quiz__feedback").inner_text())
