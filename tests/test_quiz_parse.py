"""Quiz Markdown in, typed data or exact problems (line and message) out: no MkDocs involved."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from components import blocks, quiz  # noqa: E402

GOOD = """\
/// quiz | Vérité n° 1 : *ce n'est pas* magique
    id: verite-1

? single #v1-tweets
Une boulangerie publie trois tweets.
Que doit-elle en conclure ?

- [ ] Les médias sociaux ne marchent pas pour elle.
    > Non : rien n'a été tenté.
- [x] Elle n'a pas encore investi
  le temps nécessaire.
    > Oui.
    > Voir plus loin.

> Les résultats demandent du temps.
>
> [Revoir la section](#v1-idee-recue)

? multiple #v1-qualites Quelles qualités le succès exige-t-il ?

- [x] L'engagement
* [X] La cohérence
- [ ] La chance

? true-false #v1-vrai
Quelques tweets suffisent.

- [ ] Vrai
- [x] Faux
///
"""


def parse(text: str, first_line: int = 1) -> tuple[list[quiz.Quiz], list[tuple[int, str]]]:
    found, problems = blocks.scan(text, {"quiz": quiz.OPTIONS}, first_line)
    quizzes = []
    for block in found:
        model, more = quiz.parse(block)
        quizzes.append(model)
        problems += more
    problems.sort(key=lambda problem: problem.line)
    return quizzes, [(problem.line, problem.message) for problem in problems]


def problems_of(body: str, options: str = "    id: q1\n") -> list[tuple[int, str]]:
    """Problems of a quiz whose body starts on line 3 (line 1: header, line 2: options)."""
    return parse(f"/// quiz | Titre\n{options}{body}///\n")[1]


def test_a_valid_quiz_becomes_typed_data():
    (model,), problems = parse(GOOD)
    assert problems == []
    assert (model.id, model.title.source, model.line) == (
        "verite-1",
        "Vérité n° 1 : *ce n'est pas* magique",
        1,
    )
    first, second, third = model.questions
    assert (first.id, first.type, first.line) == ("v1-tweets", "single", 4)
    assert first.text.source == "Une boulangerie publie trois tweets.\nQue doit-elle en conclure ?"
    assert [answer.text.source for answer in first.answers] == [
        "Les médias sociaux ne marchent pas pour elle.",
        "Elle n'a pas encore investi\nle temps nécessaire.",
    ]
    assert first.answers[1].feedback == quiz.Text("Oui.\nVoir plus loin.", 12)
    assert first.correct == (1,)
    assert [paragraph.source for paragraph in first.explanation] == [
        "Les résultats demandent du temps.",
        "[Revoir la section](#v1-idee-recue)",
    ]
    assert [paragraph.line for paragraph in first.explanation] == [15, 17]
    assert second.text.source == "Quelles qualités le succès exige-t-il ?"
    assert (second.type, second.correct, second.answers[2].feedback) == ("multiple", (0, 1), None)
    assert (third.type, third.correct) == ("true-false", (1,))


def test_lines_count_from_the_first_line_given():
    _, problems = parse("/// quiz | T\n    id: q\n///\n", first_line=40)
    assert problems == [
        (40, 'quiz has no question. Add one, starting with a line such as "? single #my-question".')
    ]


def test_fenced_code_is_not_scanned():
    text = "```markdown\n/// quiz | Example\n```\n\n~~~~\n/// quiz | Other\n~~~~\n"
    assert parse(text) == ([], [])


def test_other_blocks_are_left_alone():
    assert parse("/// details | Summary\n    type: note\n\nText\n///\n") == ([], [])


def test_no_correct_answer():
    assert problems_of("? single #q\nQuestion ?\n- [ ] A\n- [ ] B\n") == [
        (3, 'question "q" has no correct answer. Mark the right answer(s) with "- [x]".')
    ]


def test_several_correct_answers_in_a_single_choice_question():
    assert problems_of("? single #q\nQuestion ?\n- [x] A\n- [x] B\n- [ ] C\n") == [
        (
            3,
            'single-choice question "q" has 2 correct answers. Keep one "- [x]", '
            'or make it "? multiple #q".',
        )
    ]


def test_several_correct_answers_in_a_true_false_question():
    assert problems_of("? true-false #q\nAffirmation.\n- [x] Vrai\n- [x] Faux\n") == [
        (3, 'true-false question "q" has 2 correct answers. Mark only the right one with "- [x]".')
    ]


@pytest.mark.parametrize("count", [1, 3])
def test_a_true_false_question_has_exactly_two_answers(count):
    answers = "- [x] Vrai\n" + "- [ ] Faux\n" * (count - 1)
    assert problems_of(f"? true-false #q\nAffirmation.\n{answers}") == [
        (
            3,
            f'true-false question "q" has {count} answer{"s" * (count > 1)}. Give exactly two '
            'answers (true, false), the right one marked "- [x]".',
        )
    ]


def test_empty_question():
    assert problems_of("? single #q\n\n- [x] A\n- [ ] B\n") == [
        (3, 'question "q" has no text. Write the question on the line after "? single #q".')
    ]


def test_empty_answer():
    assert problems_of("? single #q\nQuestion ?\n- [x] A\n- [ ]\n") == [
        (6, 'empty answer. Write its text after "- [ ]", or delete the line.')
    ]


@pytest.mark.parametrize("answers, count", [("", 0), ("- [x] A\n", 1)])
def test_fewer_than_two_answers(answers, count):
    expected = [
        (
            3,
            f'question "q" has {count} answer{"s" * (count != 1)}. Give at least two answers, '
            'each on a "- [ ] ..." line.',
        )
    ]
    if not count:
        expected.append(
            (3, 'question "q" has no correct answer. Mark the right answer(s) with "- [x]".')
        )
    assert problems_of(f"? multiple #q\nQuestion ?\n{answers}") == expected[:1]


def test_unknown_option():
    assert problems_of(
        "? single #q\nQ ?\n- [x] A\n- [ ] B\n", "    id: q1\n    shuffle: true\n"
    ) == [(3, 'unknown quiz option "shuffle". Use one of: id.')]
    assert problems_of("? single #q\nQ ?\n- [x] A\n- [ ] B\n", "    ident: q1\n") == [
        (
            1,
            'quiz has no id. Add the indented line "    id: my-quiz" right under "/// quiz | ...".',
        ),
        (2, 'unknown quiz option "ident". Use one of: id.'),
    ]


def test_options_that_are_not_yaml():
    assert problems_of("? single #q\nQ ?\n- [x] A\n- [ ] B\n", "    id: [q1\n") == [
        (
            2,
            "invalid quiz options (expected ',' or ']', but got '<stream end>'). "
            'Write each option as an indented "key: value" line.',
        )
    ]


def test_unknown_question_type():
    assert problems_of("? singel #q\nQ ?\n- [x] A\n- [ ] B\n") == [
        (
            3,
            'unknown question type "singel" (did you mean "single"?). '
            "Use one of: single, multiple, true-false.",
        )
    ]


def test_question_without_type_or_id():
    assert problems_of("?\nQ ?\n- [x] A\n- [ ] B\n? single\nQ ?\n- [x] A\n- [ ] B\n") == [
        (
            3,
            'question has no type. Start it with "? single #id", "? multiple #id" or '
            '"? true-false #id".',
        ),
        (7, 'question has no id. Add one after the type, e.g. "? single #c1-my-question".'),
    ]


def test_invalid_ids():
    assert problems_of("? single #Q_1\nQ ?\n- [x] A\n- [ ] B\n", "    id: Vérité 1\n") == [
        (
            2,
            'invalid quiz id "Vérité 1". Use lowercase letters, digits and hyphens, e.g. '
            '"chapter-1".',
        ),
        (
            3,
            'invalid question id "Q_1". Use lowercase letters, digits and hyphens, '
            'e.g. "c1-my-question".',
        ),
    ]


def test_missing_id_and_title():
    assert parse("/// quiz\n? single #q\nQ ?\n- [x] A\n- [ ] B\n///\n")[1] == [
        (
            1,
            'quiz has no id. Add the indented line "    id: my-quiz" right under "/// quiz | ...".',
        ),
        (1, 'quiz has no title. Write it after a bar: "/// quiz | My title".'),
    ]


def test_unclosed_block():
    assert parse("Intro\n\n/// quiz | T\n    id: q\n\n? single #q\nQ ?\n- [x] A\n")[1] == [
        (3, 'unclosed quiz block. Add a line "///" after its last line.')
    ]


def test_a_second_header_closes_nothing():
    text = "/// quiz | A\n    id: a\n? single #q\nQ\n- [x] A\n- [ ] B\n/// quiz | B\n    id: b\n"
    text += "? single #r\nQ\n- [x] A\n- [ ] B\n///\n"
    quizzes, problems = parse(text)
    assert [model.id for model in quizzes] == ["b"]
    assert problems == [(1, 'unclosed quiz block. Add a line "///" after its last line.')]


def test_misplaced_lines():
    body = "Intro\n? single #q\nQ ?\n- A\n- [x] A\n> Expl.\n- [ ] B\nStray\n"
    assert problems_of(body) == [
        (
            3,
            "text before the first question. Start each question with a line such as "
            '"? single #my-question".',
        ),
        (
            6,
            'answer without a box. Start every answer with "- [ ] " (wrong) or "- [x] " (correct).',
        ),
        (
            9,
            'answer after the explanation. Put the answers first, then the explanation (">" '
            "lines).",
        ),
        (
            10,
            "unexpected text after the answers. Indent it to continue an answer, "
            'or start it with ">" to explain the question.',
        ),
    ]


def test_explanation_before_answers():
    assert problems_of("? single #q\nQ ?\n> Too early.\n- [x] A\n- [ ] B\n") == [
        (5, "explanation before the answers. Put it after the last answer.")
    ]


def test_ids_for_the_site_checks():
    (model,), _ = parse(GOOD)
    assert quiz.ids(model) == [
        ("quiz", "verite-1", 1),
        ("question", "v1-tweets", 4),
        ("question", "v1-qualites", 19),
        ("question", "v1-vrai", 25),
    ]
