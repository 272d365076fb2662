"""Worksheets in « Mon bilan », the onboarding path and the exports; the home page's call to action;
the reader's name; and the manager's team view (Chromium).

Three readers export their results; a manager imports the three files at once, sees three rows,
then a malformed file is refused and the three stay; the same person twice keeps the newest export.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from a11y import assert_no_axe_violations, use_palette
from conftest import PHONE, plain
from test_results_browser import (
    checklist_entry,
    problems,
    quiz_entry,
    seed,
    stored,
    visit,
    words,
)

SHEET = "gd:v1:worksheet:verite-2"
COSTS = {
    "v2-heures-creation": 3.5,
    "v2-heures-publication": 2,
    "v2-heures-promotion": 1,
    "v2-cout-horaire": 40,
    "v2-promotion-mensuelle": 1000,
}
CELL = 'tr[data-gd-chapter="verite-2"] [data-gd-cell="worksheet"]'


@pytest.fixture
def folder(served_site):
    return served_site[1]


def export(page) -> dict:
    with page.expect_download() as download:
        page.click("[data-gd-action=export-json]")
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))


def test_a_worksheet_shows_in_the_results_the_path_and_the_exports(server, page):
    seed(page, server, {SHEET: {"values": COSTS}})
    visit(page, server + "bilan/")
    assert words(page.locator(CELL).inner_text()) == "En cours : 5/6 réponses Remplir la fiche"
    seed(page, server, {SHEET: {"values": {**COSTS, "v2-budget-actuel": 30000}}})
    visit(page, server + "bilan/")
    assert words(page.locator(CELL).inner_text()) == "Remplie"
    figures = page.locator('[data-gd-worksheet="verite-2"] .gd-worksheets__answers')
    assert [words(text) for text in figures.locator("dt, dd").all_inner_texts()] == [
        "Coût mensuel",
        "2 126,67 €",
        "Coût annuel",
        "25 520,00 €",
    ]
    empty = page.locator('[data-gd-worksheet="verite-1"] .gd-worksheets__none')
    assert words(empty.inner_text()) == "Vous n'avez pas encore rempli cette fiche."
    data = export(page)
    assert data["worksheets"] == {"verite-2": {"values": {**COSTS, "v2-budget-actuel": 30000}}}
    with page.expect_download() as download:
        page.click("[data-gd-action=export-text]")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "- Fiche : Remplie" in plain(text)
    assert "  - Coût annuel : 25 520,00 €" in plain(text)
    visit(page, server + "parcours/")
    assert page.locator("#gd-results-progress").evaluate("p => [p.value, p.max]") == [1, 20]
    assert problems(page) == []


def test_an_exported_worksheet_comes_back_in_a_fresh_browser(server, page, browser):
    seed(page, server, {SHEET: {"values": {**COSTS, "v2-budget-actuel": "trente"}}})
    visit(page, server + "bilan/")
    page.fill("#gd-results-name", "Léa Roux")
    data = export(page)
    assert data["name"] == "Léa Roux"
    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        visit(other, server + "en/bilan/")
        other.set_input_files(
            "#gd-results-import",
            files=[
                {
                    "name": "lea.json",
                    "mimeType": "application/json",
                    "buffer": json.dumps(data).encode(),
                }
            ],
        )
        other.locator(".gd-share .gd-results__status").filter(has_text="Léa Roux").wait_for()
        assert stored(other)[SHEET] == {"values": {**COSTS, "v2-budget-actuel": "trente"}}
        visit(other, server + "en/verite-2/#v2-fiche")
        assert other.input_value("#gd-worksheet-verite-2-v2-heures-creation") == "3.5"
        assert other.input_value("#gd-worksheet-verite-2-v2-budget-actuel") == "trente"
    finally:
        fresh.close()


@pytest.mark.parametrize(
    "worksheets",
    [
        {"verite-2": {"values": {"v2-inconnu": 3}}},
        {"verite-2": {"values": {"v2-cout-horaire": [1]}}},
        {"verite-4": {"values": {"v4-tactique-1-rang": "peut-etre"}}},
        {"verite-9": {"values": {}}},
        {"verite-2": {"values": {}, "extra": 1}},
    ],
)
def test_a_damaged_worksheet_in_a_file_changes_nothing(server, page, worksheets):
    seed(page, server, {SHEET: {"values": COSTS}})
    visit(page, server + "bilan/")
    data = {"format": "gd-results", "version": 1, "quizzes": {}, "checklists": {}, "read": []}
    data["worksheets"] = worksheets
    page.set_input_files(
        "#gd-results-import",
        files=[
            {"name": "x.json", "mimeType": "application/json", "buffer": json.dumps(data).encode()}
        ],
    )
    status = page.locator(".gd-share .gd-results__status")
    status.filter(has_text="Rien n’a été modifié.").wait_for()
    assert "altéré ou incomplet" in status.inner_text()
    assert stored(page)[SHEET] == {"values": COSTS}


def test_the_home_page_starts_or_resumes_the_guide_above_the_fold(server, page):
    page.set_viewport_size(PHONE)
    visit(page, server)
    start = page.locator("a[data-gd-resume]")
    assert words(start.inner_text()) == "Commencer le guide"
    assert start.get_attribute("href") == "introduction/"
    box = start.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], "above the fold on a 390 × 844 phone"
    seed(page, server, {"gd:v1:read:verite-1": {"read": True}})
    visit(page, server)
    assert words(start.inner_text()) == "Reprendre : faire le quiz de la vérité n° 1"
    assert start.get_attribute("href") == "verite-1/#quiz"
    start.click()
    page.wait_for_url(server + "verite-1/#quiz")
    assert problems(page) == []


def test_without_javascript_the_call_to_action_starts_the_guide(server, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(server + "en/")
        start = tab.locator("a[data-gd-resume]")
        assert words(start.inner_text()) == "Start the guide"
        start.click()
        tab.wait_for_url(server + "en/introduction/")
    finally:
        context.close()


# --- The team view -----------------------------------------------------------------------------


def reader_file(page, server, folder, name: str, quiz_right: int, exported: str) -> dict:
    """A reader's export, made by « Mon bilan » itself, dated as given."""
    seed(
        page,
        server,
        {
            "gd:v1:name": name,
            "gd:v1:read:verite-1": {"read": True},
            "gd:v1:quiz:verite-1": quiz_entry(folder, "verite-1", quiz_right),
            "gd:v1:checklist:verite-1": checklist_entry(folder, "verite-1", 5),
            SHEET: {"values": COSTS},
        },
    )
    visit(page, server + "bilan/")
    return {**export(page), "exported": exported}


