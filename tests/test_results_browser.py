"""« Mon bilan », the onboarding path and the home cards in Debian's Chromium: results from the real
quiz and checklist, the language switch, export and import into a fresh browser, bad files, erase,
the certificate, print rendering, no JavaScript, blocked storage, axe in both palettes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from a11y import assert_no_axe_violations, use_palette
from conftest import plain, soup
from test_quiz_browser import BLOCKED_STORAGE

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
ROW = ".gd-results__table tr[data-gd-chapter={}]"
STATUS = "[data-gd-results={}] .gd-results__status"
DONE = "Votre progression : Lu · Quiz 6/6 · Auto-évaluation faite · Fiche à remplir"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip


# --- Results as components.js stores them, made from the built truth pages ----------------------


def questions(folder: Path, truth: str) -> list[tuple[str, list[int], int]]:
    """(question id, correct positions, number of answers) of a truth's quiz."""
    document = soup(folder / truth / "index.html")
    return [
        (
            box["data-gd-question"],
            [int(n) for n in box["data-gd-correct"].split()],
            len(box("input")),
        )
        for box in document.select(f"#gd-quiz-{truth} fieldset.gd-quiz__question")
    ]


def quiz_entry(folder: Path, truth: str, right: int, answered: int | None = None) -> dict:
    """A stored quiz: the first `right` questions answered right, the others wrong."""
    every = questions(folder, truth)
    found = every if answered is None else every[:answered]
    answers = {}
    for index, (ident, correct, size) in enumerate(found):
        wrong = [next(n for n in range(size) if n not in correct)]
        answers[ident] = correct if index < right else wrong
    return {"answers": answers, "score": min(right, len(found)), "total": len(every)}


def items(folder: Path, truth: str) -> list[str]:
    document = soup(folder / truth / "index.html")
    return [box["value"] for box in document.select(f"#gd-checklist-{truth} input[type=checkbox]")]


def checklist_entry(folder: Path, truth: str, ticks: int) -> dict:
    ticked = items(folder, truth)[:ticks]
    return {"ticked": ticked, "score": ticks, "total": len(items(folder, truth))}


def band_title(folder: Path, truth: str, score: int, language: str = "fr") -> str:
    prefix = folder if language == "fr" else folder / language
    document = soup(prefix / truth / "index.html")
    for band in document.select(f"#gd-checklist-{truth} [data-gd-band]"):
        if int(band["data-gd-low"]) <= score <= int(band["data-gd-high"]):
            return band.select_one(".gd-checklist__band-title").get_text()
    raise AssertionError(score)


def seed(page, server: str, entries: dict) -> None:
    """Store results as the reader's browser would hold them (on the site's own origin)."""
    if not page.url.startswith(server):
        visit(page, server + "glossaire/")
    page.evaluate(
        "entries => { localStorage.clear(); for (const [k, v] of Object.entries(entries))"
        " localStorage.setItem(k, JSON.stringify(v)); }",
        entries,
    )


def stored(page) -> dict:
    return page.evaluate(
        "() => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('gd:'))"
        ".map(k => [k, JSON.parse(localStorage.getItem(k))]))"
    )


def visit(page, url: str) -> None:
    """Open a page and let Material's search worker finish loading (leaving earlier aborts it)."""
    page.goto(url, wait_until="networkidle")


def problems(page) -> list[str]:
    """Console errors, page errors and HTTP errors. Requests the browser drops when a test moves
    on (Material's search worker still loading its languages, the favicon) are no problem of ours:
    on a busy two-core machine they happen even after "networkidle"."""
    return [problem for problem in page.problems if not problem.startswith("request failed:")]


def words(text: str) -> str:
    """Text with its spaces as a reader sees them (no-break spaces and line breaks as one space),
    and the build's typographic apostrophes and quotes made straight (as in the sources)."""
    return " ".join(plain(text).split())


def progress_of(page, truth: str) -> str:
    return " ".join(plain(page.locator(f"[data-gd-progress={truth}]").first.inner_text()).split())


def row(page, truth: str) -> list[str]:
    """Reading, quiz and self-assessment cells (the worksheet's: test_results_worksheets.py)."""
    cells = page.locator(ROW.format(truth) + ' td:not([data-gd-cell="worksheet"])')
    return [words(text) for text in cells.all_inner_texts()]


