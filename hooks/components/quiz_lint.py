"""Quiz lint: what lets a reader who never read the page guess the answers.

A test-wise reader picks the longest option, answers "false" and ticks the longer options. The
lint reports, as warnings (so `mkdocs build --strict` fails), with the file line:

- in one question (single or multiple choice), options that differ wildly in length: the
  longest more than `RATIO` times the shortest;
- in one quiz of two single-choice questions or more, the correct answer is the longest option in
  more than half of them;
- across the guide (one language), more than two thirds of the true/false keys are the same
  answer (answers are listed true first, false second: the lint compares positions).

Lengths are counted on the text a reader sees: Markdown marks and link targets do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import messages as say
from .blocks import Problem
from .quiz import Question, Quiz

RATIO = 2.0
SAME_KEY_SHARE = 2 / 3
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`\\]")


def visible_length(source: str) -> int:
    """Characters of an answer as the reader sees it (no Markdown marks, no link targets)."""
    text = _MARKS.sub("", _LINK.sub(r"\1", source))
    return len(" ".join(text.split()))


def _lengths(question: Question) -> list[int]:
    return [visible_length(answer.text.source) for answer in question.answers]


def _is_longest(question: Question) -> bool:
    """The only correct answer of a single-choice question is strictly the longest option."""
    lengths, key = _lengths(question), question.correct[0]
    return all(lengths[key] > length for index, length in enumerate(lengths) if index != key)


def quiz_problems(quiz: Quiz) -> list[Problem]:
    """Length give-aways within one quiz."""
    problems = []
    for question in quiz.questions:
        if question.type == "true-false" or len(question.answers) < 2:
            continue
        lengths = _lengths(question)
        if min(lengths) and max(lengths) > RATIO * min(lengths):
            problems.append(
                Problem(
                    question.line,
                    say.LINT_LENGTHS.format(
                        id=question.id,
                        longest=max(lengths),
                        shortest=min(lengths),
                        ratio=RATIO,
                    ),
                )
            )
    singles = [q for q in quiz.questions if q.type == "single" and len(q.correct) == 1]
    longest = [q for q in singles if _is_longest(q)]
    if len(singles) >= 2 and len(longest) > len(singles) / 2:
        problems.append(
            Problem(
                quiz.line,
                say.LINT_LONGEST_KEY.format(
                    id=quiz.id,
                    count=len(longest),
                    total=len(singles),
                    ids=", ".join(q.id for q in longest),
                ),
            )
        )
    return problems


def guide_problem(quizzes: Iterable[tuple[str, Quiz]]) -> tuple[str, Problem] | None:
    """True/false keys that are mostly the same answer, across every quiz of one language."""
    keys: Counter[int] = Counter()
    first: dict[int, tuple[str, int]] = {}
    for path, quiz in quizzes:
        for question in quiz.questions:
            if question.type == "true-false" and len(question.correct) == 1:
                key = question.correct[0]
                keys[key] += 1
                first.setdefault(key, (path, question.line))
    total = sum(keys.values())
    if total < 3:
        return None
    key, count = keys.most_common(1)[0]
    if count <= SAME_KEY_SHARE * total:
        return None
    path, line = first[key]
    answer = "first (true)" if key == 0 else "second (false)"
    message = say.LINT_TRUE_FALSE.format(count=count, total=total, answer=answer)
    return path, Problem(line, message)
