"""The bilingual guide as built: pages, languages, head tags, links and sections (issue 2)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import DEFAULT_LANGUAGE, LANGUAGES, ROOT, SITE_URL, html_pages, page_path, plain, soup

TRUTHS = [f"verite-{n}" for n in range(1, 6)]
PAGES = ["", "introduction", *TRUTHS, "glossaire", "auteur"]
TRUTH_SECTIONS = ("objectifs", "a-retenir", "passer-a-l-action")
# Calques of the machine-translated source that the guide's French must not keep (seed/README.md).
CALQUES = (
    "basée simplement sur l'aile",
    "déchiffrer le code pour succès",
    "chaleureuses et floues",
    "écraser vos objectifs",
    "utilisateurs de pouvoir social",
    "semi-résistant au social",
)


def language_of(site: Path, path: Path) -> str:
    relative = path.relative_to(site).parts
    return relative[0] if relative[0] in LANGUAGES and relative[0] != DEFAULT_LANGUAGE else "fr"


def content_pages(site: Path) -> list[Path]:
    """Built pages of the guide (not the 404s, nor redirect stubs such as the short links)."""
    return [
        p
        for p in html_pages(site)
        if p.name == "index.html" and soup(p).select_one("article.md-content__inner")
    ]


def test_every_page_exists_in_both_languages(site):
    for language in LANGUAGES:
        for page in PAGES:
            assert page_path(site, language, page).exists(), (language, page)


def test_source_pages_match_between_languages():
    french = sorted(p.relative_to(ROOT / "docs/fr") for p in (ROOT / "docs/fr").rglob("*.md"))
    english = sorted(p.relative_to(ROOT / "docs/en") for p in (ROOT / "docs/en").rglob("*.md"))
    assert french == english


def heading_ids(path: Path) -> list[str]:
    article = soup(path).select_one("article")
    return [h["id"] for h in article.find_all(re.compile("^h[1-6]$")) if h.get("id")]


@pytest.mark.parametrize("page", PAGES)
def test_same_heading_ids_in_both_languages(site, page):
    french = heading_ids(page_path(site, "fr", page))
    english = heading_ids(page_path(site, "en", page))
    assert french, page
    assert french == english


def test_headings_carry_explicit_ids_in_the_source():
    """Every heading an article may link to has a language-neutral { #id } in both languages."""
    for language in LANGUAGES:
        for source in (ROOT / "docs" / language).glob("[!_]*.md"):
            in_fence = False
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                if line.lstrip().startswith(("```", "~~~")):
                    in_fence = not in_fence
                if not in_fence and re.match(r"#{1,3} ", line):
                    assert re.search(r"\{ *#[a-z0-9-]+[^}]*\}\s*$", line), f"{source}:{number}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_lang_and_absolute_hreflang(site, language):
    pages = [p for p in content_pages(site) if language_of(site, p) == language]
    assert len(pages) >= len(PAGES)
    for path in pages:
        document = soup(path)
        assert document.html["lang"] == language, path
        links = {
            link["hreflang"]: link["href"]
            for link in document.select('head link[rel="alternate"][hreflang]')
        }
        assert set(links) == {"fr", "en", "x-default"}, path
        for href in links.values():
            assert href.startswith(SITE_URL), (path, href)
        assert links["x-default"] == links["fr"]
        own = links[language]
        expected = SITE_URL + path.relative_to(site).parent.as_posix() + "/"
        assert own == expected.replace("/./", "/"), path


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_switcher_leads_to_the_same_page(site, language, page):
    path = page_path(site, language, page)
    links = soup(path).select(".md-select__link[hreflang]")
    assert {link["hreflang"] for link in links} == set(LANGUAGES)
    for link in links:
        target = Path(urljoin("/" + path.relative_to(site).as_posix(), link["href"]))
        assert (
            target == Path("/") / page_path(site, link["hreflang"], page).relative_to(site).parent
        ), (path, link["href"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_404_page_in_each_language(site, language):
    path = site / "404.html" if language == DEFAULT_LANGUAGE else site / language / "404.html"
    document = soup(path)
    assert document.html["lang"] == language
    for link in document.select(".md-select__link"):
        assert link["href"].startswith(SITE_URL), "404s answer at any URL: links must be absolute"


def test_every_language_has_a_sitemap(site):
    for language in LANGUAGES:
        folder = site if language == DEFAULT_LANGUAGE else site / language
        sitemap = (folder / "sitemap.xml").read_text(encoding="utf-8")
        for page in PAGES:
            prefix = "" if language == DEFAULT_LANGUAGE else f"{language}/"
            assert f"<loc>{SITE_URL}{prefix}{page + '/' if page else ''}</loc>" in sitemap


def test_no_asset_is_loaded_from_off_the_site(site):
    for path in html_pages(site):
        document = soup(path)
        urls = [tag.get("src") for tag in document.find_all(["script", "img", "iframe", "source"])]
        urls += [
            link.get("href")
            for link in document.find_all("link")
            if set(link.get("rel", []))
            & {"stylesheet", "preload", "preconnect", "icon", "modulepreload"}
        ]
        for url in filter(None, urls):
            assert not urlsplit(url).netloc and not url.startswith("//"), (path, url)
        for style in document.find_all("style"):
            assert "@import" not in style.text and "url(http" not in style.text, path
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), css
        assert "fonts.googleapis" not in text, css


def test_internal_links_and_anchors_resolve(site):
    for path in content_pages(site):
        document = soup(path)
        base = "/" + path.relative_to(site).as_posix()
        for link in document.select("article a[href]"):
            href = link["href"]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:")):
                continue
            target_url = urljoin(base, parts.path) if parts.path else base
            target = site / target_url.lstrip("/")
            if target.is_dir() or target_url.endswith("/"):
                target = target / "index.html"
            assert target.exists(), (path, href)
            if parts.fragment:
                ids = {tag["id"] for tag in soup(target).find_all(id=True)}
                assert parts.fragment in ids, (path, href)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("truth", TRUTHS)
def test_truth_pages_have_objectives_takeaways_and_actions(site, language, truth):
    document = soup(page_path(site, language, truth))
    for section in TRUTH_SECTIONS:
        heading = document.find(id=section)
        assert heading is not None and heading.name == "h2", (language, truth, section)
    steps = document.find(id="passer-a-l-action").find_next("ol")
    assert steps is not None and 3 <= len(steps.find_all("li", recursive=False)) <= 5


def test_meta_descriptions_present_distinct_and_per_language(site):
    seen: dict[str, Path] = {}
    for path in content_pages(site):
        tags = soup(path).select('head meta[name="description"]')
        assert len(tags) == 1, path
        description = tags[0]["content"].strip()
        assert 50 <= len(description) <= 170, (path, description)
        assert description not in seen, (path, seen.get(description))
        seen[description] = path


def test_site_name_is_per_language(site):
    french = soup(page_path(site, "fr", "")).title.text
    english = soup(page_path(site, "en", "")).title.text
    assert "vérités" in french and "truths" in english


def test_search_has_one_index_per_language(site):
    """hooks/search_index.py: each language's pages only, with lunr support for that language."""
    assert not (site / "search/search_index.json").exists()
    for language in LANGUAGES:
        index = json.loads(
            (site / f"search/search_index.{language}.json").read_text(encoding="utf-8")
        )
        assert index["config"]["lang"] == [language]
        locations = {doc["location"] for doc in index["docs"]}
        prefix = "" if language == DEFAULT_LANGUAGE else f"{language}/"
        for page in PAGES:
            assert f"{prefix}{page + '/' if page else ''}" in locations, (language, page)
        others = [other for other in LANGUAGES if other != language]
        if language == DEFAULT_LANGUAGE:
            assert not [loc for loc in locations if loc.startswith(tuple(f"{o}/" for o in others))]
        else:
            assert all(loc.startswith(prefix) for loc in locations)
        assert (site / f"assets/javascripts/lunr/min/lunr.{language}.min.js").exists() or (
            language == "en"
        )


FEATURE_ASSETS = sorted((ROOT / "hooks" / "mkdocs_guide").glob("*/assets/*.*s"))


def test_own_assets_are_minified_and_named_by_their_content(site):
    """mkdocs_guide/assets.py: pages link assets/<name>.<sha256[:8]>.min.<js|css>, never a
    feature's source; each page's scripts are one minified file that holds each of them."""
    import rcssmin
    import rjsmin

    own = {path.name for path in FEATURE_ASSETS if path.suffix in (".js", ".css")}
    linked = set()
    for path in html_pages(site):
        for tag in soup(path).select("script[src], link[rel=stylesheet]"):
            url = tag.get("src") or tag.get("href")
            name = urlsplit(url).path.rsplit("/", 1)[-1]
            assert name not in own, f"{path}: {url} is not fingerprinted"
            if re.fullmatch(r"(?!bundle|main|palette)[a-z-]+\.\w{8}\.min\.(js|css)", name):
                linked.add(name)
    served = {}
    for name in linked:
        text = (site / "assets" / name).read_bytes()
        assert name.split(".")[1] == hashlib.sha256(text).hexdigest()[:8], name
        served[name] = text.decode("utf-8")
    minify = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}
    for source in FEATURE_ASSETS:
        if source.name in ("guide.css", "requests.js") or source.suffix not in minify:
            continue  # guide.css: served after the brand's colours; requests.js: checked below
        text = minify[source.suffix](source.read_text(encoding="utf-8"))
        assert len(text) < 0.9 * source.stat().st_size, f"{source.name} is not minified"
        assert any(text in body for body in served.values()), f"{source.name} is never served"
    assert any(name.startswith("requests.") for name in linked)


def test_only_the_language_roots_have_a_sitemap(site):
    """Material's selector would fetch one beside every hreflang URL; requests.js never asks."""
    roots = {site / "sitemap.xml"} | {site / lang / "sitemap.xml" for lang in LANGUAGES[1:]}
    assert set(site.rglob("sitemap.xml")) == roots


def test_palette_toggle_and_print_stylesheet(site):
    document = soup(page_path(site, "fr", "verite-1"))
    # Material's toggle, without its bundle component (overrides/partials/palette.html).
    assert len(document.select("form[data-gd-palette] input[name=__palette]")) == 2
    css = (ROOT / "hooks/mkdocs_guide/theme/assets/guide.css").read_text(encoding="utf-8")
    assert "@media print" in css
    stylesheets = [link["href"] for link in document.select('link[rel="stylesheet"]')]
    assert any(re.search(r"assets/guide\.\w{8}\.min\.css$", href) for href in stylesheets)


def abbreviation_definitions(language: str) -> dict[str, str]:
    text = (ROOT / "docs" / language / "_abbreviations.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\*\[(.+?)\]:\s*(.+?)\s*$", text, flags=re.MULTILINE))


def test_glossary_terms_are_explained_in_the_pages_language(site):
    for language in LANGUAGES:
        definitions = abbreviation_definitions(language)
        assert definitions, language
        found = {}
        for page in PAGES:
            for abbr in soup(page_path(site, language, page)).select("article abbr[title]"):
                found[abbr.text] = abbr["title"]
        assert found, language
        for term, title in found.items():
            assert definitions.get(term) == plain(title), (language, term)


def test_french_source_has_no_machine_translation_calques():
    for source in (ROOT / "docs/fr").rglob("*.md"):
        text = source.read_text(encoding="utf-8").replace("’", "'").lower()
        for calque in CALQUES:
            assert calque not in text, f"{source}: « {calque} »"


def test_glossary_tooltips_define_the_same_terms_in_both_languages():
    assert set(abbreviation_definitions("fr")) == set(abbreviation_definitions("en"))