@pytest.fixture
def folder(served_site) -> Path:
    return served_site[1]


@pytest.fixture
def started(folder) -> dict:
    """Truth 1 done (read, quiz 4/6, 5 ticks), truth 2 read with half its quiz, and a name."""
    return {
        "gd:v1:read:verite-1": {"read": True},
        "gd:v1:quiz:verite-1": quiz_entry(folder, "verite-1", 4),
        "gd:v1:checklist:verite-1": checklist_entry(folder, "verite-1", 5),
        "gd:v1:read:verite-2": {"read": True},
        "gd:v1:quiz:verite-2": quiz_entry(folder, "verite-2", 2, answered=3),
        "gd:v1:name": "Camille Durand",
    }


# --- From the truth pages to the results ---------------------------------------------------------


def answer_truth_1(page, server: str, folder: Path) -> None:
    """Truth 1 as a reader does it in Chromium: every quiz question right, three items ticked."""
    visit(page, server + "verite-1/")
    for ident, correct, _ in questions(folder, "verite-1"):
        for position in correct:
            page.locator(f"#gd-verite-1-{ident}-{position + 1}").check()
        page.locator(f"#gd-verite-1-{ident} .gd-quiz__check").click()
    for item in items(folder, "verite-1")[:3]:
        page.locator(f"#gd-checklist-verite-1-{item}").check()


def test_real_quiz_and_checklist_show_on_the_results_home_and_path(server, page, folder):
    answer_truth_1(page, server, folder)
    page.locator("#a-retenir").scroll_into_view_if_needed()
    page.wait_for_function("() => localStorage.getItem('gd:v1:read:verite-1') !== null")
    page.wait_for_load_state("networkidle")

    visit(page, server + "bilan/")
    band = band_title(folder, "verite-1", 3)
    assert row(page, "verite-1") == ["Lue", "6 / 6 (100 %)", f"3 / 8 : {band}"]
    assert row(page, "verite-2") == [
        "À lire Lire la page",
        "Pas encore fait Faire le quiz",
        "Pas encore faite Faire l'auto-évaluation",
    ]
    overview = page.locator("[data-gd-results=summary] .gd-results__overview")
    assert plain(overview.inner_text()) == (
        "Étapes terminées : 3 sur 20. Prochaine étape : remplir la fiche de la vérité n° 1."
    )
    assert overview.locator("a").get_attribute("href") == "../verite-1/#v1-fiche"
    assert not page.locator(".gd-results__nojs").first.is_visible()
    chart = page.locator("figure.gd-chart svg.gd-chart__image")
    assert chart.get_attribute("role") == "img"
    ids = chart.get_attribute("aria-labelledby").split()
    labelled = [words(plain(page.locator(f"#{ident}").inner_text())) for ident in ids]
    assert labelled[0].startswith("Vos résultats en pourcentage")
    assert "Vérité n° 1 : quiz 100 %, auto-évaluation 38 %." in labelled[1]
    assert "Vérité n° 2 : quiz à faire, auto-évaluation à faire." in labelled[1]
    values = [words(value) for value in page.locator(".gd-chart__value").all_text_contents()]
    assert values[:2] == ["100 %", "38 %"] and values[2:] == ["–"] * 8
    assert [words(t) for t in page.locator(".gd-chart__legend li").all_inner_texts()] == [
        "Quiz : part de bonnes réponses",
        "Auto-évaluation : part d'affirmations cochées",
    ]
    bands = page.locator(".gd-bands__item").first
    assert band in plain(bands.inner_text()) and bands.locator("p").count() >= 2

    visit(page, server)
    card = page.locator(".grid.cards li").first
    assert card.locator("[data-gd-progress=verite-1]").is_visible()
    assert progress_of(page, "verite-1") == DONE
    assert progress_of(page, "verite-2") == (
        "Votre progression : Pas encore lu · Quiz à faire · Auto-évaluation à faire"
        " · Fiche à remplir"
    )
    assert page.locator("[data-gd-progress=verite-1] .gd-visually-hidden").count() == 1

    visit(page, server + "parcours/")
    assert page.locator("#gd-results-progress").evaluate("p => [p.value, p.max]") == [3, 20]
    assert plain(page.locator(".gd-path__count").inner_text()) == "Étapes terminées : 3 sur 20"
    assert progress_of(page, "verite-1") == DONE
    assert problems(page) == []


