"""Checklists through real `mkdocs build` runs: the guide's own, and broken ones in a copy."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from conftest import ROOT, copy_project, page_path, run_build, soup
from test_quiz_build import append, errors, search_index

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
LANGUAGES = ("fr", "en")


def checklist_of(site: Path, language: str, page: str):
    found = soup(page_path(site, language, page)).select("section.gd-checklist")
    assert len(found) == 1, f"{language}/{page}: {len(found)} checklists"
    return found[0]


def shape(checklist) -> tuple[list[str], list[tuple[str, str, str]]]:
    """What must be the same in every language: item ids, band ids and score ranges."""
    items = [box["value"] for box in checklist.select("input[type=checkbox]")]
    bands = [
        (band["data-gd-band"], band["data-gd-low"], band["data-gd-high"])
        for band in checklist.select("[data-gd-band]")
    ]
    return items, bands


def target_ids(site: Path, page_url: str, href: str) -> tuple[Path, str]:
    """The built file a link leads to, and its fragment."""
    address = urlparse(urljoin(page_url, href))
    path = site / address.path.lstrip("/")
    return (path / "index.html" if address.path.endswith("/") else path), address.fragment


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("truth", TRUTHS)
def test_every_truth_has_a_self_assessment_before_its_quiz(site, language, truth):
    page = soup(page_path(site, language, truth))
    checklist = checklist_of(site, language, truth)
    heading = page.select_one("h2#auto-evaluation")
    assert heading is not None and checklist.find_previous("h2") is heading
    quiz = page.select_one("h2#quiz")
    assert checklist.find_next("h2") is quiz, "the self-assessment comes right before the quiz"
    assert (checklist["data-gd-id"], checklist["data-gd-page"]) == (truth, truth)
    assert checklist.select_one("fieldset > legend").get_text().strip()
    items, bands = shape(checklist)
    assert 6 <= len(items) <= 10
    assert all(item.startswith(f"v{truth[-1]}-") for item in items + [b[0] for b in bands])
    assert len(bands) >= 3
    scores = [score for _, low, high in bands for score in range(int(low), int(high) + 1)]
    assert scores == list(range(len(items) + 1)), "each score in exactly one band, in order"
    prefix = "" if language == "fr" else "en/"
    url = f"https://example.org/{prefix}{truth}/"
    for band in checklist.select("[data-gd-band]"):
        title = band.select_one(".gd-checklist__band-title").get_text().strip()
        links = band.select("p a[href]")
        assert title and links, f"{band['data-gd-band']}: a title, and what to read next"
        for link in links:
            built, fragment = target_ids(site, url, link["href"])
            assert built.exists(), link["href"]
            assert fragment and soup(built).find(id=fragment), link["href"]


@pytest.mark.parametrize("truth", TRUTHS)
def test_french_and_english_checklists_have_the_same_shape(site, truth):
    assert shape(checklist_of(site, "fr", truth)) == shape(checklist_of(site, "en", truth))


def test_item_and_band_ids_are_unique_in_each_language(site):
    for language in LANGUAGES:
        ids = [
            identifier
            for truth in TRUTHS
            for part in shape(checklist_of(site, language, truth))
            for identifier in (entry if isinstance(entry, str) else entry[0] for entry in part)
        ]
        assert len(ids) == len(set(ids))


def test_checklist_strings_reach_the_script(site):
    for language, score in (("fr", "Votre score\u00a0: {score} / {total}"), ("en", "Your score:")):
        checklist = checklist_of(site, language, "verite-4")
        assert json.loads(checklist["data-gd-strings"])["score"].startswith(score)


def test_self_assessments_are_not_search_results(site):
    entries = search_index(site)
    index = " ".join(" ".join(f"{e['title']} {e['text']}".split()) for e in entries["docs"])
    assert "Auto-évaluation" in index, "the section heading and its introduction are indexed"
    for language in LANGUAGES:
        for label in checklist_of(site, language, "verite-4").select("label"):
            words = " ".join(label.get_text().split()[:6])
            assert words not in index, words


# Broken checklists in a copy of the project: every problem is one "file:line: message" line.

GOOD = """
## Auto-évaluation test {{ #auto-test }}

/// checklist | {title}
    id: {checklist_id}

- [ ] #{prefix}-a {first}
- [ ] #{prefix}-b {second}

