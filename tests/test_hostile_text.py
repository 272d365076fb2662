"""Hostile text in everything an author writes, read back from every place the build puts it.

One copy of the guide is built (module fixture) with the same text appended to:
- truth 1, both languages: its H1 and a `##` heading (Markdown text: `&`, `<`, `>` as entities),
  every text of its quiz, checklist and worksheet (titles, questions, answers, feedback,
  explanations, items, band titles and texts, labels, hints, units, choice labels, result labels
  and explanations), and a description of 5 000 characters;
- truth 2's description, truth 3's front-matter title;
- every interface string of both languages (docs/<lang>/_strings.yml, every key but the number
  formats) and guide.author and publisher, which fill their {author} and {publisher};
- the glossary's definition of KPI.
A right-to-left override that is never closed also ends the quiz title, the `##` heading, truth 3's
title and description, the publisher and the redirect pages' « moved » string: wherever the text
is printed beside other text, the build closes it (U+202C) so that it cannot reverse what follows.

The text: quotes, `&`, `<b>`, `</script><script>`, `<img onerror>`, `]]>`, `-->`, `<!--`, Jinja and
`{number}` / `{author}` braces, backslashes, U+2028 and U+2029, emoji (a ZWJ sequence, a flag),
Hebrew, Arabic, a bidi override, zero-width characters. The build must pass with --strict; then
every page, redirect stub and 404 page is parsed (html.parser): no element, attribute, comment or
script came out of the text, every JSON block and attribute parses, and the text is there as
written (the build's typography undone) in the page, the head, the JSON-LD, the scripts' data,
the search index (as the escaped HTML Material inserts), the social cards and the redirect stubs.
"""

from __future__ import annotations

import copy
import functools
import io
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from bs4 import BeautifulSoup, CData, Comment
from conftest import LANGUAGES, ROOT, copy_project, page_path, plain, run_build
from PIL import Image

sys.path.insert(0, str(ROOT / "hooks"))

from mkdocs_guide.search import hook as search_index  # noqa: E402
from mkdocs_guide.site import front_matter  # noqa: E402
from mkdocs_guide.social import cards as social_cards  # noqa: E402

MARKUP = (
    "\"q\" 'a' & <b>gras</b> </script><script>window.pwned=1</script> "
    "<img src=x onerror=window.pwned=2> ]]> --> <!-- {{ jinja }} {% raw %} {number} {author} "
    "C:\\dossier\\nouveau"
)
UNICODE = (
    "\u2028 \u2029 👩\u200d💻 🇫🇷 ❤\ufe0f עברית العربية \u202eevil\u202c "
    "zero\u200bwidth\u200djoin\ufeffbom"
)
HOSTILE = f"{MARKUP} {UNICODE}"
COMPONENT = f"{HOSTILE} KPI"  # what component texts end with (KPI: a glossary term)
OVERRIDE, CLOSE = "\u202efin", "\u202c"  # a right-to-left override left open, and its closer
AUTHOR, PUBLISHER = f"Erwan {HOSTILE}", f"Coeur {HOSTILE} {OVERRIDE}"
DESCRIPTION = f"Début {HOSTILE} " + "mot " * 1200 + "fin"  # over 5 000 characters
# Under og:description's 200 characters, with its override left open.
SHORT_DESCRIPTION = (
    'Résumé "q" & <b> </script><script>window.pwned=3</script> \u2028 👩\u200d💻 \u202eevil'
)
TITLE_3 = f"Titre {HOSTILE} {OVERRIDE}"
DEFINITION = {"fr": "Indicateur clé de performance", "en": "Key performance indicator"}
OPTION = re.compile(r"^\s*(id|formula|min|max|step|digits|key):")
# What Material's search plugin keeps as markup in the index (it inserts titles and text as HTML).
SEARCH_TAGS = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}
DATA_SCRIPTS = ("application/json", "application/ld+json")


def collapsed(text: str) -> str:
    """A page title as MkDocs takes it from the H1: its whitespace (U+2028 too) collapsed."""
    return " ".join(text.split())


def filled(value: str) -> str:
    """A strings-file value with {author} and {publisher} filled in from extra.guide (the bidi
    override the publisher leaves open closed right after it), as the tests compare it (typography
    undone: the generator's English strings have curly quotes)."""
    publisher = PUBLISHER + CLOSE
    return plain(value.replace("{author}", AUTHOR).replace("{publisher}", publisher))


