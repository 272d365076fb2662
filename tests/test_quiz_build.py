"""Quizzes through real `mkdocs build` runs: the guide's own quizzes, and broken ones in a copy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, minified, page_path, page_script, run_build, soup
from conftest import error_lines as errors

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
LANGUAGES = ("fr", "en")


def quiz_of(site: Path, language: str, page: str):
    quizzes = soup(page_path(site, language, page)).select("section.gd-quiz")
    assert len(quizzes) == 1, f"{language}/{page}: {len(quizzes)} quizzes"
    return quizzes[0]


def shape(quiz) -> list[tuple[str, int, str, str]]:
    """What must be the same in every language: ids, answer counts, types, correct answers."""
    return [
        (
            question["data-gd-question"],
            len(question.select("input")),
            question.select_one("input")["type"],
            question["data-gd-correct"],
        )
        for question in quiz.select("fieldset.gd-quiz__question")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("truth", TRUTHS)
def test_every_truth_ends_with_its_quiz(site, language, truth):
    page = soup(page_path(site, language, truth))
    quiz = quiz_of(site, language, truth)
    heading = page.select_one("h2#quiz")
    assert heading is not None and quiz.find_previous("h2") is heading
    assert quiz["data-gd-id"] == truth
    questions = quiz.select("fieldset.gd-quiz__question")
    assert len(questions) >= 5
    hints = {question.select_one(".gd-quiz__hint").get_text() for question in questions}
    assert len(hints) == 3, f"the three types are mixed: {hints}"
    ids = {tag["id"] for tag in page.select("[id]")}
    for question in questions:
        items = question.select(".gd-quiz__item")
        assert all(item.select_one(".gd-quiz__comment") for item in items), (
            "feedback on every answer"
        )
        links = question.select(".gd-quiz__explanation a[href^='#']")
        assert links, f"{question['data-gd-question']}: the explanation points to a section"
        assert all(link["href"][1:] in ids for link in links)


@pytest.mark.parametrize("truth", TRUTHS)
def test_french_and_english_quizzes_have_the_same_shape(site, truth):
    assert shape(quiz_of(site, "fr", truth)) == shape(quiz_of(site, "en", truth))


def test_assets_load_only_where_a_component_is(site):
    components = minified("blocks/assets/components.js")
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        has_quiz = 'data-gd="quiz"' in text
        # The page's one script file holds components.js (mkdocs_guide/assets.py `declare`).
        assert (components in page_script(html)) == has_quiz, html
        assert bool(re.search(r"assets/components\.\w{8}\.min\.css", text)) == has_quiz, html


def search_index(site: Path, languages=("fr", "en")) -> dict:
    """The search entries of these languages (hooks/search_index.py writes one file each)."""
    docs = []
    for language in languages:
        path = site / "search" / f"search_index.{language}.json"
        docs += json.loads(path.read_text(encoding="utf-8"))["docs"]
    return {"docs": docs}


def test_quizzes_are_not_search_results(site):
    """A wrong answer must not come up as a search hit: quizzes stay out of the search index."""
    entries = search_index(site)
    index = " ".join(" ".join(f"{e['title']} {e['text']}".split()) for e in entries["docs"])
    assert "Une idée fausse, pour le moins étrange" in index, "the prose is indexed"
    for language in LANGUAGES:
        for truth in TRUTHS:
            for question in quiz_of(site, language, truth).select(".gd-quiz__text"):
                words = " ".join(question.get_text().split()[:6])
                assert words not in index, words


def test_no_block_text_is_left_in_any_page(site):
    for html in site.rglob("*.html"):
        text = re.sub(r"<(pre|code)\b.*?</\1>", "", html.read_text(encoding="utf-8"), flags=re.S)
        assert not re.search(r"(^|>)\s*///", text, re.M), html


# Broken quizzes in a copy of the project: every problem is one "file:line: message" line.

GOOD = """
## Quiz test {{ #quiz-test }}

/// quiz | {title}
    id: {quiz_id}

? single #{prefix}-a
{question}

- [ ] {wrong}
    > {feedback}
- [x] {right}

