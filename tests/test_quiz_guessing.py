"""A reader who never reads the page, in Chromium: can the quizzes be passed by guessing?

The test-wise strategy (issue 9): in single choice pick the longest option, in true/false answer
"false", in multiple choice tick every option longer than the average. Played on every quiz of the
built site through the quiz's own buttons; the score is the one the page shows. It must stay under
half of the questions in each language and under 80 % on every quiz.
"""

from __future__ import annotations

import re

import pytest

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
FALSE = {"fr": "faux", "en": "false"}

PLAY = """([falseWord]) => {
  const root = document.querySelector("[data-gd=quiz]");
  for (const box of root.querySelectorAll(".gd-quiz__question")) {
    const inputs = [...box.querySelectorAll("input")];
    const text = (input) => box.querySelector(`label[for="${input.id}"]`).innerText.trim();
    const lengths = inputs.map((input) => text(input).length);
    let chosen;
    if (inputs.length === 2 && inputs.some((input) => text(input).toLowerCase() === falseWord)) {
      chosen = inputs.filter((input) => text(input).toLowerCase() === falseWord);
    } else if (inputs[0].type === "radio") {
      chosen = [inputs[lengths.indexOf(Math.max(...lengths))]];
    } else {
      const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      chosen = inputs.filter((input, index) => lengths[index] > mean);
    }
    chosen.forEach((input) => input.click());
    box.querySelector(".gd-quiz__check").click();
  }
  return root.querySelector(".gd-quiz__score").textContent;
}"""


def play(page, server: str, language: str, truth: str) -> tuple[int, int]:
    page.goto(f"{server}{'en/' if language == 'en' else ''}{truth}/#quiz")
    page.locator("[data-gd=quiz] .gd-quiz__check").first.wait_for()
    shown = page.evaluate(PLAY, [FALSE[language]])
    score, total = map(int, re.search(r"(\d+)\D+(\d+)", shown).groups())
    assert page.locator("[data-gd=quiz] .gd-quiz__question--checked").count() == total
    return score, total


@pytest.mark.parametrize("language", ["fr", "en"])
def test_guessing_from_length_and_false_fails_every_quiz(page, server, language):
    scores = {truth: play(page, server, language, truth) for truth in TRUTHS}
    report = ", ".join(f"{truth} {score}/{total}" for truth, (score, total) in scores.items())
    right = sum(score for score, _ in scores.values())
    asked = sum(total for _, total in scores.values())
    assert asked >= 25, report
    assert right < asked / 2, f"{right}/{asked} by guessing: {report}"
    for truth, (score, total) in scores.items():
        assert score < 0.8 * total, f"{truth}: {score}/{total} by guessing ({report})"
    print(f"\n{language}: test-wise reader {right}/{asked} ({report})")
    assert page.problems == []