def _scalar(value: str) -> str:
    """A YAML double-quoted scalar: U+2028 and U+2029 escaped (raw, YAML folds them)."""
    return yaml.safe_dump(value, allow_unicode=True, default_style='"', width=10**9).strip()


def _entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _blocks(markdown: str) -> str:
    """Every text line of the page's quiz, checklist and worksheet, with the hostile text after it
    (option lines that are not text, blank lines and `>` paragraph breaks are left alone)."""
    lines, inside = [], False
    for line in markdown.split("\n"):
        if line.startswith("/// "):
            inside = True
            line += f" {COMPONENT}" + (f" {OVERRIDE}" if line.startswith("/// quiz") else "")
        elif inside and line.strip() == "///":
            inside = False
        elif inside and line.strip() not in ("", ">") and not OPTION.match(line):
            line += f" {COMPONENT}"
        lines.append(line)
    return "\n".join(lines)


def _front_matter(path: Path, **values: str) -> None:
    text = path.read_text(encoding="utf-8")
    _, meta, body = text.split("---\n", 2)
    data = yaml.safe_load(meta) | values
    path.write_text("---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body, "utf-8")


def _heading(markdown: str, ident: str, end: str = "") -> tuple[str, str]:
    """The page with the hostile text (and `end`) in the heading `{ #ident }`, and its text."""
    pattern = re.compile(rf"(?m)^(#+ )(.*?)( \{{ #{ident} \}})$")
    written = pattern.search(markdown).group(2)
    hostile = f" {_entities(HOSTILE)}{end}"
    markdown = pattern.sub(lambda m: m.group(1) + m.group(2) + hostile + m.group(3), markdown)
    return markdown, f"{written} {HOSTILE}{end}"


def _strings(project: Path, language: str) -> dict[str, dict[str, str]]:
    """Every interface string of `language` (the generator's, the guide's on top), hostile."""
    generator_file = project / "hooks" / "components" / "locales" / f"{language}.yml"
    generator = yaml.safe_load(generator_file.read_text("utf-8"))
    own_file = project / "docs" / language / "_strings.yml"
    own = yaml.safe_load(own_file.read_text("utf-8")) or {}
    written = {
        kind: {key: f"{value} {HOSTILE}" for key, value in {**section, **own.get(kind, {})}.items()}
        for kind, section in generator.items()
        if kind != "numbers"  # data for formula.js (the decimal separator), not text
    }
    written["links"]["moved"] += f" {OVERRIDE}"
    own_file.write_text(yaml.safe_dump(written, allow_unicode=True), encoding="utf-8")
    return written


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict:
    """The built copy of the guide: {"site": folder, "strings": …, "h1": …, "h2": …, "sites": …}."""
    project = copy_project(tmp_path_factory.mktemp("hostile-text"))
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    guide = re.search(r"(?m)^      author: .*$", config)
    assert guide and "\n      publisher: " in config, "mkdocs.yml: guide.author, publisher"
    config = re.sub(r"(?m)^      author: .*$", lambda _: f"      author: {_scalar(AUTHOR)}", config)
    config = re.sub(
        r"(?m)^      publisher: .*$", lambda _: f"      publisher: {_scalar(PUBLISHER)}", config
    )
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    found: dict = {"strings": {}, "h1": {}, "h2": {}, "sites": {}}
    for language in LANGUAGES:
        docs = project / "docs" / language
        found["strings"][language] = _strings(project, language)
        glossary = docs / "_abbreviations.md"
        definitions = glossary.read_text("utf-8")
        text, count = re.subn(r"(?m)^(\*\[KPI\]: .*)$", lambda m: f"{m[1]} {HOSTILE}", definitions)
        assert count == 1, glossary
        glossary.write_text(text, encoding="utf-8")
        truth = docs / "verite-1.md"
        markdown = truth.read_text(encoding="utf-8")
        markdown, found["h1"][language] = _heading(markdown, "verite-1")
        markdown, found["h2"][language] = _heading(markdown, "objectifs", f" {OVERRIDE}")
        truth.write_text(_blocks(markdown), encoding="utf-8")
        _front_matter(truth, description=DESCRIPTION)
        _front_matter(docs / "verite-2.md", description=SHORT_DESCRIPTION)
        _front_matter(docs / "verite-3.md", title=TITLE_3)
    site = project / "site"
    result = run_build(project, site)
    assert result.returncode == 0 and result.warnings == [], result.output
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(re.sub(r"!!python/\S+|!ENV", "", config))
    [i18n] = [p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p]
    names = {entry["locale"]: entry.get("site_name") for entry in i18n["languages"]}
    found["sites"] = {language: names[language] or config["site_name"] for language in LANGUAGES}
    return found | {"site": site}


@functools.cache
def parse(path: Path) -> BeautifulSoup:
    """A built page, parsed once (treat as read-only)."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page(hostile: dict, language: str, name: str) -> BeautifulSoup:
    return parse(page_path(hostile["site"], language, name))


def meta(document: BeautifulSoup, key: str) -> str:
    tag = document.find("meta", attrs={"name": key}) or document.find("meta", property=key)
    assert tag is not None, key
    return plain(tag["content"])


def text(element) -> str:
    return plain(element.get_text())


def json_ld(document: BeautifulSoup) -> dict:
    [block] = document.find_all("script", type="application/ld+json")
    return json.loads(block.string)


def results_data(hostile: dict, language: str, name: str = "bilan") -> dict:
    block = page(hostile, language, name).find("script", id="gd-results-data")
    return json.loads(block.string)


# --- Nothing came out of the text: every page, 404 page and redirect stub -----------------------


def _problems(path: Path, site: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    document = BeautifulSoup(raw, "html.parser")
    where = path.relative_to(site).as_posix()
    problems = []
    for element in document.find_all(True):
        for name in element.attrs:
            if name.lower().startswith("on"):
                problems.append(f"{where}: <{element.name} {name}>")
        if element.name == "b" or (element.name == "img" and element.get("src") == "x"):
            problems.append(f"{where}: <{element.name}> from author text")
        for name in ("data-gd-strings", "data-gd-sheet", "data-gd-numbers"):
            if name in element.attrs:
                json.loads(element[name])  # data the scripts read: it must parse back
    for script in document.find_all("script"):
        if script.get("type") in DATA_SCRIPTS:
            json.loads(script.string)
        elif "pwned" in (script.string or ""):
            problems.append(f"{where}: a script came out of author text: {script.string[:60]}")
    for block in re.findall(r"<script\b[^>]*>(.*?)</script>", raw, re.S | re.I):
        if "<!--" in block or "<script" in block.lower():
            problems.append(f"{where}: a script holds {block[:60]!r}")  # the parser's escapes
    for node in document.find_all(string=lambda node: isinstance(node, Comment | CData)):
        if "jinja" in node or "pwned" in node:
            problems.append(f"{where}: a comment came out of author text: {node[:60]!r}")
    if len(document.find_all("title")) != 1:
        problems.append(f"{where}: {len(document.find_all('title'))} <title> elements")
    return problems


def test_no_element_attribute_script_or_comment_comes_out_of_author_text(hostile):
    site = hostile["site"]
    pages = sorted(site.rglob("*.html"))
    stubs = [site / "1" / "index.html", site / "en" / "1" / "index.html", site / "en" / "404.html"]
    assert all(stub in pages for stub in stubs)
    problems = [problem for path in pages for problem in _problems(path, site)]
    assert problems == []


# --- Component texts: the page, the JSON-LD, the results pages' data --------------------------

COMPONENT_TEXTS = {
    "quiz title": ".gd-quiz__title",
    "quiz question": ".gd-quiz__text",
    "quiz answer": ".gd-quiz__answer label",
    "quiz answer in the solution": ".gd-quiz__answer-text",
    "answer feedback": ".gd-quiz__comment",
    "quiz explanation": ".gd-quiz__explanation p",
    "checklist title": ".gd-checklist__title",
    "checklist item": ".gd-checklist__item label",
    "band title": ".gd-checklist__band-title",
    "band text": ".gd-checklist__band > p:not(.gd-checklist__band-head)",
    "worksheet title": ".gd-worksheet__title",
    "field label": ".gd-worksheet__label",
    "hint": ".gd-worksheet__hint",
    "unit": ".gd-worksheet__unit",
    "choice label": ".gd-worksheet__choices label",
    "result label": ".gd-worksheet__result dt",
    "result explanation": ".gd-worksheet__explain p",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("what", COMPONENT_TEXTS)
def test_component_text_shows_as_written(hostile, language, what):
    elements = page(hostile, language, "verite-1").select(COMPONENT_TEXTS[what])
    # The quiz title opens a bidi override it never closes: it is closed where the text ends.
    written = f"{COMPONENT} {OVERRIDE}{CLOSE}" if what == "quiz title" else COMPONENT
    assert elements, what
    for element in elements:
        assert text(element).endswith(written), (what, text(element)[-300:])


@pytest.mark.parametrize("language", LANGUAGES)
def test_quiz_text_reaches_the_json_ld_as_written(hostile, language):
    quiz = json_ld(page(hostile, language, "verite-1"))["hasPart"]
    expected = collapsed(COMPONENT)  # JSON-LD text has its whitespace collapsed
    assert plain(quiz["name"]).endswith(collapsed(f"{COMPONENT} {OVERRIDE}") + CLOSE)
    for question in quiz["hasPart"]:
        assert plain(question["text"]).endswith(expected)
        accepted = question["acceptedAnswer"]
        accepted = accepted if isinstance(accepted, list) else [accepted]
        for answer in accepted + question["suggestedAnswer"]:
            assert plain(answer["text"]).endswith(expected)
        for answer in accepted:
            assert plain(answer["answerExplanation"]["text"]).endswith(expected)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["bilan", "parcours", "equipe", ""])
def test_results_data_holds_the_text_as_written(hostile, language, name):
    data = results_data(hostile, language, name)
    strings = hostile["strings"][language]
    assert plain(data["guide"]) == hostile["sites"][language]
    [one] = [chapter for chapter in data["chapters"] if chapter["id"] == "verite-1"]
    assert plain(one["name"]) == collapsed(hostile["h1"][language])
    label = filled(strings["results"]["chapter_label"]).replace("{number}", "1")
    assert plain(one["label"]) == label
    for band in one["checklist"]["bands"]:
        assert plain(band["title"]).endswith(COMPONENT)
        fragment = BeautifulSoup(band["html"], "html.parser")
        assert {tag.name for tag in fragment.find_all(True)} <= {"p", "a", "em", "strong", "code"}
        assert all(text(p).endswith(COMPONENT) for p in fragment.find_all("p"))
    sheet = one["worksheet"]
    labels = [sheet["title"]] + [field["label"] for field in sheet["fields"]]
    labels += [choice["label"] for field in sheet["fields"] for choice in field["choices"].values()]
    labels += [result["label"] for result in sheet["results"]]
    assert all(plain(label).endswith(COMPONENT) for label in labels)
    units = [field["unit"] for field in sheet["fields"] if field["unit"]]
    assert units and all(plain(unit).endswith(COMPONENT) for unit in units)
    for kind, section in data["strings"].items():
        assert {key: plain(value) for key, value in section.items()} == {
            key: filled(value) for key, value in strings[kind].items()
        }, kind
    [three] = [chapter for chapter in data["chapters"] if chapter["id"] == "verite-3"]
    assert plain(three["name"]) == TITLE_3 + CLOSE


# --- Interface strings (strings files, {author} and {publisher}) -------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_interface_strings_show_as_written(hostile, language):
    strings = {
        kind: {key: filled(value) for key, value in section.items()}
        for kind, section in hostile["strings"][language].items()
    }
    document = page(hostile, language, "verite-1")
    scripts = {
        "quiz": ".gd-quiz",
        "checklist": ".gd-checklist",
        "worksheet": ".gd-worksheet",
        "share": ".gd-sharebar",
    }
    for kind, selector in scripts.items():
        data = json.loads(document.select_one(selector)["data-gd-strings"])
        assert data and {key: plain(value) for key, value in data.items()} == {
            key: strings[kind][key] for key in data
        }, kind
    shown = {
        ".gd-quiz__check": strings["quiz"]["check"],
        ".gd-quiz__solution summary": strings["quiz"]["solution"],
        ".gd-checklist__legend": strings["checklist"]["legend"],
        ".gd-worksheet__intro": strings["worksheet"]["intro"],
        ".gd-sharebar__button": strings["share"]["button"],
    }
    for selector, expected in shown.items():
        assert text(document.select_one(selector)).strip() == expected, selector
    quiz = document.select(".gd-quiz__number")
    total = str(len(quiz))
    question = strings["quiz"]["question"].replace("{total}", total)
    assert [text(number) for number in quiz] == [
        question.replace("{number}", str(n)) for n in range(1, len(quiz) + 1)
    ]
    heading = document.select_one("h2#objectifs")
    permalink = heading.select_one("a.headerlink")
    assert plain(permalink["title"]) == strings["links"]["permalink"]
    section = hostile["h2"][language] + CLOSE  # the override it leaves open, closed
    assert plain(permalink["aria-label"]) == strings["links"]["permalink_label"].replace(
        "{section}", section
    )
    share = heading.select_one(".gd-sharebar__section")
    assert plain(share["aria-label"]) == strings["share"]["section"].replace("{section}", section)
    sharing = strings["sharing"]
    label = sharing["chapter_label"].replace("{number}", "1")
    assert meta(document, "og:image:alt").startswith(label + " — ")
    assert meta(document, "og:locale") == sharing["og_locale"]


# --- Titles, headings, descriptions: the page, the head, the JSON-LD ---------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_headings_keep_their_text_and_their_id(hostile, language):
    document = page(hostile, language, "verite-1")
    for level, ident in (("h1", "verite-1"), ("h2", "objectifs")):
        heading = document.select_one(f"{level}#{ident}")
        assert heading is not None, f"{level} {{ #{ident} }} lost its id"
        heading = copy.copy(heading)  # without its permalink and share button
        for extra in heading.select("a.headerlink, button"):
            extra.decompose()
        written = hostile["h1" if level == "h1" else "h2"][language]
        assert text(heading) == written
    # The table of contents: the heading's text, its override closed.
    toc = document.select_one('.md-nav--secondary a[href="#objectifs"]')
    assert text(toc).strip() == collapsed(hostile["h2"][language]) + CLOSE


@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_and_descriptions_reach_the_head_and_the_json_ld(hostile, language):
    site_name, title = hostile["sites"][language], collapsed(hostile["h1"][language])
    document = page(hostile, language, "verite-1")
    assert plain(document.title.string) == f"{title} - {site_name}"
    assert meta(document, "og:title") == title
    assert plain(text(document.select_one(".md-nav__link--active"))).strip() == title
    assert meta(document, "description") == DESCRIPTION
    raw = document.find("script", type="application/ld+json").string
    assert not set(raw) & set("<>&\u2028\u2029"), "JSON-LD must not end its <script> early"
    data = json_ld(document)
    assert plain(data["name"]) == title
    assert plain(data["description"]) == DESCRIPTION
    assert data["author"]["name"] == AUTHOR and data["publisher"]["name"] == PUBLISHER
    bar = document.select_one(".gd-sharebar")
    assert plain(bar["data-gd-share-title"]) == title
    # The front-matter title, with its override left open: closed before what follows it.
    third = page(hostile, language, "verite-3")
    assert plain(third.title.string) == f"{collapsed(TITLE_3)}{CLOSE} - {site_name}"
    assert meta(third, "og:title") == TITLE_3 + CLOSE
    assert plain(json_ld(third)["name"]) == TITLE_3 + CLOSE
    second = page(hostile, language, "verite-2")
    short = SHORT_DESCRIPTION + CLOSE
    assert meta(second, "description") == meta(second, "og:description") == short


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_description_is_cut_after_a_word_for_open_graph(hostile, language):
    shared = meta(page(hostile, language, "verite-1"), "og:description")
    assert len(shared) <= 200 and shared.endswith("…"), (len(shared), shared[-60:])
    kept = shared.removesuffix("…")
    assert DESCRIPTION.startswith(kept) and DESCRIPTION[len(kept)] == " ", kept[-40:]
    assert len(kept) > 150  # cut at the last word that fits, not much earlier


# --- The glossary -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["verite-1", "verite-4"])  # in components, in the prose too
def test_glossary_definitions_are_tooltips_as_written(hostile, language, name):
    document = page(hostile, language, name)
    terms = [abbr for abbr in document.find_all("abbr") if abbr.get_text() == "KPI"]
    in_components = [abbr for abbr in terms if abbr.find_parent(attrs={"data-gd": True})]
    assert in_components if name == "verite-1" else len(in_components) < len(terms)
    for abbr in terms:
        assert plain(abbr["title"]).endswith(HOSTILE) and DEFINITION[language] in abbr["title"]
        assert abbr.find(True) is None


# --- The search index: what Material inserts as HTML -------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_index_holds_the_text_escaped(hostile, language):
    index = json.loads(
        (hostile["site"] / "search" / f"search_index.{language}.json").read_text("utf-8")
    )
    prefix = "" if language == "fr" else f"{language}/"
    shown = {}
    for doc in index["docs"]:
        for field in ("title", "text"):
            fragment = BeautifulSoup(doc[field], "html.parser")
            tags = {tag.name for tag in fragment.find_all(True)}
            assert tags <= SEARCH_TAGS, (doc["location"], field, tags - SEARCH_TAGS)
            assert not any(tag.attrs for tag in fragment.find_all(True)), doc["location"]
            shown[doc["location"], field] = plain(fragment.get_text())
    assert shown[f"{prefix}verite-1/", "title"] == hostile["h1"][language]
    assert shown[f"{prefix}verite-1/#objectifs", "title"] == hostile["h2"][language]
    bar = filled(hostile["strings"][language]["share"]["links"])
    assert not [where for where, value in shown.items() if bar in value]  # no interface text


# --- Social cards -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["verite-1", "verite-3", "index"])
def test_social_cards_are_drawn_and_say_the_text(hostile, language, name):
    card = hostile["site"] / "assets" / "cards" / language / f"{name}.png"
    with Image.open(card) as png:
        assert png.size == (1200, 630)
        said = plain(png.text["Title"])
    document = page(hostile, language, "" if name == "index" else name)
    assert said == meta(document, "og:image:alt")
    # The home page's card: the site's name by the publisher; a chapter's: its label and title.
    assert collapsed(PUBLISHER if name == "index" else HOSTILE) in collapsed(said)
    assert hostile["sites"][language] in said


# --- Redirect stubs (hooks/links.py) -----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_redirect_stubs_name_the_page_as_written(hostile, language):
    stub = hostile["site"] / ("" if language == "fr" else language) / "1" / "index.html"
    document = parse(stub)
    title = collapsed(hostile["h1"][language])
    assert plain(document.title.string) == title
    link = document.select_one("a#gd-target")
    assert text(link) == title
    moved = filled(hostile["strings"][language]["links"]["moved"])
    assert plain(link.parent.get_text()) == f"{moved}{CLOSE} {title}"
    assert [script.get("src") for script in document.find_all("script")] == [None]


# --- Social cards, drawn directly: what the font lacks, what does not fit ----------------------


def test_a_card_leaves_out_what_its_font_cannot_draw():
    written = "Titre 👩\u200d💻 🇫🇷 ❤\ufe0f עברית العربية\u2028fin\u200b"
    assert social_cards.drawable(written, social_cards.BOLD) == "Titre עברית fin\u200b"


def test_every_text_of_a_card_stays_on_the_card():
    word = "</script><script>window.pwned=1</script>" * 40  # no space to break at
    card = social_cards.Card(
        guide=f"Guide {HOSTILE} " * 10, title=word, label=f"Vérité {word}", footer=word
    )
    with Image.open(io.BytesIO(social_cards.draw(card))) as png:
        image = png.convert("RGB")
    assert image.size == (social_cards.WIDTH, social_cards.HEIGHT)
    corner = {image.getpixel((0, 0)), image.getpixel((0, social_cards.HEIGHT - 1))}
    edge = range(social_cards.WIDTH - social_cards.MARGIN + 4, social_cards.WIDTH)
    drawn = {image.getpixel((x, y)) for x in edge for y in range(social_cards.HEIGHT)}
    assert drawn == corner, "text runs past the card's right margin"


# --- Line separators: static-i18n's splitlines() must not cut a line at them -------------------


def test_line_separators_survive_a_splitlines_rewrite():
    body = "# Titre\u2028a { #t }\n\n? single #q\u2029b\x85c\x0bd\x0ce\x1cf\x1dg\x1eh\n"
    source = f'---\ndescription: "x\u2028y"\n---\n{body}'
    kept = front_matter.keep_separators(source)
    assert kept.startswith('---\ndescription: "x\u2028y"\n---\n')  # YAML reads its own
    rewritten = "\n".join(kept.split("---\n", 2)[2].splitlines())  # what static-i18n does
    assert front_matter.restore_separators(rewritten) == body.removesuffix("\n")


# --- The offline bundle's search index: a script --------------------------------------------------


def test_the_offline_search_index_is_a_script_every_browser_reads(tmp_path):
    index = {"config": {"lang": ["fr"]}, "docs": [{"location": "a/", "title": HOSTILE, "text": ""}]}
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    offline = SimpleNamespace(config=SimpleNamespace(enabled=True))
    config = SimpleNamespace(site_dir=str(tmp_path), theme={"language": "fr"})
    config.plugins = {"offline": offline}
    search_index.on_post_build(config)
    script = (tmp_path / "search" / "search_index.fr.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = ")
    assert "\u2028" not in script and "\u2029" not in script  # line ends before ES2019
    assert json.loads(script.removeprefix("var __index = "))["docs"][0]["title"] == HOSTILE
