"""The results pages through real builds: « Mon bilan », the onboarding path, the home page's cards.

The guide's structure embedded in each of them must match the truth pages exactly (quiz and
checklist ids, counts, bands), be the same in both languages, link to pages that exist (also in the
file:// bundle), and work without JavaScript. Broken markers fail the build with a file and line.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from conftest import (
    LANGUAGES,
    ROOT,
    copy_project,
    minified,
    page_path,
    page_script,
    run_build,
    soup,
)
from test_quiz_build import append, errors

sys.path.insert(0, str(ROOT / "hooks"))
from components import guide, results_html  # noqa: E402

sys.path.insert(0, str(ROOT / "deploy"))
import csp  # noqa: E402

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
RESULT_PAGES = ["", "bilan", "parcours", "equipe"]  # the home page shows progress on its cards


def embedded(path: Path) -> dict:
    scripts = soup(path).select("script#gd-results-data")
    assert len(scripts) == 1, path
    assert scripts[0]["type"] == "application/json"
    return json.loads(scripts[0].string)


def page_url(site: Path, path: Path) -> str:
    return "/" + path.relative_to(site).as_posix()


def resolve(site: Path, base: str, href: str) -> tuple[Path, str]:
    """The built file a relative link leads to, and its fragment."""
    address = urlparse(urljoin(base, href))
    assert not address.scheme and not href.startswith("/"), f"{href} must be relative"
    target = site / address.path.lstrip("/")
    return (target / "index.html" if address.path.endswith("/") else target), address.fragment


def assert_leads_somewhere(site: Path, path: Path, href: str) -> None:
    target, fragment = resolve(site, page_url(site, path), href)
    assert target.is_file(), f"{path}: {href}"
    if fragment:
        assert soup(target).find(id=fragment) is not None, f"{path}: {href}"


def structure(data: dict) -> list:
    """What must be the same in every language: numbers, ids, counts, band ranges, addresses."""
    return [
        (
            truth["id"],
            truth["number"],
            truth["url"],
            truth["quiz"] and {k: truth["quiz"][k] for k in ("id", "url", "total", "questions")},
            truth["checklist"]
            and (
                truth["checklist"]["id"],
                truth["checklist"]["url"],
                truth["checklist"]["total"],
                truth["checklist"]["items"],
                [(b["id"], b["low"], b["high"]) for b in truth["checklist"]["bands"]],
            ),
        )
        for truth in data["chapters"]
    ]


# --- The guide's own pages ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", ["bilan", "parcours"])
def test_results_pages_exist_with_their_title_and_language(site, language, page):
    document = soup(page_path(site, language, page))
    assert document.html["lang"] == language
    title = {("fr", "bilan"): "Mon bilan", ("en", "bilan"): "My results"}
    title |= {("fr", "parcours"): "Parcours d’intégration", ("en", "parcours"): "Onboarding path"}
    assert document.select_one("article h1").get_text().strip("¶ ") == title[language, page]
    assert document.select_one(f"article h1#{page}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", RESULT_PAGES)
def test_embedded_structure_matches_the_truth_pages(site, language, page):
    path = page_path(site, language, page)
    data = embedded(path)
    assert (data["version"], data["language"], data["pass"]) == (1, language, 80)
    assert [truth["id"] for truth in data["chapters"]] == TRUTHS
    assert [truth["number"] for truth in data["chapters"]] == [1, 2, 3, 4, 5]
    assert set(data["strings"]) == {"results", "onboarding", "certificate", "team"}
    for truth in data["chapters"]:
        source = soup(page_path(site, language, truth["id"]))
        assert truth["name"] == source.select_one("article h1").get_text().strip("¶ ")
        assert truth["name"].endswith(truth["title"][1:]) and truth["title"][0].isupper()
        assert_leads_somewhere(site, path, truth["url"])

        quiz = source.select_one(f"section.gd-quiz#gd-quiz-{truth['id']}")
        questions = [
            [question["data-gd-question"], len(question.select("input"))]
            for question in quiz.select("fieldset.gd-quiz__question")
        ]
        assert truth["quiz"]["id"] == truth["id"]
        assert (truth["quiz"]["total"], truth["quiz"]["questions"]) == (len(questions), questions)
        assert truth["quiz"]["url"].endswith("#quiz")
        assert_leads_somewhere(site, path, truth["quiz"]["url"])

        checklist = source.select_one(f"section.gd-checklist#gd-checklist-{truth['id']}")
        items = [box["value"] for box in checklist.select("input[type=checkbox]")]
        bands = [
            (band["data-gd-band"], int(band["data-gd-low"]), int(band["data-gd-high"]))
            for band in checklist.select("[data-gd-band]")
        ]
        ours = truth["checklist"]
        assert ours["id"] == truth["id"]
        assert (ours["total"], ours["items"]) == (len(items), items)
        assert [(band["id"], band["low"], band["high"]) for band in ours["bands"]] == bands
        assert ours["url"].endswith("#auto-evaluation")
        assert_leads_somewhere(site, path, ours["url"])
        titles = [t.get_text() for t in checklist.select(".gd-checklist__band-title")]
        assert [band["title"] for band in ours["bands"]] == titles
        for band in ours["bands"]:
            text = soup_fragment(band["html"])
            assert text.find(["script", "img", "iframe", "style"]) is None
            assert text.get_text().strip()
            for link in text.select("a[href]"):
                if not link["href"].startswith(("http:", "https:", "mailto:")):
                    assert_leads_somewhere(site, path, link["href"])


def soup_fragment(fragment: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(fragment, "html.parser")


@pytest.mark.parametrize("page", RESULT_PAGES)
def test_french_and_english_embed_the_same_structure(site, page):
    french, english = (embedded(page_path(site, language, page)) for language in LANGUAGES)
    assert structure(french) == structure(english)
    for fr_truth, en_truth in zip(french["chapters"], english["chapters"], strict=True):
        assert fr_truth["label"] == f"Vérité n°\u00a0{fr_truth['number']}"
        assert en_truth["label"] == f"Truth no. {en_truth['number']}"
        assert fr_truth["title"] != en_truth["title"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_results_page_works_without_javascript(site, language):
    path = page_path(site, language, "bilan")
    document = soup(path)
    markers = document.select("div[data-gd-results]:not([class]), span[data-gd-results]")
    assert not markers, "every marker is replaced"
    note = document.select_one("[data-gd-results=summary] .gd-results__nojs")
    assert ("navigateur" if language == "fr" else "browser") in note.get_text()
    assert not note.has_attr("hidden")
    rows = document.select(".gd-results__table tbody tr")
    assert [row["data-gd-chapter"] for row in rows] == TRUTHS
    for row, truth in zip(rows, TRUTHS, strict=True):
        links = [a["href"] for a in row.select("a[href]")]
        assert links[0] == f"../{truth}/" and f"../{truth}/#quiz" in links
        assert f"../{truth}/#auto-evaluation" in links
    assert document.select_one(".gd-results__table caption").get_text().strip()
    assert document.select_one("figure.gd-chart")["hidden"] == ""
    for hidden in (".gd-share__controls", ".gd-erase__start", ".gd-erase__confirm"):
        assert document.select_one(hidden).has_attr("hidden"), hidden
    confirm = document.select_one("#gd-results-erase-confirm")
    assert confirm["role"] == "group" and confirm["aria-labelledby"]
    status = document.select(".gd-results__status")
    assert len(status) == 2 and all(s["aria-live"] == "polite" for s in status)
    upload = document.select_one("input[type=file]#gd-results-import")
    assert document.select_one("label[for=gd-results-import]") and upload["accept"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_onboarding_page_and_the_home_cards(site, language):
    document = soup(page_path(site, language, "parcours"))
    items = document.select(".gd-path__list > li")
    assert [item.select_one("[data-gd-progress]")["data-gd-progress"] for item in items] == TRUTHS
    # Per chapter: reading, quiz, self-assessment and worksheet.
    assert document.select_one("progress#gd-results-progress")["max"] == "20"
    assert document.select_one("label[for=gd-results-progress]")
    certificate = document.select_one("[data-gd-results=certificate]")
    assert certificate.find_previous("h2")["id"] == "attestation"
    assert certificate.select_one(".gd-certificate__sheet").has_attr("hidden")
    assert certificate.select_one("label[for=gd-certificate-name]")
    path = page_path(site, language, "")
    cards = soup(path).select(".grid.cards > ul > li")
    assert len(cards) == 5
    for card, truth in zip(cards, TRUTHS, strict=True):
        progress = card.select("p.gd-progress")
        assert len(progress) == 1 and progress[0]["data-gd-progress"] == truth
        assert progress[0].has_attr("hidden") and not progress[0].get_text()
    links = {a["href"] for a in soup(path).select("#mode-d-emploi ~ * a[href]")}
    assert {"bilan/#bilan", "parcours/#parcours"} <= links


def test_scripts_load_only_where_results_are_shown(site):
    """Only the pages that show results (home, results, path, team view) load results.css and
    progress.js, in the page's one script file, followed by results.js or team.js."""
    progress = minified("results/assets/progress.js")
    views = {name: minified(f"{name}/assets/{name}.js") for name in ("results", "team")}
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        shown = 'id="gd-results-data"' in text
        served = page_script(html)
        assert (progress in served) == shown, html
        if shown:
            after = served.split(progress, 1)[1]
            assert any(after.startswith(f";\n{own}") for own in views.values()), html
        assert bool(re.search(r"assets/results\.\w{8}\.min\.css", text)) == shown, html
    for language in LANGUAGES:
        for page in RESULT_PAGES:
            assert 'id="gd-results-data"' in page_path(site, language, page).read_text("utf-8")


