"""A parsed quiz as HTML that teaches without JavaScript and that components.js makes interactive.

Each question is a `<fieldset>` whose `<legend>` holds its number, text and type; answers are real
radio buttons or checkboxes with labels. The solution (every answer marked right or wrong in words,
its feedback, the explanation) sits in a `<details>`: that is the whole quiz without JavaScript.
The script hides it, shows the `hidden` buttons, and copies the chosen answers' part of it into the
question's aria-live region when the reader checks. Only ids and author text already escaped by
`inline` reach the markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import escape

from .quiz import Question, Quiz, Text

Inline = Callable[[Text], str]
SCRIPT_STRINGS = ("verdict_right", "verdict_wrong", "choose", "score")


def fill(template: str, **values: object) -> str:
    """`{name}` placeholders of a strings file replaced, any other brace left as written."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _button(name: str, t: dict[str, str]) -> str:
    """A button the script shows (it does nothing without JavaScript, so it starts hidden)."""
    return (
        f'<button type="button" class="gd-quiz__button gd-quiz__{name}" hidden>'
        f"{escape(t[name])}</button>"
    )


def _question(quiz: Quiz, number: int, question: Question, t: dict, inline: Inline) -> str:
    base = f"gd-{quiz.id}-{question.id}"
    kind = "checkbox" if question.type == "multiple" else "radio"
    answers, items = [], []
    for index, answer in enumerate(question.answers):
        text, field = inline(answer.text), f"{base}-{index + 1}"
        state = "right" if answer.correct else "wrong"
        answers.append(
            f'<li class="gd-quiz__answer"><input type="{kind}" id="{field}" name="{base}"'
            f' value="{index}"><label for="{field}">{text}</label>'
            f' <span class="gd-quiz__mark gd-quiz__mark--{state}" hidden>'
            f"{escape(t['picked_' + state])}</span></li>"
        )
        feedback = inline(answer.feedback) if answer.feedback else ""
        items.append(
            f'<li class="gd-quiz__item gd-quiz__item--{state}" data-gd-answer="{index}">'
            f'<strong class="gd-quiz__verdict">{escape(t[state + "_answer"])}</strong> '
            f'<span class="gd-quiz__answer-text">{text}</span>'
            + (f' <span class="gd-quiz__comment">{feedback}</span>' if feedback else "")
            + "</li>"
        )
    explanation = "".join(f"<p>{inline(paragraph)}</p>" for paragraph in question.explanation)
    correct = " ".join(str(index) for index in question.correct)
    return (
        f'<fieldset class="gd-quiz__question" id="{base}" data-gd-question="{question.id}"'
        f' data-gd-correct="{correct}">'
        f'<legend class="gd-quiz__legend"><span class="gd-quiz__number">'
        f"{escape(fill(t['question'], number=number, total=len(quiz.questions)))}</span> "
        f'<span class="gd-quiz__text">{inline(question.text)}</span> '
        f'<span class="gd-quiz__hint">({escape(t[question.type])})</span></legend>'
        f'<ul class="gd-quiz__answers">{"".join(answers)}</ul>'
        f'<p class="gd-quiz__actions">{_button("check", t)}{_button("retry", t)}</p>'
        f'<div class="gd-quiz__feedback" aria-live="polite"></div>'
        f'<details class="gd-quiz__solution"><summary>{escape(t["solution"])}</summary>'
        f'<ul class="gd-quiz__items">{"".join(items)}</ul>'
        + (f'<div class="gd-quiz__explanation">{explanation}</div>' if explanation else "")
        + "</details></fieldset>"
    )


def render(quiz: Quiz, t: dict[str, str], inline: Inline) -> str:
    """The quiz's HTML, with `t` the quiz section of the page language's strings."""
    script = escape(json.dumps({key: t[key] for key in SCRIPT_STRINGS}, ensure_ascii=False))
    questions = "".join(
        _question(quiz, number, question, t, inline)
        for number, question in enumerate(quiz.questions, start=1)
    )
    return (
        f'<section class="gd-quiz" id="gd-quiz-{quiz.id}" data-gd="quiz" data-gd-id="{quiz.id}"'
        f' data-gd-strings="{script}" aria-labelledby="gd-quiz-{quiz.id}-title">'
        f'<h3 class="gd-quiz__title" id="gd-quiz-{quiz.id}-title">{inline(quiz.title)}</h3>'
        f"{questions}"
        f'<p class="gd-quiz__footer"><span class="gd-quiz__score" hidden></span> '
        f"{_button('reset', t)}</p>"
        "</section>"
    )
