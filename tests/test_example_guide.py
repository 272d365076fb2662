"""The second guide, examples/ecrire-pour-le-web/: the same hooks and overrides build another guide.

« Écrire pour le web » has three lessons (`guide.chapter: "lecon-{number}"`), its own
interface texts in docs/<lang>/_strings.yml, and the main guide's hooks and overrides by relative
path. Built once, with --strict: any warning fails every test. Nothing of the main guide may show
through (its truths, its author), which proves that the hooks carry no guide of their own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT, page_path, plain, run_build, soup

EXAMPLE = ROOT / "examples" / "ecrire-pour-le-web"
LESSONS = [f"lecon-{number}" for number in (1, 2, 3)]
PAGES = ["", *LESSONS, "bilan", "parcours"]  # "" is the home page
# Words of the main guide that must never reach the example's pages, in any case.
FOREIGN = re.compile(r"v[ée]rit[ée]s?\b|truths?\b|Erwan", re.IGNORECASE)
# The generator's word for a chapter; this guide says « leçon » / "lesson" ({chapter}: a field).
GENERIC = re.compile(r"(?<!\{)\b(chapitres?|chapters?)\b(?!\})", re.IGNORECASE)


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    """The example guide, built once with --strict into a temporary folder."""
    site = tmp_path_factory.mktemp("example-site")
    result = run_build(EXAMPLE, site)
    assert result.returncode == 0, result.output
    assert result.warnings == [], "\n".join(result.warnings)
    return site


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_built_in_its_language(example, language, page):
    path = page_path(example, language, page)
    assert path.is_file(), path
    document = soup(path)
    assert document.html["lang"] == language
    description = document.select_one('meta[name="description"]')
    assert description is not None and description["content"].strip()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("lesson", LESSONS)
def test_each_lesson_has_one_quiz_of_four_questions_and_one_checklist(example, language, lesson):
    document = soup(page_path(example, language, lesson))
    quizzes = document.select('section[data-gd="quiz"]')
    assert len(quizzes) == 1
    assert quizzes[0]["data-gd-id"] == lesson
    assert len(quizzes[0].select("fieldset[data-gd-question]")) == 4
    checklists = document.select("section.gd-checklist")
    assert len(checklists) == 1
    items = checklists[0].select("input[type=checkbox]")
    assert 4 <= len(items) <= 6
    assert document.find(id="a-retenir") is not None  # where the reading is recorded


def _guide_data(path: Path) -> dict:
    scripts = soup(path).select("script#gd-results-data")
    assert len(scripts) == 1, path
    return json.loads(scripts[0].string)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_results_page_embeds_the_three_lessons(example, language):
    data = _guide_data(page_path(example, language, "bilan"))
    assert data["language"] == language
    chapters = data["chapters"]
    assert [chapter["id"] for chapter in chapters] == LESSONS
    assert [chapter["number"] for chapter in chapters] == [1, 2, 3]
    for chapter in chapters:
        assert chapter["quiz"]["total"] == 4
        assert chapter["checklist"]["id"] == chapter["id"]
    label = {"fr": "Leçon 1", "en": "Lesson 1"}[language]
    assert plain(chapters[0]["label"]) == label  # from docs/<lang>/_strings.yml


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_cards_show_each_lessons_progress(example, language):
    document = soup(page_path(example, language, ""))
    cards = document.select(".grid.cards > ul > li")
    assert len(cards) == 3
    for card in cards:
        assert len(card.select("p.gd-progress")) == 1
    assert not document.select("span[data-gd-results]")  # every marker was replaced


def test_the_lessons_answers_are_the_same_in_both_languages(example):
    for lesson in LESSONS:
        keys = {
            language: [
                question["data-gd-correct"]
                for question in soup(page_path(example, language, lesson)).select(
                    "fieldset[data-gd-question]"
                )
            ]
            for language in LANGUAGES
        }
        assert keys["fr"] == keys["en"], lesson


@pytest.mark.parametrize(("address", "target"), [("2", "lecon-2"), ("en/2", "en/lecon-2")])
def test_short_links_lead_to_the_lessons(example, address, target):
    stub = soup(example / address / "index.html")
    link = stub.select_one("a#gd-target")
    assert link is not None
    assert link["href"] == f"../{target.rsplit('/', 1)[-1]}/"
    assert stub.select_one('meta[http-equiv="refresh"]')["content"].endswith(link["href"])
    assert stub.select_one('link[rel="canonical"]')["href"].endswith(f"/{target}/")


def _strings(value) -> list[str]:
    """Every string in decoded JSON."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return [value] if isinstance(value, str) else []


def _texts(path: Path) -> list[str]:
    """What a reader may see or hear of a page: text, labels, and the scripts' strings and data."""
    document = soup(path)
    texts = [document.get_text(" ")]
    for tag in document.find_all(True):
        for name, value in tag.attrs.items():
            if name == "data-gd-strings":
                texts += _strings(json.loads(value))
            elif name in ("alt", "title", "aria-label", "content", "placeholder"):
                texts.append(value if isinstance(value, str) else " ".join(value))
    for script in document.select('script[type="application/json"]'):
        texts += _strings(json.loads(script.string))
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_the_interface_calls_a_chapter_a_lesson(example, language, page):
    """docs/<lang>/_strings.yml replaces every generator string that names a chapter."""
    found = [
        match.group(0)
        for text in _texts(page_path(example, language, page))
        for match in GENERIC.finditer(text)
    ]
    assert found == []


def test_nothing_of_the_main_guide_shows_through(example):
    """Text, attributes, embedded data and search index: no truth, no Erwan, in any language."""
    files = [*example.rglob("*.html"), *example.glob("search/*.json"), *example.rglob("*.xml")]
    found = []
    for path in files:
        if "assets" in path.relative_to(example).parts:
            continue  # Material's own scripts and styles
        for match in FOREIGN.finditer(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(example)}: {match.group(0)}")
    assert found == []
