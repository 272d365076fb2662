"""The generator names no guide: hooks/ and overrides/ hold no word of this guide's content.

The guide's own words are read from the guide itself (mkdocs.yml and docs/<lang>/_strings.yml): its
author, publisher and name in each language, the fixed part of its chapter pages' name, what a
chapter is called in each language; plus the words of its subject that its pages repeat. A hook,
template, script or stylesheet that uses one of them fails, with the file and the line: that text
belongs in mkdocs.yml `extra.guide`, in docs/<lang>/_strings.yml, or in the pages.
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


def guide_terms(root: Path = ROOT) -> list[str]:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    guide = config["extra"]["guide"]
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
        for folder in (ROOT / "hooks", ROOT / "overrides")
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
