"""Author text with quotes, ampersands, <, > and </script> in every field that reaches the head.

A copy of the guide gets hostile text in the site name, description and author (both languages,
mkdocs.yml) and in a page's front matter title and description (both languages, and a truth page
for its JSON-LD). The built HTML is parsed: every attribute, the <title> and each JSON-LD block
hold the author's text (the build's typography undone), and no element came out of it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import LANGUAGES, copy_project, page_path, plain, run_build
from PIL import Image

HOSTILE = 'Le guide "ultime" & <b>gras</b> </script><script>window.pwned=1</script> < fin >'
TEXTS = {
    "site_name": {"fr": "Site " + HOSTILE, "en": "Site EN " + HOSTILE},
    "site_description": {"fr": "Résumé " + HOSTILE, "en": "Summary " + HOSTILE},
    "title": {"fr": "Titre " + HOSTILE, "en": "Title " + HOSTILE},
    "description": {"fr": "Description " + HOSTILE, "en": "Description EN " + HOSTILE},
}
AUTHOR = "Erwan & " + HOSTILE


def _front_matter(path: Path, title: str | None, description: str) -> None:
    text = path.read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    meta = {"description": description} | ({"title": title} if title else {})
    path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body, "utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    quote = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731 (YAML reads JSON strings)
    config = re.sub(r"(?m)^site_name: .*$", "site_name: " + quote(TEXTS["site_name"]["fr"]), config)
    config = re.sub(
        r"(?m)^site_description: >-\n(  .*\n)+",
        "site_description: " + quote(TEXTS["site_description"]["fr"]) + "\n",
        config,
    )
    config = re.sub(r"(?m)^site_author: .*$", "site_author: " + quote(AUTHOR), config)
    config = re.sub(
        r"(?m)^          site_name: .*$",
        "          site_name: " + quote(TEXTS["site_name"]["en"]),
        config,
    )
    config = re.sub(
        r"(?m)^          site_description: >-\n(            .*\n)+",
        "          site_description: " + quote(TEXTS["site_description"]["en"]) + "\n",
        config,
    )
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    for language in LANGUAGES:
        docs = project / "docs" / language
        _front_matter(docs / "auteur.md", TEXTS["title"][language], TEXTS["description"][language])
        _front_matter(docs / "verite-2.md", None, TEXTS["description"][language])
    site = project / "site"
    result = run_build(project, site)
    assert result.returncode == 0 and result.warnings == [], result.output
    return site


def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def meta(document: BeautifulSoup, key: str) -> str:
    tag = document.find("meta", attrs={"name": key}) or document.find("meta", property=key)
    assert tag is not None, key
    return plain(tag["content"])


def assert_nothing_came_out_of_the_text(document: BeautifulSoup) -> None:
    assert not document.select("b"), "an author's <b> became an element"
    for script in document.find_all("script"):
        if "pwned" in (script.string or ""):
            assert script.get("type") in ("application/ld+json", "application/json"), script
    assert len(document.find_all("title")) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_title_and_description_reach_the_head_intact(hostile_site, language):
    document = parse(page_path(hostile_site, language, "auteur"))
    site_name, title = TEXTS["site_name"][language], TEXTS["title"][language]
    description = TEXTS["description"][language]
    assert plain(document.title.string) == f"{title} - {site_name}"
    assert meta(document, "description") == description
    assert meta(document, "author") == AUTHOR
    assert meta(document, "og:title") == title
    assert meta(document, "og:description") == description
    assert meta(document, "og:site_name") == site_name
    card = hostile_site / "assets" / "cards" / language / "auteur.png"
    assert title in plain(Image.open(card).text["Title"])
    assert plain(document.select_one(".md-header__topic").get_text(" ")).count(site_name) == 1
    assert_nothing_came_out_of_the_text(document)


@pytest.mark.parametrize("language", LANGUAGES)
def test_site_texts_and_json_ld_hold_the_authors_text(hostile_site, language):
    home = parse(page_path(hostile_site, language, ""))
    assert plain(home.title.string) == TEXTS["site_name"][language]
    assert_nothing_came_out_of_the_text(home)
    missing = parse(hostile_site / ("404.html" if language == "fr" else f"{language}/404.html"))
    assert meta(missing, "description") == TEXTS["site_description"][language]
    assert_nothing_came_out_of_the_text(missing)
    truth = parse(page_path(hostile_site, language, "verite-2"))
    [block] = truth.find_all("script", type="application/ld+json")
    data = json.loads(block.string)
    assert plain(data["description"]) == TEXTS["description"][language]
    assert plain(data["isPartOf"]["name"]) == TEXTS["site_name"][language]
    assert meta(truth, "description") == TEXTS["description"][language]
    assert_nothing_came_out_of_the_text(truth)
