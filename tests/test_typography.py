"""Typography set at build time (hooks/components/typography.py): the rules, then the built site.

The built-site checks read the HTML with BeautifulSoup (not with the hook's own tokenizer): every
text a reader sees or hears in a French page, the head included, has no ordinary space where French
typography puts a no-break one, and no straight apostrophe in either language.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Comment, Doctype
from conftest import DEFAULT_LANGUAGE, LANGUAGES, ROOT, html_pages, page_path, soup
from PIL import Image
from test_quiz_build import search_index

sys.path.insert(0, str(ROOT / "hooks"))
from components import typography  # noqa: E402

NBSP, NNBSP = "\u00a0", "\u202f"
SKIPPED = ("code", "pre", "kbd", "samp", "script", "style", "textarea")
TEXT_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
TEXT_META = ("description", "og:title", "og:description", "og:site_name", "og:image:alt")
TEXT_META += ("twitter:title", "twitter:description", "twitter:image:alt")
# An ordinary space (or none, for guillemets) where French typography puts a no-break one.
FRENCH_FAULTS = {
    "space before a colon": re.compile(r"\s(?<![\u00a0\u202f]):"),
    "space before ; ! ?": re.compile(r"[^\S\u00a0\u202f][;!?]"),
    "space after «": re.compile(r"«(?![\u00a0\u202f])"),
    "space before »": re.compile(r"(?<![\u00a0\u202f])»"),
    "n° and its number": re.compile(r"n°(?!\u00a0)\s*\d"),
    "number and its unit": re.compile(r"\d[^\S\u00a0\u202f]+(?:%|€|h|mois|ans|jours|heures)\b"),
    "number and %": re.compile(r"\d[^\S\u00a0\u202f]*%"),
    "straight apostrophe": re.compile(r"\w'\w"),
}
ENGLISH_FAULTS = {
    "straight apostrophe": re.compile(r"\w'|'\w"),
    "straight quotation mark": re.compile(r'"'),
}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Vérité n° 1 : ce n'est pas magique", "Vérité n°\u00a01\u00a0: ce n’est pas magique"),
        ("Vraiment ? Oui ! Non ; fin", "Vraiment\u202f? Oui\u202f! Non\u202f; fin"),
        ("« pour « suivre » »", "«\u202fpour «\u202fsuivre\u202f»\u202f»"),
        ("«collé»", "«\u202fcollé\u202f»"),
        ("80 % de 15 € à 20 h", "80\u00a0% de 15\u00a0€ à 20\u00a0h"),
        ("pendant 3 mois, {percent} %", "pendant 3\u00a0mois, {percent}\u00a0%"),
        ("1 234 abonnés, 12 345 678 vues", "1\u202f234 abonnés, 12\u202f345\u202f678 vues"),
        ("en 2024, 5 à 10 publications", "en 2024, 5 à 10 publications"),
        ("Score : {score} / {total}", "Score\u00a0: {score} / {total}"),
    ],
)
def test_french_rules(source, expected):
    assert typography.text(source, "fr") == expected
    assert typography.text(expected, "fr") == expected, "a second pass changes nothing"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("It's the brands' job", "It’s the brands’ job"),
        ('He said "it is magic".', "He said “it is magic”."),
        ("a 'quoted' word", "a ‘quoted’ word"),
        ("Score: 3 ? no change", "Score: 3 ? no change"),
    ],
)
def test_english_rules(source, expected):
    assert typography.text(source, "en") == expected


def test_code_urls_and_data_attributes_are_never_changed():
    markup = (
        '<p><a href="/x/?q=a :b" data-x="l\'id ?">l\'engagement</a> : <code>a : b\'c</code>'
        '<pre>x ? y</pre><script>if (a<b) s = "x : y";</script> fin ?</p>'
    )
    assert typography.html(markup, "fr") == (
        '<p><a href="/x/?q=a :b" data-x="l\'id ?">l’engagement</a>\u00a0: <code>a : b\'c</code>'
        '<pre>x ? y</pre><script>if (a<b) s = "x : y";</script> fin\u202f?</p>'
    )


def test_a_stray_less_than_sign_keeps_the_rest_of_the_page():
    assert typography.html("<p>a < b : c</p><p>fin ?", "fr") == "<p>a < b\u00a0: c</p><p>fin\u202f?"


def test_text_attributes_and_meta_content_are_set():
    markup = (
        '<img alt="Vérité n° 1 : titre"><meta name="description" content="Quoi ? Oui.">'
        '<meta property="og:url" content="https://a.fr/x ? y">'
    )
    assert typography.html(markup, "fr") == (
        '<img alt="Vérité n°\u00a01\u00a0: titre">'
        '<meta name="description" content="Quoi\u202f? Oui.">'
        '<meta property="og:url" content="https://a.fr/x ? y">'
    )


def test_english_quotes_open_and_close_across_inline_tags():
    assert typography.html('<p>"<em>magic</em>" and "free"</p>', "en") == (
        "<p>“<em>magic</em>” and “free”</p>"
    )


def _language(site: Path, path: Path) -> str:
    first = path.relative_to(site).parts[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def reader_texts(document: BeautifulSoup) -> list[tuple[str, str]]:
    """(where, text) for every text a reader sees or hears: the text of each element's children
    joined (so a space before an inline tag counts), text attributes and <meta> contents."""
    found = []
    for tag in document.find_all(True):
        if tag.name in SKIPPED or tag.find_parent(SKIPPED):
            continue
        own = "".join(
            child
            for child in tag.children
            if isinstance(child, str) and not isinstance(child, (Comment, Doctype))
        )
        # Inline children's text too, so that "<strong>A</strong> : b" is read as "A : b".
        inline = "".join(
            child.get_text() if not isinstance(child, str) else child
            for child in tag.children
            if not isinstance(child, (Comment, Doctype))
            and getattr(child, "name", None) not in SKIPPED
        )
        if own.strip():
            found.append((f"<{tag.name}>", inline))
        for attribute in TEXT_ATTRIBUTES:
            if tag.get(attribute):
                found.append((f"<{tag.name} {attribute}>", tag[attribute]))
        key = tag.get("name") or tag.get("property")
        if tag.name == "meta" and key in TEXT_META:
            found.append((f"<meta {key}>", tag.get("content", "")))
    return found


def _faults(site: Path, language: str) -> list[str]:
    faults = FRENCH_FAULTS if language == "fr" else ENGLISH_FAULTS
    report = []
    for path in html_pages(site):
        if _language(site, path) != language:
            continue
        for where, text in reader_texts(soup(path)):
            for name, pattern in faults.items():
                if match := pattern.search(text):
                    start = max(match.start() - 30, 0)
                    context = text[start : match.end() + 30].replace("\n", " ")
                    report.append(f"{path.relative_to(site)} {where}: {name}: …{context}…")
    return report


@pytest.mark.parametrize("language", LANGUAGES)
def test_built_pages_have_their_typography(site, language):
    report = _faults(site, language)
    assert not report, f"{len(report)} places:\n" + "\n".join(report[:40])


def test_french_pages_hold_no_break_spaces_where_they_belong(site):
    """The check above cannot pass on a page without text: the guide's own strings are there."""
    home = page_path(site, "fr", "").read_text(encoding="utf-8")
    truth = page_path(site, "fr", "verite-1").read_text(encoding="utf-8")
    assert "n°\u00a01" in truth and "\u00a0:" in truth and "’" in truth
    assert (
        "Score\u00a0: "
        in json.loads(
            soup(page_path(site, "fr", "verite-1")).select_one("[data-gd=quiz]")["data-gd-strings"]
        )["score"]
    )
    assert home.count("\u00a0") > 10


def test_embedded_results_data_has_its_typography(site):
    data = soup(page_path(site, "fr", "bilan")).select_one("#gd-results-data").string
    assert "n°\u00a01" in data and "n° 1" not in data


def test_french_social_cards_keep_the_number_with_n(site):
    card = site / "assets" / "cards" / "fr" / "verite-1.png"
    title = Image.open(card).text["Title"]
    assert "n°\u00a01" in title and "’" in title, title


def test_search_index_holds_the_same_text_as_the_pages(site):
    """Search results show the page's text: the French entries have it set too."""
    french = search_index(site, ("fr",))["docs"]
    text = " ".join(doc["text"] + " " + doc["title"] for doc in french)
    assert "l’engagement" in text or "d’engagement" in text
    assert not re.search(r"\w \?|\w'\w", text)
