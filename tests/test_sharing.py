"""Linking and sharing (issue 6): the URL contract, redirects and short links, section permalinks,
Open Graph and social cards, JSON-LD, and the same site under a sub-path."""

from __future__ import annotations

import functools
import io
import json
import re
import sys
import threading
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import (
    LANGUAGES,
    ROOT,
    SITE_URL,
    _QuietHandler,
    _Server,
    copy_project,
    html_pages,
    run_build,
    soup,
)
from PIL import Image

sys.path.insert(0, str(ROOT / "hooks"))
from components import strings as ui_strings  # noqa: E402
from components.blocks import scan  # noqa: E402
from components.quiz import OPTIONS as QUIZ_OPTIONS  # noqa: E402
from components.quiz import parse as parse_quiz  # noqa: E402
from mkdocs_guide.site import links  # noqa: E402
from mkdocs_guide.social import cards as social_cards  # noqa: E402
from mkdocs_guide.social.structured_data import plain, script_json  # noqa: E402
from mkdocs_guide.social.structured_data import quiz as quiz_json_ld  # noqa: E402

CONTRACT = yaml.safe_load((ROOT / "urls.yml").read_text(encoding="utf-8"))
PAGES = [
    pytest.param(language, entry[language], entry["sections"], id=f"{language}:{entry[language]}")
    for entry in CONTRACT["pages"]
    for language in LANGUAGES
]
LEADS_TO = {**CONTRACT["short_links"], **CONTRACT["redirects"]}
SECTIONS = {entry[lang]: entry["sections"] for entry in CONTRACT["pages"] for lang in LANGUAGES}
TRUTHS = [(language, n) for language in LANGUAGES for n in range(1, 6)]
TRUTH_LABEL = {"fr": "Vérité n°\u00a0{}", "en": "Truth no. {}"}
LOCALE = {"fr": "fr_FR", "en": "en_GB"}
CARD_BUDGET = 150 * 1024


def built(site: Path, address: str) -> Path:
    return site / address / "index.html"


def address(site: Path, index_file: Path) -> str:
    folder = index_file.relative_to(site).parent.as_posix()
    return "" if folder == "." else folder + "/"


def language_of(address: str) -> str:
    return "en" if address.startswith("en/") else "fr"


def meta(document: BeautifulSoup, name: str) -> list[str]:
    tags = document.select(f'meta[property="{name}"]') or document.select(f'meta[name="{name}"]')
    return [tag["content"] for tag in tags]


def heading_text(tag) -> str:
    return tag.get_text("").replace("¶", "").strip()


def is_redirect(path: Path) -> bool:
    return soup(path).select_one('meta[http-equiv="refresh"]') is not None


# --- The URL contract ---------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "address", "sections"), PAGES)
def test_contract_page_exists_with_its_sections(site, language, address, sections):
    document = soup(built(site, address))
    assert document.html["lang"] == language
    assert document.select_one('link[rel="canonical"]')["href"] == SITE_URL + address
    ids = {tag["id"] for tag in document.select("article [id]")}
    assert set(sections) <= ids, f"{address}: missing sections {set(sections) - ids}"


def test_every_built_page_is_in_the_contract(site):
    """A new page must be added to urls.yml; a page that disappears breaks the contract."""
    index_files = [path for path in html_pages(site) if path.name == "index.html"]
    pages = {address(site, path) for path in index_files if not is_redirect(path)}
    stubs = {address(site, path) for path in index_files if is_redirect(path)}
    assert pages == {entry[lang] for entry in CONTRACT["pages"] for lang in LANGUAGES}
    assert stubs == set(LEADS_TO), "every redirect of mkdocs.yml is listed in urls.yml"


