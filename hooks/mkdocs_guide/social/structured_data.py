"""schema.org JSON-LD for the chapter pages: a LearningResource, and its quiz as a Quiz.

No MkDocs here. A quiz is described from its model (components/quiz.py, as the blocks feature
parsed it), so the data says what the page says: the same questions, answers and solution. Its
author text is inline Markdown, given as the plain text the page shows: rendered by
components/inline.py as on the page (escapes resolved, a bidirectional control left open closed),
then without its markup (a link keeps its label, emphasis and code their text). It does not get the
build's typography (the page's quiz does, in on_post_page, which skips <script>): straight
apostrophes and ordinary spaces, as the JSON-LD has always had them.
"""

from __future__ import annotations

import json
import re
from html import unescape

from components import inline
from components.quiz import Question, Quiz, Text

CONTEXT = "https://schema.org"

# inline.render writes no other "<" than its own tags' (author text is escaped): each one goes.
_TAG = re.compile(r"<[^>]*>")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def plain(text: Text) -> str:
    """Author text as plain text, its whitespace collapsed: `**Vrai**, voir [ici](x.md)` ->
    `Vrai, voir ici`. Links are not resolved (only their label is kept)."""
    return _clean(unescape(_TAG.sub("", inline.render(text.source, lambda url: None))))


def _answer(position: int, text: str, explanation: str = "") -> dict:
    answer = {"@type": "Answer", "position": position, "text": text}
    if explanation:
        answer["answerExplanation"] = {"@type": "Comment", "text": explanation}
    return answer


def _question(question: Question) -> dict:
    # The explanation's paragraphs, one after the other (the page shows them as <p>s).
    explanation = _clean(" ".join(plain(paragraph) for paragraph in question.explanation))
    accepted, suggested = [], []
    for position, answer in enumerate(question.answers, start=1):
        if answer.correct:
            accepted.append(_answer(position, plain(answer.text), explanation))
        else:
            suggested.append(_answer(position, plain(answer.text)))
    return {
        "@type": "Question",
        "eduQuestionType": "Checkbox" if question.type == "multiple" else "Multiple choice",
        "text": plain(question.text),
        "acceptedAnswer": accepted[0] if len(accepted) == 1 else accepted,
        "suggestedAnswer": suggested,
    }


def quiz(model: Quiz, url: str, language: str) -> dict:
    """A schema.org Quiz: each question with its accepted and its other (suggested) answers.

    `url` is the page's address: the quiz's is its `#gd-quiz-<id>` section (quiz_html.py)."""
    return {
        "@type": "Quiz",
        "name": plain(model.title),
        "url": f"{url}#gd-quiz-{model.id}",
        "inLanguage": language,
        "learningResourceType": "quiz",
        "hasPart": [_question(question) for question in model.questions],
    }


# In a <script>: no <, > or & left as such, so that no text ends the element early or opens a
# comment; U+2028 and U+2029 escaped too, which JavaScript before ES2019 reads as line ends.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(data: dict) -> str:
    """JSON for a <script> element: no text ends it early, every JSON or JS parser reads it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