> {explanation} [{see}](#quiz-test)

? true-false #{prefix}-b
{statement}

- [x] {true}
- [ ] {false}
///
"""
FRENCH = dict(
    title="Test",
    quiz_id="test-quiz",
    prefix="tq",
    question="Question ?",
    wrong="Faux",
    feedback="Non.",
    right="Juste",
    explanation="Parce que.",
    see="Revoir",
    statement="Affirmation.",
    true="Vrai",
    false="Faux",
)
ENGLISH = dict(
    FRENCH,
    question="Question?",
    wrong="Wrong",
    feedback="No.",
    right="Right",
    explanation="Because.",
    see="Read again",
    statement="Statement.",
    true="True",
    false="False",
)


def append(project: Path, page: str, text: str) -> int:
    """Append text to a page; returns the file line where the appended text starts."""
    path = project / "docs" / page
    current = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(current + text, encoding="utf-8")
    return current.count("\n") + 1


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def test_problems_in_one_language_fail_the_build_with_file_and_line(project, tmp_path):
    start = append(
        project, "fr/auteur.md", GOOD.format(**FRENCH).replace("- [x] Juste", "- [ ] Juste")
    )
    broken = "\n/// quiz | Sans fin\n    id: test-open\n\n? multiple #to-a\nQ ?\n- [x] A\n- [ ] B\n"
    start_glossary = append(project, "fr/glossaire.md", broken)
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert "Traceback" not in result.output
    assert errors(result.output) == [
        f'docs/fr/auteur.md:{start + 6}: question "tq-a" has no correct answer. '
        'Mark the right answer(s) with "- [x]".',
        f"docs/fr/glossaire.md:{start_glossary + 1}: unclosed quiz block. "
        'Add a line "///" after its last line.',
    ]
    # Nothing else is printed: no traceback, no half-rendered page.
    lines = [line for line in result.output.splitlines() if line.strip() and line[:4] != "INFO"]
    assert len(lines) == 3 and "Aborted with a BuildError!" in lines


def test_a_misspelt_block_name_and_an_unsafe_link_are_reported(project, tmp_path):
    text = GOOD.format(**FRENCH).replace("/// quiz |", "/// quizz |")
    start = append(project, "fr/auteur.md", text)
    link = GOOD.format(**dict(FRENCH, quiz_id="t2", prefix="t2", see="x](javascript:alert(1)) [y"))
    start_link = append(project, "fr/glossaire.md", link)
    result = run_build(project, tmp_path / "site", strict=True)
    assert result.returncode == 1 and "Traceback" not in result.output
    assert errors(result.output) == [
        f'docs/fr/auteur.md:{start + 3}: "/// quizz | Test" is left as text in the page: "quizz" '
        'is not a block name (did you mean "quiz"?); use one of: quiz, checklist, worksheet. Start '
        "the block "
        "at the beginning of a line.",
        f'docs/fr/auteur.md:{start + 20}: a lone "///" line is left in the page. Remove it, '
        'or check that the block it closes starts with "/// quiz | Title".',
        f'docs/fr/glossaire.md:{start_link + 13}: link to "javascript:alert(1)" is not allowed. '
        'Link to a page ("chapter-2.md#id"), a section of this page ("#id") or an https://'
        " address.",
    ]


def test_translations_must_match_the_french_quiz(project, tmp_path):
    fr_start = append(project, "fr/auteur.md", GOOD.format(**FRENCH))
    english = GOOD.format(**ENGLISH).replace("- [x] True\n- [ ] False", "- [ ] True\n- [x] False")
    en_start = append(project, "en/auteur.md", english)
    append(project, "fr/glossaire.md", GOOD.format(**dict(FRENCH, quiz_id="fr-only", prefix="fo")))
    glossary = GOOD.format(**dict(FRENCH, quiz_id="test-dup", prefix="tq"))
    dup_start = append(project, "en/glossaire.md", glossary)
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1 and "Traceback" not in result.output
    fr_glossary = (project / "docs/fr/glossaire.md").read_text(encoding="utf-8").count("\n")
    fr_glossary_quiz = fr_glossary - GOOD.count("\n") + 4
    assert errors(result.output) == [
        f'docs/en/auteur.md:{en_start + 15}: question "tq-b": correct answers are 2 here but 1 '
        f'in docs/fr/auteur.md:{fr_start + 15}. Mark the same answers with "- [x]" in every '
        "language.",
        f'docs/en/glossaire.md:{dup_start + 3}: quiz "test-dup" has no "fr" version. Add it, '
        "with the same id, to docs/fr/glossaire.md, or remove it.",
        f'docs/en/glossaire.md:{dup_start + 6}: duplicate question id "tq-a", already used at '
        f"docs/en/auteur.md:{en_start + 6}. Give each question its own id.",
        f'docs/en/glossaire.md:{dup_start + 15}: duplicate question id "tq-b", already used at '
        f"docs/en/auteur.md:{en_start + 15}. Give each question its own id.",
        f'docs/fr/glossaire.md:{fr_glossary_quiz}: quiz "fr-only" has no "en" version. Add it, '
        "with the same id, to docs/en/glossaire.md.",
    ]


def test_the_guide_source_has_no_stray_block(tmp_path):
    """The real pages scanned as the hook does: no `///` line outside a quiz or checklist block."""
    for path in sorted((ROOT / "docs").rglob("*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, start=1):
            block = re.match(r"^/// (quiz|checklist|worksheet) \| \S|^///\s*$", line)
            if line.startswith("///") and not block:
                pytest.fail(f"{path}:{number}: {line}")


@pytest.mark.parametrize("fallback", ["true", "false"])
def test_a_missing_english_page_is_named_with_the_file_to_write(project, tmp_path, fallback):
    """static-i18n may build /en/verite-5/ from the French file: that is no English version. The
    build names the page to translate, before its quizzes' or links' own messages."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("fallback_to_default: false", f"fallback_to_default: {fallback}")
    )
    (project / "docs/en/verite-5.md").unlink()
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1 and "Traceback" not in result.output
    assert errors(result.output) == [
        'docs/en/verite-5.md: docs/fr/verite-5.md has no "en" version. Translate it into '
        "docs/en/verite-5.md (the same file name, the same heading ids)."
    ]


def test_glossary_tooltips_apply_inside_quizzes(site):
    """« KPI » in a quiz of truth 4 has its definition, as in the page's prose."""
    for language in LANGUAGES:
        quiz = quiz_of(site, language, "verite-4")
        marked = quiz.select("abbr[title]")
        assert marked and all(tag.get_text() in ("KPI", "SEO", "ROI") for tag in marked)
