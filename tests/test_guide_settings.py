"""Settings, strings and pages that cannot work stop the build with one line each, never a
traceback and never a silently broken site: extra.guide, the guide's _strings.yml, a page missing
from a language, an id used by two kinds of answer.

Each case is a real build of a copy of the guide with one mistake typed in, as an author would.
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, error_lines, run_build
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

sys.path.insert(0, str(ROOT / "hooks"))
from components import messages, settings  # noqa: E402

settings_for_fuzz = hypothesis_settings(max_examples=300, deadline=None)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in a file; return its line."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line_of(text, old)


def build_fails(project: Path, tmp_path: Path) -> list[str]:
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 1, result.output
    assert "Traceback" not in result.output, result.output
    return error_lines(result.output)


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path)


SETTING_CASES = {
    "misspelt name": (
        "    short_links: true",
        "    short_link: true",
        'unknown setting guide.short_link (did you mean "short_links"?). Use one of: id, '
        "author, publisher, author_page, author_type, chapter, read_section, short_links, enabled, "
        "brand.",
    ),
    "flag not a flag": (
        "short_links: true",
        "short_links: oui",
        'guide.short_links must be true or false, not "oui".',
    ),
    "author type": (
        "      author_page: auteur",
        "      author_page: auteur\n      author_type: Personne",
        'guide.author_type is "Personne". Use one of: Person, Organization.',
    ),
    "author not text": (
        "    author: Erwan",
        "    author: [Erwan, Coeur]",
        "guide.author must be text on one line, e.g. author: Jane Doe.",
    ),
    "chapter without its number": (
        'chapter: "verite-{number}"',
        'chapter: "verite"',
        'guide.chapter is "verite". Give the chapter pages\' name with one {number} in it,'
        ' e.g. chapter: "chapter-{number}" for chapter-1.md, chapter-2.md…',
    ),
    "guide id not a slug": (
        "    id: les-5-verites-du-marketing-des-medias-sociaux",
        "    id: Mon_Guide",
        'guide.id is "Mon_Guide". Use lowercase letters and digits, words joined by '
        "hyphens, at most 64 characters, e.g. my-guide: it marks the guide's results files (never"
        " change it once readers have exported theirs).",
    ),
    "read section not an id": (
        "read_section: a-retenir",
        'read_section: "À retenir"',
        'guide.read_section is "À retenir". Use letters, digits, hyphens and underscores, no '
        "spaces, e.g. a-retenir.",
    ),
}


@pytest.mark.parametrize("case", SETTING_CASES)
def test_a_setting_that_cannot_work_names_its_line(project, tmp_path, case):
    old, new, message = SETTING_CASES[case]
    line = edit(project / "mkdocs.yml", old, new) + new.count("\n")
    assert build_fails(project, tmp_path) == [f"mkdocs.yml:{line}: {message}"]


def test_a_chapter_name_that_names_no_page_says_what_the_pages_are_called(project, tmp_path):
    line = edit(project / "mkdocs.yml", 'chapter: "verite-{number}"', 'chapter: "truth-{number}"')
    expected = [
        f'mkdocs.yml:{line}: guide.chapter "truth-{{number}}" names no page in docs/{lang}/'
        ' (such as truth-1.md); its numbered pages are named "verite-{number}". Name the chapter'
        " pages after it, or write their name with {number} in place of the number."
        for lang in ("fr", "en")
    ]
    assert build_fails(project, tmp_path) == expected


def test_an_author_page_that_does_not_exist_names_the_file(project, tmp_path):
    line = edit(project / "mkdocs.yml", "author_page: auteur", "author_page: a-propos")
    assert build_fails(project, tmp_path) == [
        f'mkdocs.yml:{line}: guide.author_page "a-propos" names no page: docs/{lang}/'
        "a-propos.md does not exist. Give the name of the author's page in every language (e.g. "
        f'"auteur" for docs/{lang}/auteur.md), or remove the setting.'
        for lang in ("fr", "en")
    ]


def test_a_chapter_page_without_the_read_section_is_named(project, tmp_path):
    edit(project / "docs/en/verite-3.md", "{ #a-retenir }", "{ #key-takeaways }")
    assert build_fails(project, tmp_path) == [
        'docs/en/verite-3.md: no section has the id "a-retenir" that mkdocs.yml\'s '
        "guide.read_section names: this chapter page could never count as read. Give that "
        'id to the heading of the section that closes the chapter, e.g. "## Title { #a-retenir '
        '}", or change read_section.'
    ]


def test_a_read_section_that_no_chapter_has_names_every_page(project, tmp_path):
    edit(project / "mkdocs.yml", "read_section: a-retenir", "read_section: conclusion")
    found = build_fails(project, tmp_path)
    pages = sorted(f"docs/{lang}/verite-{n}.md" for lang in ("fr", "en") for n in range(1, 6))
    assert sorted(line.split(":", 1)[0] for line in found) == pages
    assert all('no section has the id "conclusion"' in line for line in found)


def test_the_generator_without_settings_still_builds_its_defaults():
    """No extra.guide at all is valid (the generator's defaults); unknown kinds never pass."""
    assert settings.setting_problems(None) == []
    assert settings.setting_problems({}) == []
    assert [p.message for p in settings.setting_problems(["author"])] == [
        messages.SETTINGS_NOT_MAPPING
    ]
    assert settings.setting_problems({"id": "Mon guide"})[0].key == "id"


# --- The guide's interface strings -------------------------------------------------------------


def test_a_translation_missing_a_key_the_source_sets_names_it(project, tmp_path):
    edit(project / "docs/en/_strings.yml", '  chapter_label: "Truth no. {number}"\n', "")
    assert build_fails(project, tmp_path) == [
        "docs/en/_strings.yml: missing results.chapter_label, which docs/fr/_strings.yml sets. "
        "Translate it here: without it, this language shows the generator's text instead "
        '(results.chapter_label: "Chapter {number}").'
    ]


def test_a_translation_setting_a_key_the_source_does_not_names_it(project, tmp_path):
    path = project / "docs/en/_strings.yml"
    path.write_text(path.read_text(encoding="utf-8") + "quiz:\n  check: Go\n", encoding="utf-8")
    assert build_fails(project, tmp_path) == [
        "docs/en/_strings.yml: quiz.check set here but not in docs/fr/_strings.yml. Set it there "
        "too (the source language), or remove it here."
    ]


def test_invalid_yaml_in_a_strings_file_names_its_line(project, tmp_path):
    path = project / "docs/fr/_strings.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + 'quiz:\n  check: "Vérifier\n', encoding="utf-8")
    [line] = build_fails(project, tmp_path)
    assert re.match(r"docs/fr/_strings\.yml:\d+: .+\. Write one section per component", line)


# --- Pages in every language -------------------------------------------------------------------


def test_a_page_missing_from_a_language_says_which_file_to_translate(project, tmp_path):
    (project / "docs/en/verite-3.md").unlink()
    assert build_fails(project, tmp_path) == [
        'docs/en/verite-3.md: docs/fr/verite-3.md has no "en" version. Translate it into '
        "docs/en/verite-3.md (the same file name, the same heading ids)."
    ]


def test_a_page_without_its_source_is_named(project, tmp_path):
    english = (project / "docs/en/glossaire.md").read_text(encoding="utf-8")
    (project / "docs/en/lexique.md").write_text(english, encoding="utf-8")
    assert build_fails(project, tmp_path) == [
        'docs/en/lexique.md: this page has no "fr" source. Write docs/fr/lexique.md first (fr is'
        " the source language), or remove this page."
    ]


# --- One set of ids for what a reader answers --------------------------------------------------


def test_a_worksheet_field_with_a_question_id_is_a_duplicate(project, tmp_path):
    page = (project / "docs/fr/verite-1.md").read_text(encoding="utf-8")
    question = line_of(page, "? single #v1-restaurant")
    for language in ("fr", "en"):
        path = project / "docs" / language / "verite-1.md"
        line = edit(path, "? number #v1-heures-semaine", "? number #v1-restaurant")
        text = path.read_text(encoding="utf-8").replace("v1-heures-semaine", "v1-restaurant")
        path.write_text(text, encoding="utf-8")
    assert build_fails(project, tmp_path) == [
        f'docs/fr/verite-1.md:{line}: worksheet field id "v1-restaurant" is already the id of a '
        f"question at docs/fr/verite-1.md:{question}: questions, checklist items and worksheet "
        "fields share one set of ids (the reader's saved answers). Give this worksheet field its "
        "own id."
    ]


def test_a_checklist_item_with_a_question_id_is_a_duplicate(project, tmp_path):
    for language in ("fr", "en"):
        path = project / "docs" / language / "verite-2.md"
        text = path.read_text(encoding="utf-8")
        item = re.search(r"(?m)^- \[ \] #([\w-]+)", text).group(1)
        question = re.search(r"(?m)^\? (?:single|multiple|true-false) #([\w-]+)", text).group(1)
        edit(path, f"- [ ] #{item} ", f"- [ ] #{question} ")
    found = build_fails(project, tmp_path)
    assert len(found) == 1, found
    assert re.fullmatch(
        rf'docs/fr/verite-2\.md:\d+: checklist item id "{question}" is already the id of a '
        r"question at docs/fr/verite-2\.md:\d+: .* Give this checklist item its own id\.",
        found[0],
    )


def _fixed_parts(template: str) -> list[str]:
    """The text of a message between its placeholders, as printed ("{{" is "{")."""
    parts, text = [], ""
    for literal, field, _, _ in string.Formatter().parse(template):
        text += literal
        if field is not None:
            parts.append(text)
            text = ""
    return [*parts, text]


def test_every_message_is_in_authoring():
    """Every message of hooks/components/messages.py, each block's, page's, setting's, strings
    file's and urls.yml's, is shown in AUTHORING.md: its text between the placeholders (the
    manual shows one example of each, with what to do)."""
    guide = (ROOT / "AUTHORING.md").read_text(encoding="utf-8").replace("\\|", "|")
    names = [
        name
        for name, value in vars(messages).items()
        if name.isupper() and not name.startswith("_") and isinstance(value, str)
    ]
    assert len(names) >= 150
    missing = [
        f"{name}: {fixed!r}"
        for name in names
        for fixed in _fixed_parts(getattr(messages, name))
        if len(fixed) > 12 and fixed not in guide
    ]
    assert not missing, "Not in AUTHORING.md:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("added", "message"),
    [
        (
            "quiz:\n  check: 3\n",
            '"quiz.check" is not text. Write it in double quotes, e.g. check: "…".',
        ),
        (
            "quiz:\n",
            'the section "quiz" holds no "key: text" lines. Indent its keys under it, e.g. "quiz:" '
            'then "  check: …", or remove it.',
        ),
    ],
)
def test_a_strings_value_that_is_not_text_names_its_key(project, tmp_path, added, message):
    path = project / "docs/fr/_strings.yml"
    path.write_text(path.read_text(encoding="utf-8") + added, encoding="utf-8")
    assert build_fails(project, tmp_path) == [f"docs/fr/_strings.yml: {message}"]


# --- Any value at all: a problem or nothing, never an exception ---------------------------------

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings_for_fuzz
@given(st.dictionaries(st.sampled_from([*settings.KINDS, "other", ""]), VALUES, max_size=6))
def test_any_settings_give_problems_not_exceptions(values):
    problems = settings.setting_problems(values)
    assert all(problem.message.endswith((".", "…")) for problem in problems)
    bad = {problem.key for problem in problems}
    for key, value in values.items():
        if key in ("short_links", "enabled"):
            assert (key in bad) != isinstance(value, bool)
        elif key in settings.KINDS and settings.KINDS[key][0] == settings.MAPPING:
            assert (key in bad) == (not isinstance(value, dict))
        elif key in settings.KINDS and not isinstance(value, str):
            assert key in bad
