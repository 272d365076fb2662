"""A quiz block's body, parsed into frozen dataclasses and validated line by line.

    /// quiz | Chapter 1: first steps
        id: chapter-1

    ? single #c1-first-week
    A question, on the rest of this line or on the next ones. Which answer is right?

    - [ ] A wrong answer.
        > Feedback on this answer (optional, indented, after ">").
    - [x] The right answer.
        > Right: ...

    > Explanation of the question. [Read the section again](#c1-first-section)
    ///

A question starts with `? <type> #<id>`; its text follows (the rest of that line and the next
lines); answers are task-list items, `[x]` marking the correct ones; an indented `>` line under an
answer is that answer's feedback; `>` lines at the start of the line after the answers are the
explanation (a lone `>` starts a new paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import messages as say
from .blocks import IDENTIFIER, Problem, RawBlock, header_problems

TYPES = ("single", "multiple", "true-false")
OPTIONS = frozenset({"id"})

_QUESTION = re.compile(r"^\?[ \t]*(?P<type>[^\s#]+)?(?:[ \t]*#(?P<id>\S*))?[ \t]*(?P<rest>.*)$")
_ANSWER = re.compile(r"^[-*+][ \t]+\[(?P<mark>[ xX])\][ \t]*(?P<text>.*)$")
_BULLET = re.compile(r"^[-*+]([ \t]|$)")


@dataclass(frozen=True)
class Text:
    """Author text (inline Markdown) and the file line where it starts."""

    source: str
    line: int


@dataclass(frozen=True)
class Answer:
    text: Text
    correct: bool
    feedback: Text | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    line: int
    text: Text
    answers: tuple[Answer, ...]
    explanation: tuple[Text, ...] = ()

    @property
    def correct(self) -> tuple[int, ...]:
        """Positions of the correct answers (the same in every language)."""
        return tuple(index for index, answer in enumerate(self.answers) if answer.correct)


@dataclass(frozen=True)
class Quiz:
    id: str
    title: Text
    line: int
    questions: tuple[Question, ...]


class _Draft:
    """A question being read; turned into a `Question` once its block ends."""

    def __init__(self, line: int, kind: str, ident: str, rest: str) -> None:
        self.line, self.type, self.id = line, kind, ident
        self.text: list[str] = [rest] if rest else []
        self.answers: list[list] = []  # [line, correct, text lines, feedback line, feedback lines]
        self.explanation: list[list] = []  # paragraphs: [first line, text lines]

    def build(self) -> Question:
        answers = tuple(
            Answer(
                Text("\n".join(text).strip(), line),
                correct,
                Text("\n".join(feedback).strip(), feedback_line) if feedback_line else None,
            )
            for line, correct, text, feedback_line, feedback in self.answers
        )
        explanation = tuple(Text("\n".join(text), line) for line, text in self.explanation if text)
        text = Text("\n".join(self.text).strip(), self.line)
        return Question(self.id, self.type, self.line, text, answers, explanation)

    def header_problems(self) -> list[Problem]:
        if not self.type:
            return [Problem(self.line, say.NO_TYPE)]
        if self.type not in TYPES:
            hint = say.did_you_mean(self.type, TYPES)
            message = say.UNKNOWN_TYPE.format(type=self.type, hint=hint, types=", ".join(TYPES))
            return [Problem(self.line, message)]
        if not self.id:
            return [Problem(self.line, say.NO_QUESTION_ID.format(type=self.type))]
        if not IDENTIFIER.match(self.id):
            return [Problem(self.line, say.BAD_QUESTION_ID.format(id=self.id))]
        return []


def _question_problems(question: Question) -> list[Problem]:
    at, ident, kind = question.line, question.id, question.type
    problems = [
        Problem(answer.text.line, say.EMPTY_ANSWER)
        for answer in question.answers
        if not answer.text.source
    ]
    if not question.text.source:
        problems.append(Problem(at, say.EMPTY_QUESTION.format(id=ident, type=kind)))
    count, correct = len(question.answers), len(question.correct)
    plural = "s" * (count != 1)
    if kind == "true-false" and count != 2:
        problems.append(Problem(at, say.TRUE_FALSE_COUNT.format(id=ident, count=count, s=plural)))
    elif count < 2:
        problems.append(Problem(at, say.TOO_FEW_ANSWERS.format(id=ident, count=count, s=plural)))
    if count and not correct:
        problems.append(Problem(at, say.NO_CORRECT.format(id=ident)))
    elif correct > 1 and kind in ("single", "true-false"):
        template = say.SEVERAL_CORRECT if kind == "single" else say.SEVERAL_TRUE
        problems.append(Problem(at, template.format(id=ident, count=correct)))
    return problems


def _read_line(drafts: list[_Draft], text: str, number: int) -> Problem | None:
    """Add one non-blank body line to the quiz being read; a problem if it is misplaced."""
    draft = drafts[-1] if drafts else None
    if match := _QUESTION.match(text):
        drafts.append(_Draft(number, match["type"] or "", match["id"] or "", match["rest"]))
        return None
    if draft is None:
        return Problem(number, say.TEXT_BEFORE_QUESTION)
    if match := _ANSWER.match(text):
        draft.answers.append([number, match["mark"] != " ", [match["text"]], 0, []])
        return Problem(number, say.ANSWER_AFTER_EXPLANATION) if draft.explanation else None
    if _BULLET.match(text):
        return Problem(number, say.NO_BOX)
    if text[0] in " \t" and draft.answers and not draft.explanation:
        answer, stripped = draft.answers[-1], text.strip()
        if stripped.startswith(">"):
            answer[3] = answer[3] or number
            answer[4].append(stripped[1:].strip())
        else:  # a continuation of the answer, or of its feedback
            (answer[4] if answer[3] else answer[2]).append(stripped)
        return None
    if text.startswith(">"):
        if not draft.answers:
            return Problem(number, say.EXPLANATION_FIRST)
        rest = text[1:].strip()
        if not draft.explanation or not rest:  # a lone ">" starts a new paragraph
            draft.explanation.append([0, []])
        if rest:
            paragraph = draft.explanation[-1]
            paragraph[0] = paragraph[0] or number
            paragraph[1].append(rest)
        return None
    if not draft.answers:
        draft.text.append(text.strip())
        return None
    return Problem(number, say.TEXT_AFTER_ANSWERS)


def parse(block: RawBlock) -> tuple[Quiz, list[Problem]]:
    """The quiz in a block, and every problem found in it (an empty list when it is valid)."""
    ident = block.options.get("id")
    problems = header_problems(
        block, no_id=say.NO_ID, bad_id=say.BAD_QUIZ_ID, no_title=say.NO_TITLE
    )
    drafts: list[_Draft] = []
    for line in block.body:
        text = line.text.rstrip()
        if not text.strip():
            if drafts and drafts[-1].explanation:
                drafts[-1].explanation.append([0, []])  # a blank line also starts a paragraph
        elif problem := _read_line(drafts, text, line.number):
            problems.append(problem)
    questions = tuple(draft.build() for draft in drafts)
    for draft, question in zip(drafts, questions, strict=True):
        problems.extend(draft.header_problems() or _question_problems(question))
    if not drafts:
        problems.append(Problem(block.line, say.NO_QUESTION))
    quiz = Quiz(
        ident if isinstance(ident, str) else "",
        Text(block.argument, block.line),
        block.line,
        questions,
    )
    return quiz, sorted(problems, key=lambda problem: problem.line)


def _positions(indexes: tuple[int, ...]) -> str:
    return ", ".join(str(index + 1) for index in indexes) or "none"


def compare(source: Quiz, where: str, translation: Quiz) -> list[Problem]:
    """What differs between a quiz and its translation, reported at the translation's lines.

    `where` names the source quiz's file, e.g. "docs/fr/chapter-1.md".
    """
    problems = []
    if len(source.questions) != len(translation.questions):
        message = say.QUESTION_COUNT.format(
            id=translation.id,
            count=len(translation.questions),
            expected=len(source.questions),
            there=f"{where}:{source.line}",
        )
        problems.append(Problem(translation.line, message))
    pairs = zip(source.questions, translation.questions, strict=False)
    for number, (original, question) in enumerate(pairs, start=1):
        there, at = f"{where}:{original.line}", question.line
        if original.id != question.id:
            message = say.QUESTION_ID.format(
                number=number, id=question.id, expected=original.id, there=there
            )
            problems.append(Problem(at, message))
            continue
        if original.type != question.type:
            message = say.QUESTION_TYPE.format(
                id=question.id, type=question.type, expected=original.type, there=there
            )
            problems.append(Problem(at, message))
        if len(original.answers) != len(question.answers):
            message = say.ANSWER_COUNT.format(
                id=question.id,
                count=len(question.answers),
                expected=len(original.answers),
                there=there,
            )
            problems.append(Problem(at, message))
        elif original.correct != question.correct:
            message = say.CORRECT_DIFFER.format(
                id=question.id,
                found=_positions(question.correct),
                expected=_positions(original.correct),
                there=there,
            )
            problems.append(Problem(at, message))
    return problems


def texts(quiz: Quiz) -> list[Text]:
    """Every piece of author text (its links are checked even when the quiz is not rendered)."""
    found = [quiz.title]
    for question in quiz.questions:
        found.append(question.text)
        for answer in question.answers:
            found += [answer.text] + ([answer.feedback] if answer.feedback else [])
        found += question.explanation
    return found


def ids(quiz: Quiz) -> list[tuple[str, str, int]]:
    """Ids that must be unique in a language's site: (what, id, line), the quiz's own first."""
    own = [("quiz", quiz.id, quiz.line)] if quiz.id else []
    return own + [("question", q.id, q.line) for q in quiz.questions if q.id]