@pytest.mark.parametrize(("old", "new"), LEADS_TO.items())
def test_redirect_page_leads_to_the_page(site, old, new):
    document = soup(built(site, old))
    refresh = document.select_one('meta[http-equiv="refresh"]')["content"]
    relative = refresh.split("url=", 1)[1]
    assert not relative.startswith(("/", "http")), "relative: works under any sub-path"
    assert urljoin(SITE_URL + old, relative) == SITE_URL + new
    assert document.select_one('link[rel="canonical"]')["href"] == SITE_URL + new
    assert document.select_one('meta[name="robots"]')["content"] == "noindex"
    assert document.html["lang"] == language_of(new)
    visible = document.select_one("a#gd-target")
    assert visible["href"] == relative
    target_title = heading_text(soup(built(site, new)).select_one("article h1"))
    assert visible.get_text(strip=True) == target_title
    assert [s.string for s in document.find_all("script")] == [links.REDIRECT_SCRIPT]


@pytest.mark.parametrize(("old", "new"), LEADS_TO.items())
def test_old_and_short_addresses_lead_to_the_section(page, server, old, new):
    section = SECTIONS[new][-1]
    page.goto(f"{server}{old}#{section}")
    page.wait_for_url(f"{server}{new}#{section}")
    assert page.locator("article h1").is_visible()
    assert page.problems == []


def test_short_link_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(server + "en/3/")
        tab.wait_for_url(server + "en/verite-3/")  # the meta refresh
        assert tab.locator("html").get_attribute("lang") == "en"
    finally:
        context.close()


def test_a_redirect_across_languages_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("a-propos.md: fr/auteur.md", "a-propos.md: en/auteur.md"), encoding="utf-8"
    )
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "redirect 'a-propos.md: en/auteur.md': the target must be a page source" in (
        result.output
    )


# --- Section permalinks -------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "address", "sections"), PAGES)
def test_permalinks_are_named_in_the_page_language(site, language, address, sections):
    strings = ui_strings.load(language, "fr")["links"]
    headings = soup(built(site, address)).select("article :is(h2, h3, h4, h5, h6)[id]")
    assert headings
    for heading in headings:
        if {"gd-quiz__title", "gd-checklist__title", "gd-worksheet__title"} & set(
            heading.get("class", [])
        ):
            continue  # a quiz's or checklist's title: the component has its own id
        link = heading.select_one("a.headerlink")
        assert link is not None and link["href"] == f"#{heading['id']}", heading
        assert link["title"] == strings["permalink"]
        expected = strings["permalink_label"].format(section=heading_text(heading))
        assert link["aria-label"] == expected


def test_a_section_link_is_one_gesture_away(page, server):
    page.goto(server + "en/verite-2/")
    heading = page.locator("#v2-budget")
    name = "Link to the section “" + heading.inner_text().replace("¶", "").strip() + "”"
    link = page.get_by_role("link", name=name, exact=True)
    link.focus()  # a keyboard user tabs to it: it shows up
    page.wait_for_function("e => getComputedStyle(e).opacity === '1'", arg=link.element_handle())
    link.click()
    page.wait_for_url(server + "en/verite-2/#v2-budget")
    assert page.problems == []


# --- Open Graph, Twitter, social cards ----------------------------------------------------------


@pytest.mark.parametrize(("language", "address", "sections"), PAGES)
def test_open_graph_and_twitter_tags(site, language, address, sections):
    document = soup(built(site, address))
    canonical = document.select_one('link[rel="canonical"]')["href"]
    site_name = document.title.string.rsplit(" - ", 1)[-1]
    title = heading_text(document.select_one("article h1"))
    assert meta(document, "og:url") == [canonical] == [SITE_URL + address]
    assert meta(document, "og:type") == ["website" if address in ("", "en/") else "article"]
    assert meta(document, "og:site_name") == [site_name]
    assert meta(document, "og:title") == [title]
    assert meta(document, "og:description") == meta(document, "description")
    assert meta(document, "og:locale") == [LOCALE[language]]
    assert meta(document, "og:locale:alternate") == [v for k, v in LOCALE.items() if k != language]
    assert meta(document, "twitter:card") == ["summary_large_image"]
    [image] = meta(document, "og:image")
    assert image.startswith(SITE_URL)
    assert meta(document, "og:image:width") == ["1200"]
    assert meta(document, "og:image:height") == ["630"]
    assert meta(document, "og:image:type") == ["image/png"]
    card = site / image.removeprefix(SITE_URL)
    assert card.stat().st_size <= CARD_BUDGET
    with Image.open(card) as png:
        assert png.format == "PNG" and png.size == (1200, 630)
        assert meta(document, "og:image:alt") == [png.text["Title"]]