def test_the_embedded_data_needs_no_new_script_hash(site):
    """JSON in <script type="application/json"> never runs: the CSP's hashes stay Material's."""
    found = []
    for html in site.rglob("*.html"):
        found += re.findall(r'<script type="application/json" id="gd-results-data">(.*?)</script>',
                            html.read_text(encoding="utf-8"), flags=re.S)  # fmt: skip
    assert len(found) == 2 * len(RESULT_PAGES)
    assert all("<" not in body and ">" not in body and "&" not in body for body in found)
    hashes = csp.inline_script_hashes(site)
    for body in found:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" not in hashes


def test_offline_bundle_links_name_their_files(tmp_path):
    """use_directory_urls is off in the file:// bundle: every embedded address names a file."""
    site = tmp_path / "offline"
    result = run_build(ROOT, site, env={"OFFLINE": "true"})
    assert result.returncode == 0 and result.warnings == [], result.output
    for language in LANGUAGES:
        for name in ("index.html", "bilan.html", "parcours.html"):
            path = site / name if language == "fr" else site / language / name
            data = embedded(path)
            for truth in data["chapters"]:
                for href in (truth["url"], truth["quiz"]["url"], truth["checklist"]["url"]):
                    assert href.split("#")[0].endswith(".html"), href
                    assert_leads_somewhere(site, path, href)


