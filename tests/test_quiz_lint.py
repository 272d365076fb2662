"""Quiz lint (hooks/components/quiz_lint.py): Markdown in, warnings out; then a real build."""

from __future__ import annotations

import re
import sys

from conftest import ROOT, copy_project, run_build

sys.path.insert(0, str(ROOT / "hooks"))
from components import blocks, quiz, quiz_lint  # noqa: E402

HEADER = "/// quiz | Titre\n    id: essai\n\n"


def parsed(body: str) -> quiz.Quiz:
    found, problems = blocks.scan(HEADER + body + "///\n", {"quiz": quiz.OPTIONS}, 1)
    assert problems == []
    model, problems = quiz.parse(found[0])
    assert problems == []
    return model


def single(ident: str, answers: list[str], key: int) -> str:
    lines = [f"? single #{ident}", "Question ?", ""]
    lines += [f"- [{'x' if index == key else ' '}] {text}" for index, text in enumerate(answers)]
    return "\n".join(lines) + "\n\n"


def true_false(ident: str, key: int) -> str:
    marks = ["x" if index == key else " " for index in range(2)]
    return f"? true-false #{ident}\nAffirmation.\n\n- [{marks[0]}] Vrai\n- [{marks[1]}] Faux\n\n"


def test_visible_length_ignores_markdown_marks_and_link_targets():
    assert quiz_lint.visible_length("**Du temps**, voir [la page](verite-2.md#v2-temps).") == len(
        "Du temps, voir la page."
    )


def test_longest_key_in_most_single_questions_is_reported_on_the_quiz_line():
    body = single("q-1", ["Une réponse plus détaillée", "Courte réponse"], 0)
    body += single("q-2", ["Courte réponse", "Une réponse plus détaillée"], 1)
    body += single("q-3", ["Une réponse plus détaillée", "Courte réponse"], 1)
    [problem] = quiz_lint.quiz_problems(parsed(body))
    assert problem.line == 1
    assert problem.message.startswith(
        'quiz "essai": the correct answer is the longest option in 2 of its 3 single-choice '
        "questions (q-1, q-2)."
    )


def test_half_of_the_single_questions_is_allowed():
    body = single("q-1", ["Une réponse détaillée", "Courte réponse"], 0)
    body += single("q-2", ["Courte réponse", "Une réponse détaillée"], 0)
    assert quiz_lint.quiz_problems(parsed(body)) == []


def test_options_of_wildly_different_lengths_are_reported_on_the_question_line():
    body = single("q-1", ["Oui", "Une réponse vraiment beaucoup plus longue"], 0)
    problems = quiz_lint.quiz_problems(parsed(body))
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [(4, 'question "q-1"')]
    assert "(41 against 3 characters, more than 2 times)" in problems[0].message


def test_true_false_keys_mostly_the_same_are_reported_once_for_the_language():
    quizzes = [
        ("docs/fr/a.md", parsed(true_false("a-1", 1) + true_false("a-2", 1))),
        ("docs/fr/b.md", parsed(true_false("b-1", 0))),
    ]
    assert quiz_lint.guide_problem(quizzes) is None  # two thirds exactly: allowed
    quizzes.append(("docs/fr/c.md", parsed(true_false("c-1", 1) + true_false("c-2", 1))))
    path, problem = quiz_lint.guide_problem(quizzes)
    assert (path, problem.line) == ("docs/fr/a.md", 4)
    assert problem.message.startswith(
        "4 of the 5 true/false questions of this language have the second (false) answer"
    )


def test_a_guessable_quiz_fails_the_build_with_its_line(tmp_path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "fr" / "verite-2.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    # The first single-choice question of the page: its first wrong answer becomes three times
    # as long as it is.
    start = next(i for i, line in enumerate(lines) if line.startswith("? single #"))
    ident = lines[start].split("#")[1]
    wrong = next(i for i in range(start, len(lines)) if lines[i].startswith("- [ ] "))
    lines[wrong] += " " + lines[wrong][6:] * 2
    page.write_text("\n".join(lines), encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 1
    lint = [line for line in result.output.splitlines() if "differ wildly" in line]
    assert len(lint) == 1, result.output
    assert re.fullmatch(
        rf'WARNING +- +docs/fr/verite-2\.md:{start + 1}: question "{ident}": its options differ '
        r"wildly in length \(\d+ against \d+ characters, more than 2 times\)\. Bring them to "
        r"similar lengths, so that length gives nothing away\.",
        lint[0],
    ), lint[0]