@pytest.mark.parametrize(("language", "number"), TRUTHS)
def test_card_shows_guide_number_and_title_in_the_page_language(site, language, number):
    address = ("en/" if language == "en" else "") + f"verite-{number}/"
    document = soup(built(site, address))
    [image] = meta(document, "og:image")
    assert f"/cards/{language}/" in image
    with Image.open(site / image.removeprefix(SITE_URL)) as png:
        label, title, guide = png.text["Title"].split(" — ")
    assert label == TRUTH_LABEL[language].format(number)
    assert guide == meta(document, "og:site_name")[0]
    h1 = heading_text(document.select_one("article h1"))
    assert h1.lower().endswith(title.lower()) and len(title) > 5


def test_every_page_has_its_own_card(site):
    cards = sorted((site / "assets" / "cards").rglob("*.png"))
    assert len(cards) == len(PAGES)
    assert len({card.read_bytes() for card in cards}) == len(cards)


def test_long_titles_are_shortened_to_fit():
    card = social_cards.Card(guide="Guide", title="mot " * 80, label="Vérité n° 9", numeral="9")
    with Image.open(io.BytesIO(social_cards.draw(card))) as png:
        assert png.size == (1200, 630)
    font, lines = social_cards._fit_title(card.title, 740)
    assert len(lines) == social_cards.TITLE_LINES and lines[-1].endswith("…")


# --- JSON-LD ------------------------------------------------------------------------------------

# The schema.org properties each type may use here (all checked against schema.org's definitions:
# a LearningResource or Quiz is a CreativeWork, an Answer a Comment).
CREATIVE_WORK = {
    "@context", "@type", "name", "description", "url", "inLanguage", "image", "position",
    "author", "publisher", "isPartOf", "hasPart", "workTranslation", "translationOfWork",
    "learningResourceType", "text",
}  # fmt: skip
SCHEMA = {
    "LearningResource": CREATIVE_WORK,
    "Quiz": CREATIVE_WORK,
    "Question": CREATIVE_WORK | {"eduQuestionType", "acceptedAnswer", "suggestedAnswer"},
    "Answer": CREATIVE_WORK | {"answerExplanation"},
    "Comment": CREATIVE_WORK,
    "Person": {"@type", "name", "url"},
    "Organization": {"@type", "name", "url"},
}


def check_schema(node, where="$"):
    if isinstance(node, list):
        for index, item in enumerate(node):
            check_schema(item, f"{where}[{index}]")
    elif isinstance(node, dict):
        allowed = SCHEMA.get(node.get("@type"))
        assert allowed is not None, f"{where}: unknown @type {node.get('@type')!r}"
        assert set(node) <= allowed, (
            f"{where}: not a {node['@type']} property: {set(node) - allowed}"
        )
        for key, value in node.items():
            check_schema(value, f"{where}.{key}")


def json_ld(path: Path) -> list[dict]:
    raw = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>',
        path.read_text(encoding="utf-8"),
        re.S,
    )
    return [json.loads(text) for text in raw]