def upload(name: str, data) -> dict:
    content = data if isinstance(data, bytes) else json.dumps(data).encode()
    return {"name": name, "mimeType": "application/json", "buffer": content}


def errors_of(page) -> list[str]:
    """Page errors and console errors of a page opened in a context of its own."""
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    page.on("console", lambda msg: found.append(msg.text) if msg.type == "error" else None)
    return found


def load_team(page, url: str, files: list[dict]) -> None:
    """Open the team view and give it every file at once, as a manager's file picker does."""
    visit(page, url)
    page.set_input_files(
        "#gd-team-import", files=[upload(f"{i}.json", data) for i, data in enumerate(files)]
    )
    page.locator(".gd-team__table tbody tr").nth(len(files) - 1).wait_for()


def team_rows(page) -> list[list[str]]:
    return [
        [words(cell) for cell in row.locator("th, td").all_inner_texts()]
        for row in page.locator(".gd-team__table tbody tr").all()
    ]


@pytest.fixture
def team_files(server, page, folder) -> list[dict]:
    return [
        reader_file(page, server, folder, "Alice Martin", 6, "2026-11-30T10:00:00.000Z"),
        reader_file(page, server, folder, "Bruno Petit", 3, "2026-11-29T10:00:00.000Z"),
        reader_file(page, server, folder, "Chloé Lemaire", 5, "2026-11-28T10:00:00.000Z"),
    ]