def test_the_same_results_after_switching_language(server, page, folder, started):
    seed(page, server, started)
    visit(page, server + "bilan/")
    french = row(page, "verite-1")
    assert french[1] == "4 / 6 (67 %)"
    page.wait_for_load_state("networkidle")
    switch = page.locator(".md-select__link[hreflang=en]").get_attribute("href")
    visit(page, server + "bilan/" + switch)
    assert page.url == server + "en/bilan/"
    band = band_title(folder, "verite-1", 5, "en")
    assert row(page, "verite-1") == ["Read", "4 / 6 (67%)", f"5 / 8: {band}"]
    assert row(page, "verite-2")[:2] == ["Read", "In progress: 3/6 questions Finish the quiz"]
    assert plain(page.locator(".gd-results__owner").inner_text()) == "Results for Camille Durand"
    assert (
        page.locator(ROW.format("verite-2") + " td a").first.get_attribute("href")
        == "../verite-2/#quiz"
    )
    visit(page, server + "en/")
    assert progress_of(page, "verite-2") == (
        "Your progress: Read · Quiz in progress · Self-assessment to do · Worksheet to fill in"
    )
    assert problems(page) == []


def test_a_new_reader_sees_a_neutral_state(server, page):
    visit(page, server)
    assert page.locator("[data-gd-progress]").count() == 5
    assert all(not box.is_visible() for box in page.locator("[data-gd-progress]").all())
    visit(page, server + "parcours/")
    assert plain(page.locator(".gd-path__count").inner_text()) == "Étapes terminées : 0 sur 20"
    missing = [words(t) for t in page.locator(".gd-certificate__missing li").all_inner_texts()]
    assert missing == [f"Vérité n° {n} : Pas encore fait" for n in range(1, 6)]
    assert not page.locator(".gd-certificate__ready").is_visible()
    assert problems(page) == []


# --- Export, import, bad files, erase ------------------------------------------------------------


def test_export_then_import_into_a_fresh_browser(server, page, browser, folder, started):
    seed(page, server, started)
    visit(page, server + "bilan/")
    expected = [row(page, truth) for truth in TRUTHS]
    with page.expect_download() as json_download:
        page.locator("[data-gd-action=export-json]").click()
    assert json_download.value.suggested_filename.startswith("mon-bilan-")
    exported = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert exported["format"] == "gd-results" and exported["version"] == 1
    assert exported["name"] == "Camille Durand" and exported["read"] == ["verite-1", "verite-2"]
    assert exported["quizzes"]["verite-1"] == started["gd:v1:quiz:verite-1"]
    status = page.locator(STATUS.format("share"))
    assert plain(status.inner_text()).startswith("Fichier « mon-bilan-")
    with page.expect_download() as text_download:
        page.locator("[data-gd-action=export-text]").click()
    assert text_download.value.suggested_filename.endswith(".md")
    text = plain(Path(text_download.value.path()).read_text(encoding="utf-8"))
    assert text.startswith("# Mon bilan : Les 5 vérités du marketing des médias sociaux\n")
    assert "- Nom : Camille Durand" in text and "## Vérité n° 1 : ce n'est pas magique" in text
    assert "- Quiz : 4 / 6 (67 %)" in text
    assert f"- Auto-évaluation : 5 / 8 : {band_title(folder, 'verite-1', 5)}" in text

    fresh = browser.new_context()  # a manager's browser: empty storage
    try:
        other = fresh.new_page()
        visit(other, server + "bilan/")
        assert row(other, "verite-1")[0] == "À lire Lire la page"
        other.locator("#gd-results-import").set_input_files(json_download.value.path())
        other.locator(STATUS.format("share")).filter(has_text="importés").wait_for()
        assert plain(other.locator(STATUS.format("share")).inner_text()) == (
            "Résultats de Camille Durand importés : ils remplacent ceux qui étaient enregistrés"
            " dans ce navigateur."
        )
        assert [row(other, truth) for truth in TRUTHS] == expected
        assert plain(other.locator(".gd-results__owner").inner_text()) == "Bilan de Camille Durand"
        assert stored(other) == started
        visit(other, server + "verite-1/")  # the answers themselves came along
        assert (
            plain(other.locator("#gd-quiz-verite-1 .gd-quiz__score").inner_text())
            == "Score : 4 / 6"
        )
    finally:
        fresh.close()
    assert problems(page) == []