@pytest.mark.parametrize(("language", "number"), TRUTHS)
def test_truth_pages_describe_themselves_in_json_ld(site, language, number):
    prefix = "en/" if language == "en" else ""
    path = built(site, f"{prefix}verite-{number}/")
    [data] = json_ld(path)
    check_schema(data)
    document = soup(path)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LearningResource"
    assert data["name"] == heading_text(document.select_one("article h1"))
    assert data["description"] == meta(document, "description")[0]
    assert data["url"] == SITE_URL + f"{prefix}verite-{number}/"
    assert data["inLanguage"] == language
    assert data["position"] == number
    assert data["author"] == {
        "@type": "Person",
        "name": "Erwan",
        "url": SITE_URL + prefix + "auteur/",
    }
    assert data["publisher"] == {"@type": "Organization", "name": "Coeur sur Paris"}
    assert data["isPartOf"]["url"] == SITE_URL + prefix
    other = "translationOfWork" if language == "en" else "workTranslation"
    other_prefix = "" if language == "en" else "en/"
    assert data[other]["url"] == SITE_URL + f"{other_prefix}verite-{number}/"
    quizzes = document.select("section[data-gd=quiz]")
    parts = data.get("hasPart", [])
    parts = parts if isinstance(parts, list) else [parts]
    assert len(parts) == len(quizzes)
    for quiz, part in zip(quizzes, parts, strict=True):
        questions = quiz.select("fieldset[data-gd-question]")
        assert part["@type"] == "Quiz" and len(part["hasPart"]) == len(questions)
        for fieldset, question in zip(questions, part["hasPart"], strict=True):
            accepted = question["acceptedAnswer"]
            accepted = accepted if isinstance(accepted, list) else [accepted]
            positions = [answer["position"] - 1 for answer in accepted]
            assert positions == [int(n) for n in fieldset["data-gd-correct"].split()]


def listed(value) -> list:
    """A JSON-LD property as a list: one value is written alone, several as a list."""
    return value if isinstance(value, list) else [value]


def quiz_models(markdown: str) -> list:
    """The quizzes of a page's Markdown, parsed as the build parses them (components/quiz.py)."""
    found, problems = scan(markdown, {"quiz": QUIZ_OPTIONS})
    assert problems == []
    models = [parse_quiz(block) for block in found]
    assert [problems for _, problems in models] == [[]] * len(models)
    return [model for model, _ in models]


@pytest.mark.parametrize(("language", "number"), TRUTHS)
def test_json_ld_lists_the_quiz_models_questions_and_correct_answers(site, language, number):
    prefix = "en/" if language == "en" else ""
    [data] = json_ld(built(site, f"{prefix}verite-{number}/"))
    page = ROOT / "docs" / language / f"verite-{number}.md"
    models = quiz_models(page.read_text(encoding="utf-8"))
    parts = listed(data["hasPart"])
    assert models and len(parts) == len(models)
    for model, part in zip(models, parts, strict=True):
        assert part["url"] == SITE_URL + f"{prefix}verite-{number}/#gd-quiz-{model.id}"
        assert part["name"] == plain(model.title) and part["inLanguage"] == language
        assert len(part["hasPart"]) == len(model.questions)
        for question, found in zip(model.questions, part["hasPart"], strict=True):
            multiple = question.type == "multiple"
            assert found["eduQuestionType"] == ("Checkbox" if multiple else "Multiple choice")
            assert found["text"] == plain(question.text)
            accepted, suggested = listed(found["acceptedAnswer"]), found["suggestedAnswer"]
            assert [answer["position"] - 1 for answer in accepted] == list(question.correct)
            positions = sorted(answer["position"] for answer in accepted + suggested)
            assert positions == list(range(1, len(question.answers) + 1))
            explanation = " ".join(plain(paragraph) for paragraph in question.explanation)
            for answer in accepted + suggested:
                source = question.answers[answer["position"] - 1].text.source
                assert answer["text"] == plain(question.answers[answer["position"] - 1].text)
                if not re.search(r"[\\`*_\[&<>]", source):  # no markup: the author's words
                    assert answer["text"] == " ".join(source.split())
                solution = answer.get("answerExplanation", {}).get("text")
                assert solution == (explanation if answer in accepted else None)


@pytest.mark.parametrize("number", range(1, 6))
def test_json_ld_accepts_the_same_answers_in_both_languages(site, number):
    def accepted(language: str) -> list[list[int]]:
        prefix = "en/" if language == "en" else ""
        [data] = json_ld(built(site, f"{prefix}verite-{number}/"))
        return [
            [answer["position"] for answer in listed(question["acceptedAnswer"])]
            for part in listed(data["hasPart"])
            for question in part["hasPart"]
        ]

    assert accepted("fr") == accepted("en") != []