# --- Pure pieces ---------------------------------------------------------------------------------


def test_short_title_and_section_before():
    assert guide.short_title("Vérité n° 1 : ce n'est pas magique") == "Ce n'est pas magique"
    assert guide.short_title("Truth no. 4: strategy matters") == "Strategy matters"
    markdown = (
        "---\nd: x\n---\n# T { #t }\n\n## A { #a }\n\n```\n## Not { #not }\n```\nx\n## B {#b .c}\n"
    )
    assert guide.section_before(markdown, 10) == "a", "fenced code is not a heading"
    assert guide.section_before(markdown, 13) == "b"
    assert guide.section_before(markdown, 2) is None


def test_markup_escapes_titles_and_urls():
    data = {
        "guide": 'Guide <b>"x"</b>',
        "pass": 80,
        "chapters": [
            {
                "id": "verite-1",
                "number": 1,
                "name": "<script>alert(1)</script>",
                "url": '../a/"onmouseover="x',
                "quiz": None,
                "checklist": None,
            }
        ],
    }
    strings = {section: {} for section in ("results", "onboarding", "certificate", "team")}
    strings["results"] = {key: f"<i>{key}</i>" for key in _keys("results")}
    strings["onboarding"] = {key: f"<i>{key}</i>" for key in _keys("onboarding")}
    strings["certificate"] = {key: f"<i>{key}</i> {{guide}}" for key in _keys("certificate")}
    strings["team"] = {key: f"<i>{key}</i>" for key in _keys("team")}
    for name in results_html.MARKERS:
        html = results_html.render(name, data, strings, "verite-1")
        assert "<script>" not in html and "<i>" not in html and "<b>" not in html, name
        assert 'href="../a/"onmouseover' not in html, name


