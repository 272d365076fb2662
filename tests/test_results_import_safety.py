"""Hostile results files on « Mon bilan » and « Bilan d'équipe », in Chromium (issue 18).

- Markup in a reader's name, a worksheet answer, a file name or another guide's title stays text,
  on screen and in print: no element is made from it and no script runs.
- Files of another guide (really exported from examples/ecrire-pour-le-web and from a guide made
  by scaffold/new_guide.py) are refused with that guide's title; a French export imports on the
  English page and the other way round.
- A 30 MB file is refused at once, without being read, and the tab stays responsive; 100 files at
  once in the team view: each valid one kept, each refused one named with its reason.
- The team CSV, really downloaded: no cell a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import functools
import http.server
import io
import json
import threading
import time
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, plain, run_build
from test_results_browser import STATUS, problems, quiz_entry, seed, stored, visit, words
from test_results_schema import GOOD, QUIZ, import_file, message
from test_results_worksheets import COSTS, SHEET, errors_of, upload

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
PWNED = "window.pwned=1"
NAME = "</script><img src=x onerror=window.pwned=1 class=gd-pwned>"
ANSWER = (
    "</script><script>window.pwned=2</script><img src=x onerror=window.pwned=3 class=gd-pwned>"
    "<b class=gd-pwned>gras</b>"
)
# Elements made from text would carry an onerror attribute or the gd-pwned class: any added to
# the page after load is recorded, and a script that ran sets window.pwned.
WATCH = """
window.__made = [];
new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => {
  if (node.nodeType !== 1) return;
  const bad = '[onerror], .gd-pwned, img[src="x"]';
  if (node.matches(bad) || node.querySelector(bad)) window.__made.push(node.outerHTML);
}))).observe(document, {childList: true, subtree: true});
"""
CLEAN = (
    "() => window.pwned === undefined && window.__made.length === 0 &&"
    " !document.querySelector('[onerror], .gd-pwned, img[src=\"x\"]')"
)
NO_PRINT_DIALOG = "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"


@pytest.fixture
def folder(served_site) -> Path:
    return served_site[1]


def printed(page, selector: str) -> str:
    """The text of `selector` as the print stylesheet shows it (it must be visible on paper)."""
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    try:
        element = page.locator(selector).first
        assert element.is_visible(), f"{selector} is not printed"
        return " ".join(plain(element.inner_text()).split())
    finally:
        page.emulate_media(media="screen")


def every_quiz(folder: Path) -> dict:
    return {truth: quiz_entry(folder, truth, 6) for truth in TRUTHS}


# --- Markup stays text ---------------------------------------------------------------------------


def test_markup_in_a_name_or_an_answer_stays_text_on_screen_and_in_print(
    server, context, page, folder
):
    context.add_init_script(WATCH + NO_PRINT_DIALOG)
    data = {
        **GOOD,
        "name": NAME,
        "quizzes": every_quiz(folder),
        "worksheets": {
            "verite-1": {"values": {"v1-attentes": ANSWER}},
            "verite-3": {"values": {"v3-plateforme-cible": NAME}},
        },
    }
    visit(page, server + "bilan/")
    said = import_file(page, json.dumps(data).encode())
    assert said.startswith(f"Résultats de {NAME} importés"), said
    owner = page.locator(".gd-results__owner")
    assert words(owner.inner_text()) == f"Bilan de {NAME}"
    answers = page.locator('[data-gd-worksheet="verite-1"] dd')
    assert [words(text) for text in answers.all_inner_texts()] == [ANSWER]
    assert words(page.locator('[data-gd-worksheet="verite-3"] dd').inner_text()) == NAME
    assert page.locator("#gd-results-name").input_value() == NAME
    assert printed(page, ".gd-results__owner") == f"Bilan de {NAME}"
    assert ANSWER in printed(page, '[data-gd-worksheet="verite-1"]')
    with page.expect_download() as download:
        page.click("[data-gd-action=export-text]")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    # The Markdown export, rendered as a Markdown viewer would: the name is text, not an element.
    rendered = BeautifulSoup(markdown.markdown(text), "html.parser")
    assert rendered.find(["img", "script", "b"]) is None and "<img" not in text
    assert ANSWER in plain(rendered.get_text())
    assert f"Nom : {NAME}" in plain(rendered.get_text())

    visit(page, server + "parcours/")  # the certificate, on screen and on paper
    assert page.locator("#gd-certificate-name").input_value() == NAME
    page.click("[data-gd-action=print-certificate]")
    assert page.evaluate("() => window.__printed") == 1
    page.emulate_media(media="print")
    sheet = " ".join(plain(page.locator(".gd-certificate__sheet").inner_text()).split())
    assert f"Ce document atteste que {NAME} a suivi" in sheet
    page.emulate_media(media="screen")
    visit(page, server + "verite-1/")  # the worksheet itself, filled in again from storage
    assert page.input_value("#gd-worksheet-verite-1-v1-attentes") == ANSWER
    page.wait_for_timeout(300)  # an image that failed to load would have run its onerror by now
    assert page.evaluate(CLEAN), page.evaluate("() => window.__made")
    assert problems(page) == []


def test_markup_stays_text_in_the_team_view_and_its_print(server, browser, folder):
    manager = browser.new_context()
    try:
        manager.add_init_script(WATCH)
        page = manager.new_page()
        visit(page, server + "equipe/")
        reader = {**GOOD, "name": NAME, "quizzes": {"verite-1": quiz_entry(folder, "verite-1", 5)}}
        other = {**GOOD, "guide_id": "autre-guide", "guide": "Un <b class=gd-pwned>autre</b> guide"}
        files = [
            upload("alice.json", reader),
            upload("<img src=x onerror=window.pwned=1 class=gd-pwned>.json", b"{pas du json"),
            upload("autre.json", other),
        ]
        page.set_input_files("#gd-team-import", files=files)
        page.locator(".gd-team__messages li").nth(1).wait_for()
        assert [words(t) for t in page.locator(".gd-team__table tbody th").all_inner_texts()] == [
            NAME
        ]
        said = [words(text) for text in page.locator(".gd-team__messages li").all_inner_texts()]
        assert said == [
            "<img src=x onerror=window.pwned=1 class=gd-pwned>.json refusé : ce n'est pas un"
            " fichier de résultats lisible (un fichier JSON est attendu).",
            "autre.json refusé : Ce fichier vient d'un autre guide (« Un <b class=gd-pwned>autre"
            "</b> guide ») : importez-le sur le site de ce guide.",
        ]
        assert printed(page, ".gd-team__table tbody th") == NAME
        assert page.pdf(format="A4").startswith(b"%PDF")
        page.check("#gd-team-keep")  # kept, then shown again from storage
        visit(page, server + "equipe/")
        page.locator(".gd-team__table tbody tr").first.wait_for()
        assert words(page.locator(".gd-team__table tbody th").inner_text()) == NAME
        page.wait_for_timeout(300)
        assert page.evaluate(CLEAN), page.evaluate("() => window.__made")
    finally:
        manager.close()


# --- Files of other guides, and of this guide in another language -------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def other_guides(tmp_path_factory):
    """Two other guides built by these hooks and served: {name: (base URL, chapter id)}.

    The example guide, and one made by scaffold/new_guide.py with markup in its title."""
    import subprocess
    import sys

    made = tmp_path_factory.mktemp("other-guides")
    scaffolded = made / "essai"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scaffold/new_guide.py"), "essai", "--dir", str(scaffolded),
         "--title-fr", "Un <b class=gd-pwned>essai</b> & cie", "--title-en", "A <i>trial</i>"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    guides = {
        "ecrire-pour-le-web": (ROOT / "examples" / "ecrire-pour-le-web", "lecon-1"),
        "scaffold": (scaffolded, "chapitre-1"),
    }
    servers, found = [], {}
    for name, (project, chapter) in guides.items():
        site = made / f"{name}-site"
        site.mkdir()
        handler = functools.partial(_Quiet, directory=str(site))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        result = run_build(project, site, env={"SITE_URL": base})
        assert result.returncode == 0, result.output
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        found[name] = (base, chapter)
    yield found
    for httpd in servers:
        httpd.shutdown()


def export_from(page, base: str, chapter: str, language: str = "") -> dict:
    """A results file exported by a guide's own « Mon bilan » (a name and one chapter read)."""
    visit(page, base)
    page.evaluate(
        "chapter => { localStorage.clear(); localStorage.setItem('gd:v1:name', '\"Léa Roux\"');"
        " localStorage.setItem('gd:v1:read:' + chapter, '{\"read\": true}'); }",
        chapter,
    )
    visit(page, base + language + "bilan/")
    with page.expect_download() as download:
        page.click("[data-gd-action=export-json]")
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))