HOSTILE_QUIZ = """
/// quiz | Quiz </script><!-- <b> & **bold**
    id: hostile

? single #hostile-one
Which </script><script>alert(1)</script> & [click](javascript:alert(1)) one?

- [ ] <img src=x onerror=alert(1)> `</script>` \\*not emphasis\\*
- [x] **Right** \u202e reversed

> Because *SEO*; <b>.
>
> [Read again](#anchor).
///
"""


def test_a_hostile_quiz_is_inert_in_json_ld_and_says_what_the_page_says():
    [model] = quiz_models(HOSTILE_QUIZ)
    data = quiz_json_ld(model, "https://example.org/page/", "en")
    raw = script_json(data)
    assert not set(raw) & set("<>&\u2028\u2029"), "nothing can end the <script> or open a tag"
    assert "javascript" not in raw, "a link keeps its label only"
    assert json.loads(raw) == data
    assert data["name"] == "Quiz </script><!-- <b> & bold"
    assert data["url"] == "https://example.org/page/#gd-quiz-hostile"
    [question] = data["hasPart"]
    assert question["text"] == "Which </script><script>alert(1)</script> & click one?"
    [wrong] = question["suggestedAnswer"]
    assert wrong == {
        "@type": "Answer",
        "position": 1,
        "text": "<img src=x onerror=alert(1)> </script> *not emphasis*",
    }
    right = question["acceptedAnswer"]
    assert right["position"] == 2
    assert right["text"] == "Right \u202e reversed\u202c", "the override is closed, as on the page"
    # Inline markup leaves no space of its own (« SEO; », never « SEO ; »).
    assert right["answerExplanation"] == {
        "@type": "Comment",
        "text": "Because SEO; <b>. Read again.",
    }


def test_other_pages_have_no_json_ld(site):
    for entry in CONTRACT["pages"]:
        for language in LANGUAGES:
            if not entry[language].removeprefix("en/").startswith("verite-"):
                assert json_ld(built(site, entry[language])) == [], entry[language]


# --- A project edited between builds: the card cache, hostile text in JSON-LD -------------------

QUIZ = """

/// quiz | Quiz </script><script>alert(1)</script>
    id: essai-partage

? single #essai-un
Une question & sa </script> réponse ?

- [ ] Non.
- [x] Oui.

> Parce que <b>.

? multiple #essai-deux
Lesquelles ?

- [x] Une
- [ ] Deux
- [x] Trois
///
"""


