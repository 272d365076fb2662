"""Worksheets through real `mkdocs build` runs: the guide's own, and broken ones in a copy."""

from __future__ import annotations

import json

import pytest
from conftest import copy_project, minified, page_path, page_script, run_build, soup
from test_quiz_build import errors

LANGUAGES = ("fr", "en")


def worksheets(site, language: str, page: str):
    return soup(page_path(site, language, page)).select("section.gd-worksheet")


def sheet_pages(site) -> list[str]:
    """The pages of the French site that hold a worksheet (the English ones must match)."""
    return sorted(
        path.parent.name
        for path in site.glob("*/index.html")
        if 'data-gd="worksheet"' in path.read_text(encoding="utf-8")
    )


def test_truth_two_has_its_cost_worksheet_in_both_languages(site):
    assert "verite-2" in sheet_pages(site)
    for language in LANGUAGES:
        [sheet] = worksheets(site, language, "verite-2")
        data = json.loads(sheet["data-gd-sheet"])
        assert [r["id"] for r in data["results"]] == [
            "v2-cout-mensuel",
            "v2-cout-annuel",
            "v2-ecart",
        ]
        assert [r["key"] for r in data["results"]] == [True, True, False]
        served = page_script(page_path(site, language, "verite-2"))
        assert minified("worksheet/assets/worksheet.js") in served


def test_french_and_english_worksheets_have_the_same_fields_and_formulas(site):
    pages = sheet_pages(site)
    assert pages, "no worksheet in the guide"
    for page in pages:
        french = [json.loads(s["data-gd-sheet"]) for s in worksheets(site, "fr", page)]
        english = [json.loads(s["data-gd-sheet"]) for s in worksheets(site, "en", page)]
        assert french == english, page


def test_without_javascript_every_worksheet_is_a_labelled_form_with_explained_results(site):
    for language in LANGUAGES:
        for page in sheet_pages(site):
            for sheet in worksheets(site, language, page):
                for control in sheet.select("input:not([type=radio]), textarea"):
                    assert sheet.select_one(f'label[for="{control["id"]}"]'), control["id"]
                for choice in sheet.select("fieldset.gd-worksheet__field"):
                    assert choice.legend.get_text(strip=True)
                    for radio in choice.select("input[type=radio]"):
                        assert sheet.select_one(f'label[for="{radio["id"]}"]'), radio["id"]
                for result in sheet.select("[data-gd-result]"):
                    assert result.select_one(".gd-worksheet__explain p").get_text(strip=True)
                assert sheet.select_one(".gd-worksheet__erase").has_attr("hidden")
            assert "///" not in soup(page_path(site, language, page)).get_text()


def test_pages_without_a_worksheet_do_not_load_its_script(site):
    for language in LANGUAGES:
        page = soup(page_path(site, language, "glossaire"))
        assert page.select_one('script[src*="assets/worksheet."]') is None


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path)


def test_a_translation_that_changes_a_formula_or_a_bound_fails_with_its_line(project, tmp_path):
    english = project / "docs" / "en" / "verite-2.md"
    text = english.read_text(encoding="utf-8")
    lines = text.split("\n")
    formula_line = next(
        i for i, line in enumerate(lines, 1) if "formula: v2-cout-mensuel * 12" in line
    )
    text = text.replace("formula: v2-cout-mensuel * 12", "formula: v2-cout-mensuel * 13")
    english.write_text(text, encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 1
    [line] = [line for line in errors(result.output) if "v2-cout-annuel" in line]
    assert line.startswith(f"docs/en/verite-2.md:{formula_line - 1}: result 2 is ")
    assert "Keep the same results (ids, types, options, formulas) in every language" in line


def test_a_broken_formula_fails_the_build_with_file_line_and_column(project, tmp_path):
    french = project / "docs" / "fr" / "verite-2.md"
    text = french.read_text(encoding="utf-8").replace(
        "formula: v2-cout-mensuel * 12", "formula: v2-cout-mensuel * 12 / 0"
    )
    french.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "v2-cout-mensuel * 12 / 0" in row)
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 1
    assert (
        f'docs/fr/verite-2.md:{line}: result "v2-cout-annuel", formula column 22: division by '
        "zero. Divide by another number or a field."
    ) in errors(result.output)
    assert "Traceback" not in result.output