# The scaffold sets extra.guide.id to the new guide's name (scaffold/template/mkdocs.yml).
IDS = {"ecrire-pour-le-web": "ecrire-pour-le-web", "scaffold": "essai"}
TITLES = {
    "ecrire-pour-le-web": "Écrire pour le web",
    "scaffold": "Un <b class=gd-pwned>essai</b> & cie",
}


@pytest.mark.parametrize("language", ["", "en/"])
@pytest.mark.parametrize("guide", list(TITLES))
def test_a_file_of_another_guide_is_refused_with_its_title(
    server, context, page, other_guides, guide, language, folder
):
    base, chapter = other_guides[guide]
    data = export_from(page, base, chapter, language)
    assert data["guide_id"] == IDS[guide]
    assert data["version"] == 1 and data["read"] == [chapter]
    context.add_init_script(WATCH)
    before = {"gd:v1:quiz:verite-1": quiz_entry(folder, "verite-1", 4)}
    seed(page, server, before)
    visit(page, server + "bilan/")
    said = import_file(page, json.dumps(data).encode())
    title = " ".join(plain(data["guide"]).split())
    if not language:
        assert title == TITLES[guide]
    assert said == plain(message("import_other_guide", guide=title)), said
    assert stored(page) == before
    visit(page, server + "en/equipe/")
    page.set_input_files("#gd-team-import", files=[upload("lea.json", data)])
    refused = page.locator(".gd-team__messages li")
    refused.wait_for()
    assert words(refused.inner_text()) == (
        f'lea.json refused: This file comes from another guide ("{title}"): import it on the'
        " site of that guide."
    )
    assert page.locator(".gd-team__table tbody tr").count() == 0
    assert page.evaluate(CLEAN)