def card_cache(project: Path) -> dict[str, float]:
    return {p.name: p.stat().st_mtime_ns for p in (project / ".cache" / "cards").glob("*.png")}


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """Three builds of a copy of the project: as is, again for another address, then with
    verite-1 edited in both languages (new title, hostile description, a quiz).
    Returns (project, card caches after each build, sites)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    caches, sites = [], []
    for step in range(3):
        if step == 2:
            for language in LANGUAGES:
                page = project / "docs" / language / "verite-1.md"
                text = page.read_text(encoding="utf-8")
                text = re.sub(
                    r"(?m)^description: .*$", 'description: "A </script> & <b> test"', text
                )
                text = re.sub(r"(?m)^(# [^{]*?)( \{ #verite-1 \})", r"\1 (édité)\2", text)
                page.write_text(text + QUIZ, encoding="utf-8")
        site = tmp_path_factory.mktemp(f"edited-site-{step}")
        # The second build is for another address: cards do not depend on it.
        env = {"SITE_URL": "http://127.0.0.1:9/elsewhere/"} if step == 1 else None
        result = run_build(project, site, env=env)
        assert result.returncode == 0 and result.warnings == [], result.output
        caches.append(card_cache(project))
        sites.append(site)
    return project, caches, sites


def test_an_unchanged_page_card_is_not_redrawn(edited):
    _, (first, second, third), sites = edited
    assert len(first) == len(PAGES)
    assert second == first, "a second build (even for another address) draws nothing"
    assert len(set(third) - set(first)) == 2, "only verite-1's two cards are drawn again"
    assert {name: first[name] for name in third if name in first} == first
    changed = {
        card.relative_to(sites[0]).as_posix()
        for card in (sites[0] / "assets" / "cards").rglob("*.png")
        if card.read_bytes() != (sites[2] / card.relative_to(sites[0])).read_bytes()
    }
    assert changed == {"assets/cards/fr/verite-1.png", "assets/cards/en/verite-1.png"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_json_ld_survives_hostile_text_and_describes_the_quiz(edited, language):
    _, _, sites = edited
    path = built(sites[2], ("en/" if language == "en" else "") + "verite-1/")
    raw = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', path.read_text("utf-8"), re.S
    ).group(1)
    assert "<" not in raw and ">" not in raw
    [data] = json_ld(path)
    check_schema(data)
    assert data["description"] == "A </script> & <b> test"
    parts = data["hasPart"] if isinstance(data["hasPart"], list) else [data["hasPart"]]
    [quiz] = [part for part in parts if part["url"].endswith("#gd-quiz-essai-partage")]
    assert quiz["@type"] == "Quiz" and quiz["name"].startswith("Quiz </script>")
    one, two = quiz["hasPart"]
    assert one["text"] == "Une question & sa </script> réponse ?"
    assert one["eduQuestionType"] == "Multiple choice"
    assert one["acceptedAnswer"]["text"] == "Oui."
    assert one["acceptedAnswer"]["answerExplanation"]["text"] == "Parce que <b>."
    assert [a["text"] for a in one["suggestedAnswer"]] == ["Non."]
    assert two["eduQuestionType"] == "Checkbox"
    assert [a["text"] for a in two["acceptedAnswer"]] == ["Une", "Trois"]
    assert [a["text"] for a in two["suggestedAnswer"]] == ["Deux"]


# --- The same build under a sub-path ------------------------------------------------------------


@pytest.fixture(scope="module")
def sub_path(tmp_path_factory):
    """The site built for and served at http://127.0.0.1:PORT/guide/ (a plain static server)."""
    root = tmp_path_factory.mktemp("sub-path")
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = _Server(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/guide/"
    result = run_build(ROOT, root / "guide", env={"SITE_URL": base})
    assert result.returncode == 0 and result.warnings == [], result.output
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield base, root / "guide"
    httpd.shutdown()


def test_the_site_works_under_a_sub_path(page, sub_path):
    base, site = sub_path
    page.goto(base, wait_until="networkidle")
    assert page.locator('link[rel="canonical"]').get_attribute("href") == base
    page.click("a.md-footer__link--next")
    page.wait_for_url(base + "introduction/", wait_until="networkidle")
    page.goto(base + "en/4/#a-retenir")
    page.wait_for_url(base + "en/verite-4/#a-retenir", wait_until="networkidle")
    page.hover(".md-select")
    page.click('.md-select__link[hreflang="fr"]')
    page.wait_for_url(base + "verite-4/", wait_until="networkidle")
    image = page.locator('meta[property="og:image"]').get_attribute("content")
    assert image == base + "assets/cards/fr/verite-4.png"
    assert page.request.get(image).headers["content-type"] == "image/png"
    page.click("input[data-md-component=search-query]")
    page.keyboard.type("stagiaire")
    page.locator(".md-search-result__item a[href*='/guide/verite-2/']").first.wait_for()
    assert page.problems == []
    # The 404 pages answer at any depth: their assets and links start with the sub-path.
    for name in ("404.html", "en/404.html"):
        document = soup(site / name)
        assets = [tag.get("src") or tag.get("href") for tag in document.select("script[src], link")]
        assert all(a.startswith(("/guide/", base)) for a in assets if a), (name, assets)


# --- Deployment ---------------------------------------------------------------------------------


def test_pages_workflow_runs_the_readme_build_for_the_pages_address():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    [build] = [step for step in steps if "run" in step]
    assert build["run"] == "make build"
    assert "`make build`" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    [configure] = [step for step in steps if step.get("id") == "pages"]
    assert configure["uses"].startswith("actions/configure-pages@")
    [upload] = [step for step in steps if "upload-pages-artifact" in step.get("uses", "")]
    assert upload["with"]["path"] == "site"  # where `make build` writes
    assert any("deploy-pages" in s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"])
