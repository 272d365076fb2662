"""The generator names no guide: hooks/ and overrides/assets hold no word of this guide's content,
and no colour, logo or mark of any guide's brand.

The guide's own words are read from the guide itself (mkdocs.yml and docs/<lang>/_strings.yml): its
author, publisher and name in each language, the fixed part of its chapter pages' name, what a
chapter is called in each language; plus the words of its subject that its pages repeat. A hook,
template, script or stylesheet that uses one of them fails, with the file and the line: that text
belongs in mkdocs.yml (the `guide` plugin's settings), in docs/<lang>/_strings.yml, or in the
pages. A brand (colours, logo, favicon, the cards' mark) belongs in the plugin's `brand:` setting.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

# The subject's own words, which its pages use and the generator must not (in any language).
SUBJECT = ["médias sociaux", "social media", "réseaux sociaux", "cinq", "five", "marketing"]
SKIPPED = {"vendor", "fonts", "__pycache__"}
SUFFIXES = {".py", ".yml", ".html", ".js", ".css", ".svg", ".txt"}


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's tags (!ENV, !!python/name) read as plain values: only the texts matter here."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def folded(text: str) -> str:
    """Lowercase, without accents or typographic spaces: « Vérité » and "verite" are one word."""
    text = unicodedata.normalize("NFKD", text.replace("\u202f", " ").replace("\u00a0", " "))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def plugin_settings(root: Path = ROOT) -> dict:
    """The `guide` plugin's settings in a guide's mkdocs.yml."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    return next(p["guide"] for p in config["plugins"] if isinstance(p, dict) and "guide" in p)


def guide_terms(root: Path = ROOT) -> list[str]:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    guide = plugin_settings(root)
    names = [config["site_name"], guide["author"], guide["publisher"]]
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    names += [lang["site_name"] for lang in i18n["languages"] if lang.get("site_name")]
    terms = [part for part in re.split(r"\{number\}|[-_]", guide["chapter"]) if len(part) > 2]
    for path in sorted((root / "docs").glob("*/_strings.yml")):
        label = yaml.safe_load(path.read_text(encoding="utf-8"))["sharing"]["chapter_label"]
        terms += [
            word for word in re.split(r"[\s{}]+", label) if len(word) > 3 and word != "number"
        ]
    return sorted({folded(term) for term in names + terms + SUBJECT if term})


def generator_files() -> list[Path]:
    return [
        path
        for folder in (ROOT / "hooks", ROOT / "overrides" / "assets")
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix in SUFFIXES and not SKIPPED & set(path.parts)
    ]


def test_the_guide_terms_are_found():
    """The list is the guide's, read from its files (a change of title changes the check)."""
    terms = guide_terms()
    for expected in ("coeur sur paris", "erwan", "verite", "truth", "les 5 verites"):
        assert any(expected in term for term in terms), (expected, terms)


@pytest.mark.parametrize("path", generator_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_generator_file_names_the_guide(path):
    terms = guide_terms()
    found = [
        f"{path.relative_to(ROOT)}:{number}: {term!r}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for term in terms
        if re.search(rf"\b{re.escape(term)}", folded(line))
    ]
    assert not found, "\n".join(found)


def test_the_check_sees_a_guide_word(tmp_path):
    line = "    title = « Vérité n° 1 »  # from Coeur sur Paris"
    assert {term for term in guide_terms() if re.search(rf"\b{re.escape(term)}", folded(line))} >= {
        "verite",
        "coeur sur paris",
    }


GUIDES = (ROOT, ROOT / "examples" / "ecrire-pour-le-web")


def brand_marks() -> list[str]:
    """Every guide's brand: its colours, its logo's icon name, its cards' mark."""
    marks = []
    for root in GUIDES:
        brand = plugin_settings(root)["brand"]
        card = brand.get("card", {})
        marks += [value for key, value in brand.items() if isinstance(value, str)]
        marks += [value for value in card.values() if isinstance(value, str)]
        marks += [brand["logo"].rsplit("/", 1)[-1]] if brand.get("logo") else []
    neutral = {"#ffffff", "#000000"}  # white and black belong to no brand
    marks = {mark.lower() for mark in marks if mark and "/" not in mark} - neutral
    return sorted(marks | {"\u2665"})


def test_each_guide_has_its_own_brand():
    """The example guide's colours, logo and mark are not this guide's."""
    ours, theirs = (plugin_settings(root)["brand"] for root in GUIDES)
    assert ours["primary"] != theirs["primary"] and ours["logo"] != theirs["logo"]
    assert ours["card"]["mark"] == "♥" and "mark" not in theirs["card"]


@pytest.mark.parametrize("path", generator_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_generator_file_holds_a_brand(path):
    text = path.read_text(encoding="utf-8").lower()
    found = [mark for mark in brand_marks() if mark in text] + [
        word for word in ("heart", "u+2665", "\\u2665") if word in text
    ]
    assert not found, f"{path.relative_to(ROOT)}: {found}"