@pytest.mark.parametrize(("source", "target"), [("", "en/"), ("en/", "")])
def test_an_export_imports_in_the_other_language(server, page, browser, folder, source, target):
    results = {
        "gd:v1:name": "Camille Durand",
        "gd:v1:quiz:verite-2": quiz_entry(folder, "verite-2", 5),
        "gd:v1:read:verite-2": {"read": True},
        SHEET: {"values": COSTS},
    }
    seed(page, server, results)
    visit(page, server + source + "bilan/")
    with page.expect_download() as download:
        page.click("[data-gd-action=export-json]")
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["language"] == (source.rstrip("/") or "fr")
    assert data["guide_id"] == "les-5-verites-du-marketing-des-medias-sociaux"
    fresh = browser.new_context()
    try:
        other = fresh.new_page()
        visit(other, server + target + "bilan/")
        other.set_input_files("#gd-results-import", files=[upload("r.json", data)])
        other.locator(STATUS.format("share")).filter(has_text="Camille Durand").wait_for()
        assert stored(other) == results
    finally:
        fresh.close()


# --- Size: refused before it is read ------------------------------------------------------------

# Counts every read of a file's contents, whichever way a script would do it.
COUNT_READS = """
window.__reads = 0;
for (const name of ["text", "arrayBuffer", "stream", "slice"]) {
  const original = Blob.prototype[name];
  Blob.prototype[name] = function (...args) {
    window.__reads += 1;
    return original.apply(this, args);
  };
}
for (const name of ["readAsText", "readAsArrayBuffer", "readAsDataURL", "readAsBinaryString"]) {
  const original = FileReader.prototype[name];
  FileReader.prototype[name] = function (...args) {
    window.__reads += 1;
    return original.apply(this, args);
  };
}
"""
# When the file reaches the page (its change event, before the page's own listeners) and when the
# status line first changes.
TIMING = """(selector) => {
  window.__times = {};
  document.addEventListener("change", () => { window.__times.change = performance.now(); }, true);
  const status = document.querySelector(selector);
  new MutationObserver(() => { window.__times.said ??= performance.now(); })
    .observe(status, {childList: true, characterData: true, subtree: true});
}"""
BIG = 30 * 1024 * 1024


def big_file() -> bytes:
    """30 MB of a results file that would be valid if it were not so big."""
    head = json.dumps({**GOOD, "name": "Gros fichier"})[:-1] + ', "guide": "'
    return (head + "x" * (BIG - len(head) - 2) + '"}').encode()


