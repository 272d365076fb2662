"""A third language by adding a folder, a strings file and one language entry in mkdocs.yml.

German is made from copies of the English files (the text stays English: the test is about the
machinery). The copy builds with --strict, and its pages, results page, social cards, Open Graph
locale and hreflang links for three languages and x-default are right.
"""

from __future__ import annotations

import shutil

import pytest
import yaml
from conftest import SITE_URL, copy_project, run_build, soup

PAGES = ["", "verite-1", "bilan", "parcours"]


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("de"))
    shutil.copytree(project / "docs" / "en", project / "docs" / "de")
    # The generator has no German strings: the guide's strings file gives them all.
    strings = yaml.safe_load(
        (project / "hooks" / "components" / "locales" / "en.yml").read_text("utf-8")
    )
    guide = yaml.safe_load((project / "docs" / "en" / "_strings.yml").read_text("utf-8"))
    for section, texts in guide.items():
        strings[section].update(texts)
    strings["sharing"]["og_locale"] = "de_DE"
    (project / "docs" / "de" / "_strings.yml").write_text(
        yaml.safe_dump(strings, allow_unicode=True), encoding="utf-8"
    )
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    entry = "        - locale: en\n          name: English\n          build: true\n"
    assert entry in config
    german = "        - locale: de\n          name: Deutsch\n          build: true\n"
    (project / "mkdocs.yml").write_text(config.replace(entry, german + entry), encoding="utf-8")
    result = run_build(project, project / "site")
    assert result.returncode == 0 and result.warnings == [], result.output
    return project / "site"


@pytest.mark.parametrize("page", PAGES)
def test_the_third_language_has_every_page_with_three_hreflang_links(german, page):
    path = german / "de" / page / "index.html"
    document = soup(path)
    assert document.html["lang"] == "de"
    links = {
        link["hreflang"]: link["href"]
        for link in document.select('head link[rel="alternate"][hreflang]')
    }
    suffix = f"{page}/" if page else ""
    assert links == {
        "fr": SITE_URL + suffix,
        "en": f"{SITE_URL}en/{suffix}",
        "de": f"{SITE_URL}de/{suffix}",
        "x-default": SITE_URL + suffix,
    }
    switcher = {link["hreflang"] for link in document.select(".md-select__link[hreflang]")}
    assert switcher == {"fr", "en", "de"}


def test_the_third_language_has_its_cards_locale_and_results(german):
    document = soup(german / "de" / "verite-1" / "index.html")
    locales = [tag["content"] for tag in document.select('meta[property^="og:locale"]')]
    assert locales[0] == "de_DE" and set(locales[1:]) == {"fr_FR", "en_GB"}
    assert (german / "assets" / "cards" / "de" / "verite-1.png").exists()
    results = soup(german / "de" / "bilan" / "index.html")
    assert results.select_one("#gd-results-data") is not None
    assert soup(german / "de" / "verite-1" / "index.html").select_one("[data-gd=quiz]")


def test_the_third_language_has_its_short_links(german):
    """guide.short_links: /de/1/ … /de/5/, with no redirect_maps line for German."""
    for number in range(1, 6):
        stub = soup(german / "de" / str(number) / "index.html")
        assert stub.html["lang"] == "de"
        canonical = stub.select_one('link[rel="canonical"]')["href"]
        assert canonical == f"{SITE_URL}de/verite-{number}/"