GOOD = {"format": "gd-results", "version": 1, "quizzes": {}, "checklists": {}, "read": []}


def bad(**changes) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


BAD_FILES = {
    "not JSON": (b"{this is not json", "import_not_json"),
    "empty file": (b"", "import_not_json"),
    "foreign JSON": (b'{"hello": "world", "items": [1, 2]}', "import_foreign"),
    "a JSON list": (b"[1, 2, 3]", "import_foreign"),
    "other version": (bad(version=2), "import_version"),
    "unknown field": (bad(extra=1), "import_invalid"),
    "no quizzes": (json.dumps({"format": "gd-results", "version": 1}).encode(), "import_invalid"),
    "unknown quiz": (bad(quizzes={"verite-9": {"answers": {}, "score": 0, "total": 6}}), ""),
    "score out of range": (bad(quizzes={"verite-1": {"answers": {}, "score": 7, "total": 6}}), ""),
    "wrong total": (bad(quizzes={"verite-1": {"answers": {}, "score": 0, "total": 9}}), ""),
    "answer out of range": (
        bad(quizzes={"verite-1": {"answers": {"v1-trio": [5]}, "score": 0, "total": 6}}),
        "",
    ),
    "unknown question": (
        bad(quizzes={"verite-1": {"answers": {"v9-x": [0]}, "score": 0, "total": 6}}),
        "",
    ),
    "unknown item": (bad(checklists={"verite-1": {"ticked": ["x"], "score": 1, "total": 8}}), ""),
    "score not the ticks": (
        bad(checklists={"verite-1": {"ticked": [], "score": 2, "total": 8}}),
        "",
    ),
    "unknown truth read": (bad(read=["verite-9"]), ""),
    "name not text": (bad(name={"first": "A"}), ""),
}
MESSAGES = {
    "import_not_json": "Ce fichier n'est pas un fichier de résultats lisible (un fichier JSON est"
    " attendu). Rien n'a été modifié.",
    "import_foreign": "Ce fichier ne provient pas de l'export « Mon bilan » de ce guide. Rien n'a"
    " été modifié.",
    "import_version": "Ce fichier vient d'une autre version du guide (version 2). Rien n'a été"
    " modifié.",
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(server, page, started, name):
    content, message = BAD_FILES[name]
    seed(page, server, started)
    visit(page, server + "bilan/")
    before = [row(page, truth) for truth in TRUTHS]
    upload = {"name": "resultats.json", "mimeType": "application/json", "buffer": content}
    page.locator("#gd-results-import").set_input_files(upload)
    status = page.locator(STATUS.format("share"))
    status.filter(has_text="Rien n’a été modifié.").wait_for()
    if message in MESSAGES:
        assert plain(status.inner_text()) == MESSAGES[message]
    else:
        assert plain(status.inner_text()).startswith(
            "Ce fichier de résultats est altéré ou incomplet (« "
        )
    assert status.get_attribute("aria-live") == "polite"
    assert stored(page) == started
    assert [row(page, truth) for truth in TRUTHS] == before
    assert page.locator("#gd-results-import").input_value() == "", "the same file can be retried"
    assert problems(page) == []


def test_erase_asks_first_and_works_from_the_keyboard(server, page, started):
    seed(page, server, started)
    visit(page, server + "bilan/")
    erase = page.locator("[data-gd-action=erase]")
    confirm = page.locator("#gd-results-erase-confirm")
    status = page.locator(STATUS.format("erase"))
    assert not confirm.is_visible() and erase.get_attribute("aria-expanded") == "false"
    erase.focus()
    page.keyboard.press("Enter")
    assert confirm.is_visible() and erase.get_attribute("aria-expanded") == "true"
    assert confirm.get_attribute("role") == "group"
    assert page.evaluate("() => document.activeElement.dataset.gdAction") == "erase-no"
    page.keyboard.press("Escape")
    assert not confirm.is_visible() and plain(status.inner_text()) == "Rien n'a été effacé."
    assert page.evaluate("() => document.activeElement.dataset.gdAction") == "erase"
    assert stored(page) == started

    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # on "Cancel", where the focus went
    assert not confirm.is_visible() and stored(page) == started

    page.keyboard.press("Space")
    page.keyboard.press("Shift+Tab")  # to "Yes, erase everything"
    assert page.evaluate("() => document.activeElement.dataset.gdAction") == "erase-yes"
    page.keyboard.press("Enter")
    assert stored(page) == {}
    assert plain(status.inner_text()) == "Tous vos résultats ont été effacés de ce navigateur."
    assert row(page, "verite-1")[0] == "À lire Lire la page"
    assert not page.locator(".gd-results__owner").is_visible()
    assert page.evaluate("() => document.activeElement.dataset.gdAction") == "erase"
    assert problems(page) == []


# --- The certificate and print --------------------------------------------------------------------

NO_PRINT_DIALOG = "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"


def all_quizzes(folder: Path, rights: list[int]) -> dict:
    return {
        f"gd:v1:quiz:{truth}": quiz_entry(folder, truth, right)
        for truth, right in zip(TRUTHS, rights, strict=True)
    }


def test_the_certificate_needs_80_percent_on_every_quiz(server, page, folder):
    seed(page, server, all_quizzes(folder, [6, 6, 5, 6, 4]))  # 4/6 = 67 %
    visit(page, server + "parcours/")
    assert page.locator(".gd-certificate__locked").is_visible()
    assert not page.locator(".gd-certificate__ready").is_visible()
    assert [words(t) for t in page.locator(".gd-certificate__missing li").all_inner_texts()] == [
        "Vérité n° 5 : 4 / 6 (67 %)"
    ]
    assert page.locator(".gd-certificate__missing a").get_attribute("href") == "../verite-5/#quiz"

    seed(page, server, all_quizzes(folder, [6, 6, 5, 6, 5]))  # 5/6 = 83 %
    visit(page, server + "parcours/")
    assert not page.locator(".gd-certificate__locked").is_visible()
    assert page.locator(".gd-certificate__ready").is_visible()
    assert problems(page) == []


def test_the_certificate_keeps_the_name_and_prints_alone(server, context, page, folder):
    context.add_init_script(NO_PRINT_DIALOG)
    seed(page, server, all_quizzes(folder, [6, 6, 6, 6, 5]))
    visit(page, server + "parcours/#attestation")
    status = page.locator(STATUS.format("certificate"))
    page.locator("[data-gd-action=print-certificate]").click()
    assert plain(status.inner_text()) == "Saisissez d'abord votre nom."
    assert page.evaluate("() => document.activeElement.id") == "gd-certificate-name"
    assert page.evaluate("() => window.__printed") is None
    page.keyboard.type("Camille Durand")
    page.wait_for_load_state("networkidle")
    page.reload(wait_until="networkidle")
    assert page.locator("#gd-certificate-name").input_value() == "Camille Durand"
    assert stored(page)["gd:v1:name"] == "Camille Durand"

    page.locator("[data-gd-action=print-certificate]").click()
    assert page.evaluate("() => window.__printed") == 1
    assert page.evaluate(
        "() => document.documentElement.classList.contains('gd-print-certificate')"
    )
    page.emulate_media(media="print")
    sheet = page.locator(".gd-certificate__sheet")
    assert sheet.is_visible()
    text = " ".join(plain(sheet.inner_text()).split())
    assert text.startswith("Un guide de Coeur sur Paris, par Erwan Attestation de fin de parcours")
    assert "Ce document atteste que Camille Durand a suivi le parcours d'intégration" in text
    assert "Vérité n° 5 : vous devez repenser la relation : 5 / 6" in text
    assert plain(page.locator(".gd-certificate__date").inner_text()).startswith("Le ")
    for hidden in (
        ".md-header",
        ".md-sidebar--primary",
        "article h1",
        "#etapes",
        ".gd-certificate__ready",
    ):
        assert not page.locator(hidden).first.is_visible(), hidden
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert not sheet.is_visible(), "back to the page itself once printed"

    page.emulate_media(media="screen")
    page.wait_for_load_state("networkidle")
    switch = page.locator(".md-select__link[hreflang=en]").get_attribute("href")
    visit(page, server + "parcours/" + switch.split("#")[0])
    assert page.locator("#gd-certificate-name").input_value() == "Camille Durand"
    page.locator("[data-gd-action=print-certificate]").click()
    page.emulate_media(media="print")
    text = " ".join(plain(page.locator(".gd-certificate__sheet").inner_text()).split())
    assert "Certificate of completion This certifies that Camille Durand has completed" in text
    month = plain(page.locator(".gd-certificate__date").inner_text()).split()[0]
    assert month in MONTHS, "an English date"
    assert problems(page) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_results_print_as_a_clean_report(server, page, started, language):
    seed(page, server, started)
    visit(page, server + ("" if language == "fr" else "en/") + "bilan/")
    # What a browser does before it prints (emulate_media alone does not): the date is written then.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   ".gd-share", ".gd-erase", "#transmettre", "#effacer"):  # fmt: skip
        assert not page.locator(hidden).first.is_visible(), hidden
    for shown in ("article h1", ".gd-results__table", ".gd-chart__image", ".gd-bands__list",
                  ".gd-results__owner", ".gd-results__printed"):  # fmt: skip
        assert page.locator(shown).first.is_visible(), shown
    printed = plain(page.locator(".gd-results__printed").inner_text())
    assert printed.startswith("Bilan établi le " if language == "fr" else "Results as of ")
    assert not page.locator(ROW.format("verite-3") + " td a").first.is_visible(), "no links to do"
    pdf = page.pdf(format="A4")
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type/Page") <= 2
    assert problems(page) == []


# --- Without JavaScript, with blocked storage, and axe --------------------------------------------


def test_without_javascript_the_pages_explain_and_link(server, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        visit(page, server + "en/bilan/")
        note = page.locator("[data-gd-results=summary] .gd-results__nojs")
        assert note.is_visible() and "kept only in your browser" in plain(note.inner_text())
        assert [
            words(t) for t in page.locator(ROW.format("verite-1") + " a").all_inner_texts()
        ] == [
            "Truth no. 1: it's not magic",
            "Read the page",
            "Take the quiz",
            "Do the self-assessment",
            "Fill in the worksheet",
        ]
        for hidden in ("figure.gd-chart", ".gd-share__controls", ".gd-erase__start"):
            assert not page.locator(hidden).is_visible(), hidden
        visit(page, server + "en/parcours/")
        assert page.locator(".gd-path__list a").count() == 5
        assert page.locator(".gd-certificate .gd-results__nojs").is_visible()
        visit(page, server + "en/")
        assert all(not box.is_visible() for box in page.locator("[data-gd-progress]").all())
    finally:
        context.close()


def test_blocked_storage_still_shows_the_pages(server, context, page):
    context.add_init_script(BLOCKED_STORAGE)
    visit(page, server + "bilan/")
    assert row(page, "verite-1")[0] == "À lire Lire la page"
    upload = {"name": "r.json", "mimeType": "application/json", "buffer": json.dumps(GOOD).encode()}
    page.locator("#gd-results-import").set_input_files(upload)
    status = page.locator(STATUS.format("share"))
    status.filter(has_text="rien n’a été modifié").wait_for()
    assert plain(status.inner_text()) == (
        "Votre navigateur ne permet pas à ce site d'enregistrer des données. Rien n'a été modifié."
    )
    ours = [problem for problem in page.problems if "results" in problem or "gd:" in problem]
    assert ours == []


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize("address", ["bilan/", "parcours/", "en/bilan/", "en/parcours/", ""])
def test_no_axe_violations(server, page, folder, started, address, filled, palette):
    if filled:
        seed(page, server, {**started, **all_quizzes(folder, [6, 6, 6, 6, 5])})
    visit(page, server + address)
    use_palette(page, palette)
    state = f"{palette}, {'filled' if filled else 'empty'}"
    assert_no_axe_violations(page, label=state)
    if "bilan" in address:
        page.locator("[data-gd-action=erase]").click()  # the confirmation step, open
        upload = {"name": "x.json", "mimeType": "application/json", "buffer": b"nope"}
        page.locator("#gd-results-import").set_input_files(upload)
        page.locator(STATUS.format("share")).filter(has_text="JSON").wait_for()
        assert_no_axe_violations(page, label=state + ", confirming, import refused")
    if "parcours" in address and filled:
        page.locator("[data-gd-action=print-certificate]").click()  # the "type your name" message
        assert_no_axe_violations(page, label=state + ", certificate")
    assert problems(page) == []