@pytest.mark.parametrize("view", ["bilan", "equipe"])
def test_a_30_mb_file_is_refused_at_once_and_the_tab_stays_responsive(
    server, context, page, folder, view, record_property
):
    context.add_init_script(COUNT_READS)
    content = big_file()
    assert len(content) == BIG
    seed(page, server, {"gd:v1:name": "Camille Durand"})
    visit(page, server + view + "/")
    status = ".gd-share .gd-results__status" if view == "bilan" else ".gd-team__status"
    page.evaluate(TIMING, status)
    files = [{"name": "gros.json", "mimeType": "application/json", "buffer": content}]
    if view == "equipe":
        files.append(upload("petit.json", {**GOOD, "name": "Petit fichier"}))
    started = time.perf_counter()
    page.set_input_files(
        "#gd-results-import" if view == "bilan" else "#gd-team-import", files=files
    )
    handed = time.perf_counter()
    if view == "bilan":
        page.locator(status).filter(has_text="trop volumineux").wait_for()
        expected = message("import_too_big")
        assert " ".join(plain(page.locator(status).inner_text()).split()) == expected
    else:
        page.locator(".gd-team__messages li").wait_for()
        reason = message("import_too_big").removesuffix(" Rien n'a été modifié.")
        assert [words(t) for t in page.locator(".gd-team__messages li").all_inner_texts()] == [
            f"gros.json refusé : {reason}"
        ]
        assert [words(t) for t in page.locator(".gd-team__table tbody th").all_inner_texts()] == [
            "Petit fichier"
        ]
    shown = time.perf_counter()
    assert page.evaluate("1+1") == 2
    answered = time.perf_counter()
    times = page.evaluate("() => window.__times")
    in_page = times["said"] - times["change"]
    record_property("in_page_ms", round(in_page, 1))
    record_property("wall_after_upload_ms", round((shown - handed) * 1000, 1))
    print(
        f"\n30 MB on {view}: change -> message {in_page:.1f} ms in the page;"
        f" {1000 * (handed - started):.0f} ms for Playwright to hand the file over,"
        f" then {1000 * (shown - handed):.0f} ms to the message, 1+1 answered in"
        f" {1000 * (answered - shown):.0f} ms"
    )
    assert in_page < 1000, times
    assert shown - handed < 1, "the refusal shows within a second of the upload"
    assert answered - shown < 1, "the tab answers at once"
    # The small file of the team view is read; the big one never is.
    assert page.evaluate("() => window.__reads") == (0 if view == "bilan" else 1)
    if view == "bilan":
        assert stored(page) == {"gd:v1:name": "Camille Durand"}
    assert problems(page) == []


# --- 100 files at once in the team view ---------------------------------------------------------


def real_export(page, server, folder) -> dict:
    seed(
        page,
        server,
        {
            "gd:v1:name": "Modèle",
            "gd:v1:read:verite-1": {"read": True},
            "gd:v1:quiz:verite-1": quiz_entry(folder, "verite-1", 5),
            SHEET: {"values": COSTS},
        },
    )
    visit(page, server + "bilan/")
    with page.expect_download() as download:
        page.click("[data-gd-action=export-json]")
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))


def bad_files(model: dict) -> list[tuple[str, bytes, str]]:
    """(file name, content, the reason the team view gives)."""
    r = lambda key, **values: message(key, **values).removesuffix(" Rien n'a été modifié.")  # noqa: E731
    invalid = lambda where: r("import_invalid", where=where)  # noqa: E731
    not_json = "ce n'est pas un fichier de résultats lisible (un fichier JSON est attendu)."

    def changed(**changes) -> bytes:
        return json.dumps({**model, **changes}).encode()

    other = changed(guide_id="ecrire-pour-le-web", guide="Écrire pour le web")
    return [
        ("casse.json", b"{pas du json", not_json),
        ("vide.json", b"", not_json),
        ("liste.json", b"[1, 2]", r("import_foreign")),
        ("proto.json", changed(__proto__={"polluted": 1}), invalid("__proto__")),
        ("quiz-proto.json", changed(quizzes={"__proto__": QUIZ}), invalid("__proto__")),
        (
            "valeurs.json",
            changed(worksheets={"verite-2": {"values": {"constructor": {"prototype": 1}}}}),
            invalid("prototype"),
        ),
        ("version.json", changed(version=3), r("import_version", version="3")),
        ("autre.json", other, r("import_other_guide", guide="Écrire pour le web")),
        ("lourd.json", changed(guide="x" * (2 << 20)), r("import_too_big")),
        ("nom.json", changed(name="n" * 81), invalid("name")),
    ]