def test_a_manager_sees_three_readers_then_a_bad_file_is_refused_alone(server, browser, team_files):
    manager = browser.new_context(accept_downloads=True)
    try:
        page = manager.new_page()
        errors = errors_of(page)
        load_team(page, server + "equipe/", team_files)
        rows = team_rows(page)
        assert [row[0] for row in rows] == ["Alice Martin", "Bruno Petit", "Chloé Lemaire"]
        headings = [words(h) for h in page.locator(".gd-team__table thead th").all_inner_texts()]
        assert headings[:4] == [
            "Nom",
            "Vérité n° 1 : quiz",
            "Vérité n° 1 : auto-évaluation",
            "Vérité n° 1 : Ressources en place, sur 3",
        ]
        quiz = headings.index("Vérité n° 1 : quiz")
        cost = headings.index("Vérité n° 2 : Coût annuel")
        assert [row[quiz] for row in rows] == ["6 / 6 (100 %)", "3 / 6 (50 %)", "5 / 6 (83 %)"]
        assert {row[cost] for row in rows} == {"25 520,00 €"}
        page.set_input_files(
            "#gd-team-import",
            files=[upload("casse.json", b"{pas du json"), upload("autre.json", {"format": "x"})],
        )
        messages = page.locator(".gd-team__messages li")
        messages.nth(1).wait_for()
        said = [words(text) for text in messages.all_inner_texts()]
        assert said[0].startswith("casse.json refusé : ce n'est pas un fichier de résultats")
        assert said[1].startswith("autre.json refusé : Ce fichier ne provient pas")
        assert len(team_rows(page)) == 3
        older = {**team_files[0], "exported": "2026-11-01T10:00:00.000Z"}
        newer = {**team_files[1], "exported": "2026-12-01T10:00:00.000Z"}
        page.set_input_files(
            "#gd-team-import", files=[upload("a.json", older), upload("b.json", newer)]
        )
        page.locator(".gd-team__messages li").nth(1).wait_for()
        said = [words(text) for text in page.locator(".gd-team__messages li").all_inner_texts()]
        assert said[0].startswith("Alice Martin : l'export du 1 nov. 2026 est plus ancien")
        assert said[1].startswith(
            "Bruno Petit : l'export du 1 déc. 2026 remplace celui du 29 nov. 2026"
        )
        assert len(team_rows(page)) == 3
        assert errors == []
    finally:
        manager.close()


def test_the_team_sorts_exports_as_csv_prints_and_is_kept_only_on_request(
    server, browser, team_files
):
    manager = browser.new_context(accept_downloads=True)
    try:
        page = manager.new_page()
        errors = errors_of(page)
        load_team(page, server + "en/equipe/", team_files)
        quiz = page.locator(".gd-team__sort", has_text="Truth no. 1: quiz")
        quiz.click()
        assert [row[0] for row in team_rows(page)] == [
            "Bruno Petit",
            "Chloé Lemaire",
            "Alice Martin",
        ]
        assert page.locator("th[aria-sort=ascending]").inner_text().startswith("Truth no. 1: quiz")
        page.locator(".gd-team__sort", has_text="Truth no. 1: quiz").click()
        assert page.locator("th[aria-sort=descending]").count() == 1
        with page.expect_download() as download:
            page.click("[data-gd-action=team-csv]")
        text = Path(download.value.path()).read_text(encoding="utf-8-sig")
        table = list(csv.reader(io.StringIO(text)))
        assert table[0][0] == "Name" and [row[0] for row in table[1:]] == [
            "Alice Martin",
            "Chloé Lemaire",
            "Bruno Petit",
        ]
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
        visit(page, server + "en/equipe/")
        assert team_rows(page) == [], "nothing is kept unless the manager asks"
        page.set_input_files("#gd-team-import", files=[upload("a.json", team_files[0])])
        page.locator(".gd-team__table tbody tr").first.wait_for()
        page.check("#gd-team-keep")
        visit(page, server + "en/equipe/")
        page.locator(".gd-team__table tbody tr").first.wait_for()
        assert [row[0] for row in team_rows(page)] == ["Alice Martin"]
        page.click("[data-gd-action=team-clear]")
        visit(page, server + "en/equipe/")
        assert team_rows(page) == []
        assert errors == []
    finally:
        manager.close()


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_axe_violations_on_the_team_view(server, browser, team_files, palette):
    manager = browser.new_context()
    try:
        page = manager.new_page()
        visit(page, server + "equipe/")
        use_palette(page, palette)
        assert_no_axe_violations(page, "article", f"{palette}, empty")
        page.set_input_files("#gd-team-import", files=[upload("a.json", team_files[0])])
        page.locator(".gd-team__table tbody tr").first.wait_for()
        assert_no_axe_violations(page, "article", f"{palette}, one reader")
    finally:
        manager.close()