= 0-1 #{prefix}-bas {low}
> {low_text} [{see}](#auto-test)

= 2 #{prefix}-haut {high}
> {high_text}
///
"""
FRENCH = dict(
    title="Test",
    checklist_id="test-checklist",
    prefix="tc",
    first="Première affirmation.",
    second="Seconde affirmation.",
    low="Bas",
    low_text="À revoir.",
    see="Revoir",
    high="Haut",
    high_text="Bravo.",
)
ENGLISH = dict(
    FRENCH,
    first="First statement.",
    second="Second statement.",
    low="Low",
    low_text="Review it.",
    see="Read again",
    high="High",
    high_text="Well done.",
)


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def test_problems_in_a_checklist_fail_the_build_with_file_and_line(project, tmp_path):
    broken = GOOD.format(**FRENCH).replace(
        "    id: test-checklist", "    id: test-checklist\n    open: true"
    )
    broken = broken.replace("= 2 #tc-haut", "= 1-2 #tc-haut").replace(
        "#tc-b Seconde affirmation.", "#tc-b"
    )
    broken = broken.replace("(#auto-test)", "(verite-1.md#nulle-part)")
    start = append(project, "fr/auteur.md", broken)
    empty = "\n/// checklist | Vide\n    id: test-vide\n\n= 0-2 #tv-tout Tout\n> Rien.\n///\n"
    start_empty = append(project, "fr/glossaire.md", empty)
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1 and "Traceback" not in result.output
    assert errors(result.output) == [
        f'docs/fr/auteur.md:{start + 5}: unknown checklist option "open". Use one of: id.',
        f'docs/fr/auteur.md:{start + 8}: item "tc-b" has no text. Write the statement after '
        '"#tc-b", or delete the line.',
        f'docs/fr/auteur.md:{start + 11}: link to "#nulle-part": no such id in verite-1.md. '
        "Use the { #id } of one of its headings.",
        f'docs/fr/auteur.md:{start + 13}: bands "tc-haut" and "tc-bas" (line {start + 10}) '
        "both cover a score of 1. Give each score to one band only.",
        f"docs/fr/glossaire.md:{start_empty + 1}: checklist has no item. Add one statement per "
        'line, e.g. "- [ ] #c1-my-item What is true".',
        f'docs/fr/glossaire.md:{start_empty + 4}: band "tv-tout" goes up to 2 but the checklist '
        "has 0 items. End the last band at 0.",
    ]
    lines = [line for line in result.output.splitlines() if line.strip() and line[:4] != "INFO"]
    assert len(lines) == 7 and "Aborted with a BuildError!" in lines


def test_translations_must_match_the_french_checklist(project, tmp_path):
    fr_start = append(project, "fr/auteur.md", GOOD.format(**FRENCH))
    english = GOOD.format(**ENGLISH).replace("= 0-1 #tc-bas", "= 0 #tc-bas")
    english = english.replace("= 2 #tc-haut", "= 1-2 #tc-haut")
    english = english.replace("#tc-b Second", "#tc-second Second")
    en_start = append(project, "en/auteur.md", english)
    copied = GOOD.format(**dict(ENGLISH, checklist_id="test-copy")).replace("= 2 #", "= 3 #")
    copy_start = append(project, "en/glossaire.md", copied)
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1 and "Traceback" not in result.output
    assert errors(result.output) == [
        f'docs/en/auteur.md:{en_start + 7}: item 2 is "tc-second" here but "tc-b" in '
        f"docs/fr/auteur.md:{fr_start + 7}. Use the same item ids, in the same order, in every "
        "language.",
        f'docs/en/auteur.md:{en_start + 9}: band "tc-bas" covers 0-0 here but 0-1 in '
        f"docs/fr/auteur.md:{fr_start + 9}. Use the same scores in every language.",
        f'docs/en/auteur.md:{en_start + 12}: band "tc-haut" covers 1-2 here but 2-2 in '
        f"docs/fr/auteur.md:{fr_start + 12}. Use the same scores in every language.",
        f'docs/en/glossaire.md:{copy_start + 3}: checklist "test-copy" has no "fr" version. Add '
        "it, with the same id, to docs/fr/glossaire.md, or remove it.",
        f"docs/en/glossaire.md:{copy_start + 3}: no band covers a score of 2. The bands must "
        "cover every score from 0 to 2: widen a band or add one.",
        f'docs/en/glossaire.md:{copy_start + 6}: duplicate checklist item id "tc-a", already '
        f"used at docs/en/auteur.md:{en_start + 6}. Give each checklist item its own id.",
        f'docs/en/glossaire.md:{copy_start + 9}: duplicate band id "tc-bas", already used at '
        f"docs/en/auteur.md:{en_start + 9}. Give each band its own id.",
        f'docs/en/glossaire.md:{copy_start + 12}: band "tc-haut" goes up to 3 but the checklist '
        "has 2 items. End the last band at 2.",
        f'docs/en/glossaire.md:{copy_start + 12}: duplicate band id "tc-haut", already used at '
        f"docs/en/auteur.md:{en_start + 12}. Give each band its own id.",
    ]


def test_every_truth_uses_the_same_band_scheme():
    """The same scores mean the same thing on every truth (issue 9): 0-3, 4-6, 7-8."""
    schemes = {}
    for language in LANGUAGES:
        for truth in TRUTHS:
            source = (ROOT / "docs" / language / f"{truth}.md").read_text(encoding="utf-8")
            schemes[language, truth] = re.findall(r"^= (\d+(?:-\d+)?) #", source, re.M)
    assert set(map(tuple, schemes.values())) == {("0-3", "4-6", "7-8")}, schemes