def test_a_hundred_files_at_once_keep_every_valid_one_and_name_every_refused_one(
    server, page, browser, folder
):
    model = real_export(page, server, folder)
    bad = bad_files(model)
    files, refused = [], []
    for number in range(90):
        exported = f"2026-11-{number % 28 + 1:02d}T10:00:00.000Z"
        reader = {**model, "name": f"Lecteur {number:02d}", "exported": exported}
        files.append(upload(f"lecteur-{number:02d}.json", reader))
        if number % 9 == 4:  # the bad ones among the good ones
            name, content, reason = bad[len(refused)]
            files.append(upload(name, content))
            refused.append(f"{name} refusé : {reason}")
    assert len(files) == 100 and len(refused) == 10
    manager = browser.new_context()
    try:
        tab = manager.new_page()
        errors = errors_of(tab)
        visit(tab, server + "equipe/")
        tab.set_input_files("#gd-team-import", files=files)
        status = tab.locator(".gd-team__status")
        status.filter(has_text="refusés").wait_for(timeout=30000)
        assert words(status.inner_text()) == (
            "Fichiers ajoutés : 90. L'équipe compte 90 personnes. Fichiers refusés : 10, chacun"
            " avec sa raison dans la liste ci-dessous."
        )
        assert status.get_attribute("aria-live") == "polite"
        said = [words(text) for text in tab.locator(".gd-team__messages li").all_inner_texts()]
        assert said == [plain(text) for text in refused]
        names = [words(t) for t in tab.locator(".gd-team__table tbody th").all_inner_texts()]
        assert names == [f"Lecteur {number:02d}" for number in range(90)]
        assert tab.evaluate("() => ({}).polluted === undefined && [].polluted === undefined")
        assert errors == []
    finally:
        manager.close()


# --- The team CSV ---------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","clic")', "+1", "-2+3", "@SUM(A1)", "=1+2;3,4"]
# Names a file gives that start with a tab or a carriage return: the import trims them ("x").
TRIMMED = ["\tx", "\ry"]
QUOTED = 'Dupont, "Jo";\nLéa'
KEPT = ["\t=KEPT()", "\r@KEPT", "-"]  # kept in the browser earlier: names no import gives


def download_csv(page) -> list[list[str]]:
    with page.expect_download() as download:
        page.click("[data-gd-action=team-csv]")
    text = Path(download.value.path()).read_bytes().decode("utf-8-sig")  # keep every \r as it is
    separator = ";" if page.evaluate("document.documentElement.lang") == "fr" else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))


@pytest.mark.parametrize("language", ["", "en/"])
def test_the_team_csv_turns_every_formula_into_text(server, page, browser, folder, language):
    model = real_export(page, server, folder)
    negative = {**model["worksheets"]["verite-2"]["values"], "v2-cout-horaire": -400}
    names = [*FORMULAS, *TRIMMED, QUOTED, "Alice Martin"]
    files = [upload(f"{i}.json", {**model, "name": name}) for i, name in enumerate(names)]
    worksheets = {"verite-2": {"values": negative}}
    files.append(upload("neg.json", {**model, "name": "Négatif", "worksheets": worksheets}))
    manager = browser.new_context(accept_downloads=True)
    try:
        tab = manager.new_page()
        # A team kept in this browser earlier, with names no import gives (not trimmed).
        kept = [
            {"file": "k.json", "name": name, "exported": "2026-01-01T00:00:00.000Z", "writes": []}
            for name in KEPT
        ]
        seed(tab, server, {"gd:v1:team": kept})
        visit(tab, server + language + "equipe/")
        tab.locator(".gd-team__table tbody tr").nth(2).wait_for()
        tab.set_input_files("#gd-team-import", files=files)
        tab.locator(".gd-team__table tbody tr").nth(len(files) + 2).wait_for()
        table = download_csv(tab)
        rows = {row[0]: row for row in table[1:]}
        assert len(rows) == len(table) - 1 == len(files) + 3
        for name in [*FORMULAS, *KEPT]:
            assert "'" + name in rows, (name, list(rows))
        assert {"x", "y", QUOTED, "Alice Martin", "Négatif"} <= set(rows)
        for row in table:  # no cell at all begins as a formula would
            assert not [cell for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")], row
        heading = "Vérité n° 2 : Coût annuel" if not language else "Truth no. 2: Annual cost"
        column = [plain(cell) for cell in table[0]].index(plain(heading))
        cost = plain(rows["Négatif"][column])
        assert cost.startswith("'-") and "€" in cost, cost
        assert plain(rows["Alice Martin"][column]) in ("25 520,00 €", "€25,520.00")
        text = " ".join(plain(tab.locator(".gd-team__status").inner_text()).split())
        assert text.startswith(("Fichier « bilan-equipe-", 'File "team-results-'))
    finally:
        manager.close()