def _keys(section: str) -> list[str]:
    import yaml

    return list(
        yaml.safe_load((ROOT / "hooks/components/locales/fr.yml").read_text("utf-8"))[section]
    )


# --- Broken markers in a copy of the project ----------------------------------------------------


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def test_broken_markers_fail_the_build_with_file_and_line(project, tmp_path):
    start = append(
        project,
        "fr/auteur.md",
        '\n<div data-gd-results="sumary"></div>\n\n<div data-gd-results="chapter-progress"></div>\n'
        '\n<div data-gd-results="chart" data-gd-chapter="verite-1"></div>\n',
    )
    inline = append(
        project, "fr/glossaire.md", '\nDu texte <span data-gd-results="summary"></span> ici.\n'
    )
    example = '\n```html\n<div data-gd-results="nothing"></div>\n```\n\nEt `data-gd-results="x"`.\n'
    append(project, "fr/introduction.md", example)  # examples in code are no markers
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert errors(result.output) == [
        f'docs/fr/auteur.md:{start + 1}: unknown results marker "sumary" '
        '(did you mean "summary"?). Use one of: ' + ", ".join(results_html.MARKERS) + ".",
        f'docs/fr/auteur.md:{start + 3}: results marker "chapter-progress" needs a chapter: add'
        ' data-gd-chapter="verite-1".',
        f'docs/fr/auteur.md:{start + 5}: results marker "chart" takes no data-gd-chapter.'
        " Remove it.",
        f"docs/fr/glossaire.md:{inline + 1}: a results marker is not written as expected. Put it"
        ' on a line of its own, e.g. <div data-gd-results="summary"></div>, or <span'
        ' data-gd-results="chapter-progress" data-gd-chapter="verite-1"></span> in its own'
        " paragraph.",
    ]


def test_an_unknown_truth_fails_the_build(project, tmp_path):
    start = append(
        project,
        "en/auteur.md",
        '\n<span data-gd-results="chapter-progress" data-gd-chapter="verite-9"></span>\n',
    )
    result = run_build(project, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert errors(result.output) == [
        f'docs/en/auteur.md:{start + 1}: no chapter "verite-9" in this language. Use one of:'
        " verite-1, verite-2, verite-3, verite-4, verite-5."
    ]


HOSTILE = ' **Attention** </script><script>alert(1)</script> <img src=x onerror="alert(2)"> & co'


def test_hostile_band_text_stays_text_in_the_embedded_data(project, tmp_path):
    for language in LANGUAGES:
        path = project / "docs" / language / "verite-1.md"
        text = path.read_text(encoding="utf-8")
        band = "= 0-3 #v1-pensee-magique "
        start = text.index(band)
        title_end = text.index("\n", start)
        text = text[:title_end] + " </script><b>x</b>" + text[title_end:]
        explanation_end = text.index("\n", text.index("\n> ", start) + 1)
        text = text[:explanation_end] + HOSTILE + text[explanation_end:]
        path.write_text(text, encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    page = tmp_path / "site" / "bilan" / "index.html"
    raw = page.read_text(encoding="utf-8")
    assert raw.count("<script") == raw.count("</script>"), "no element ended early"
    band = embedded(page)["chapters"][0]["checklist"]["bands"][0]
    assert band["title"] == "Vous comptez encore sur la magie </script><b>x</b>"
    fragment = soup_fragment(band["html"])
    assert fragment.find(["script", "img", "b"]) is None
    assert fragment.find("strong").get_text() == "Attention"
    assert '</script><script>alert(1)</script> <img src=x onerror="alert(2)"> & co' in (
        fragment.get_text()
    )
