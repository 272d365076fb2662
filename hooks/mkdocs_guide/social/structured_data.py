"""schema.org JSON-LD for the chapter pages: a LearningResource, and its quiz as a Quiz.

No MkDocs here. The quiz is read back from the page's HTML (the markup of
hooks/components/quiz_html.py: `section[data-gd=quiz]`, one `fieldset[data-gd-question]` per
question with its correct answers in `data-gd-correct`), so the data always says what the page says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

CONTEXT = "https://schema.org"


@dataclass
class QuizQuestion:
    id: str
    correct: tuple[int, ...]
    multiple: bool = False
    text: str = ""
    answers: list[str] = field(default_factory=list)
    explanation: str = ""


@dataclass
class QuizData:
    id: str
    title: str = ""
    questions: list[QuizQuestion] = field(default_factory=list)


# Elements whose text we keep: (class of the element, field it fills).
_CAPTURE = {
    "gd-quiz__title": "title",
    "gd-quiz__text": "text",
    "gd-quiz__explanation": "explanation",
}


class _QuizReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.quizzes: list[QuizData] = []
        self._open: list[str | None] = []  # per open element: what its text fills, if anything

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        capture = next((_CAPTURE[c] for c in classes if c in _CAPTURE), None)
        if tag == "section" and attributes.get("data-gd") == "quiz":
            self.quizzes.append(QuizData(id=attributes.get("data-gd-id") or ""))
        elif tag == "fieldset" and "data-gd-question" in attributes and self.quizzes:
            correct = tuple(int(n) for n in (attributes.get("data-gd-correct") or "").split())
            question = QuizQuestion(id=attributes["data-gd-question"] or "", correct=correct)
            self.quizzes[-1].questions.append(question)
        elif tag == "label" and self._inside("answers") and self._question():
            self._question().answers.append("")
            capture = "answer"
        elif tag == "input" and attributes.get("type") == "checkbox" and self._question():
            self._question().multiple = True
        if "gd-quiz__answers" in classes:
            capture = "answers"
        if tag not in ("input", "br", "img", "hr", "meta", "link", "wbr"):
            self._open.append(capture)

    def handle_endtag(self, tag):
        if tag not in ("input", "br", "img", "hr", "meta", "link", "wbr") and self._open:
            self._open.pop()

    def _inside(self, what: str) -> bool:
        return what in self._open

    def _question(self) -> QuizQuestion | None:
        if self.quizzes and self.quizzes[-1].questions:
            return self.quizzes[-1].questions[-1]
        return None

    def handle_data(self, data):
        if not self.quizzes:
            return
        quiz, question = self.quizzes[-1], self._question()
        if self._inside("title"):
            quiz.title += data
        elif question is not None and self._inside("answer"):
            question.answers[-1] += data
        elif question is not None and self._inside("text"):
            question.text += data
        elif question is not None and self._inside("explanation"):
            question.explanation += data + " "


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_quizzes(html: str) -> list[QuizData]:
    """The quizzes of a page's HTML, in order, with their questions, answers and solutions."""
    reader = _QuizReader()
    reader.feed(html)
    reader.close()
    return reader.quizzes


def _answer(position: int, text: str, explanation: str = "") -> dict:
    answer = {"@type": "Answer", "position": position, "text": _clean(text)}
    if explanation:
        answer["answerExplanation"] = {"@type": "Comment", "text": _clean(explanation)}
    return answer


def quiz(data: QuizData, url: str, language: str) -> dict:
    """A schema.org Quiz: each question with its accepted and its other (suggested) answers."""
    parts = []
    for question in data.questions:
        accepted = [
            _answer(i + 1, text, question.explanation)
            for i, text in enumerate(question.answers)
            if i in question.correct
        ]
        suggested = [
            _answer(i + 1, text)
            for i, text in enumerate(question.answers)
            if i not in question.correct
        ]
        parts.append(
            {
                "@type": "Question",
                "eduQuestionType": "Checkbox" if question.multiple else "Multiple choice",
                "text": _clean(question.text),
                "acceptedAnswer": accepted[0] if len(accepted) == 1 else accepted,
                "suggestedAnswer": suggested,
            }
        )
    return {
        "@type": "Quiz",
        "name": _clean(data.title),
        "url": f"{url}#gd-quiz-{data.id}",
        "inLanguage": language,
        "learningResourceType": "quiz",
        "hasPart": parts,
    }


# In a <script>: no <, > or & left as such, so that no text ends the element early or opens a
# comment; U+2028 and U+2029 escaped too, which JavaScript before ES2019 reads as line ends.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def script_json(data: dict) -> str:
    """JSON for a <script> element: no text ends it early, every JSON or JS parser reads it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
