"""The lexicon of AUTHORING.md ("Lexicon and writing conventions"): one term per idea.

The terms table is read from AUTHORING.md itself, so the authors' reference and the test cannot
drift. No page of docs/<lang>/ nor interface string of hooks/components/locales/<lang>.yml may
use a term of its language's « Avoid » column (case-insensitive, whole words, code excluded); the
English uses -ise spellings, which the en_GB dictionary does not enforce by itself.
"""

from __future__ import annotations

import re

import pytest
from conftest import LANGUAGES, ROOT

AUTHORING = ROOT / "AUTHORING.md"
AVOID_COLUMN = {"fr": "Avoid (FR)", "en": "Avoid (EN)"}
# -ize words that are not the -ise/-ize choice (size, prize, seize, citizen...).
NOT_IZE = {"size", "sizes", "sized", "prize", "prizes", "seize", "seized", "citizen", "citizens"}
_IZE = re.compile(r"\b[a-z]+(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)\b", re.I)
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def terms_table() -> list[dict[str, str]]:
    """Rows of the "Terms" table, as {column header: cell}."""
    text = AUTHORING.read_text(encoding="utf-8")
    section = text.split("### Terms", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    split = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]
    header, body = split[0], split[2:]  # split[1] is the | --- | line
    return [dict(zip(header, cells, strict=True)) for cells in body]


def avoided(language: str) -> list[str]:
    column = AVOID_COLUMN[language]
    terms = [term.strip() for row in terms_table() for term in row[column].split(";")]
    return list(dict.fromkeys(term for term in terms if term))  # once each, in table order


def sources(language: str):
    yield from sorted((ROOT / "docs" / language).glob("*.md"))
    yield ROOT / "hooks" / "components" / "locales" / f"{language}.yml"
    yield ROOT / "docs" / language / "_strings.yml"


def readable(path) -> str:
    """The file's text without code, with typographic apostrophes made straight."""
    text = path.read_text(encoding="utf-8").replace("\u2019", "'")
    return _CODE.sub(lambda match: "\n" * match.group(0).count("\n"), text)


def test_the_table_has_a_term_per_idea_in_both_languages():
    rows = terms_table()
    assert len(rows) >= 15
    for row in rows:
        assert row["Idea"] and row["French"] and row["English"], row
    for language in LANGUAGES:
        assert len(avoided(language)) >= 12, language


def avoided_in(path, language: str) -> list[tuple[int, str]]:
    """(line, term) for each avoided term of `language` in a file (whole words, any case)."""
    found = []
    lines = readable(path).splitlines()
    for term in avoided(language):
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.I)
        found += [(number, term) for number, line in enumerate(lines, 1) if pattern.search(line)]
    return sorted(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_and_strings_use_no_avoided_term(language):
    found = [
        f"{path.relative_to(ROOT)}:{number}: « {term} »"
        for path in sources(language)
        for number, term in avoided_in(path, language)
    ]
    assert not found, "Terms the lexicon (AUTHORING.md) says to avoid:\n" + "\n".join(found)


def test_english_uses_ise_spellings():
    found = []
    for path in sources("en"):
        for number, line in enumerate(readable(path).splitlines(), 1):
            for word in _IZE.findall(line):
                if word.lower() not in NOT_IZE:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {word}")
    assert not found, (
        "British -ise spellings (AUTHORING.md, one variety of English):\n" + "\n".join(found)
    )


def test_the_lexicon_check_finds_what_it_looks_for(tmp_path):
    """A calque typed into a page is caught, in any case, and not inside code."""
    page = tmp_path / "page.md"
    text = "Votre Présence sociale compte.\n`présence sociale` en code.\nSes réseaux sociaux.\n"
    page.write_text(text, encoding="utf-8")
    assert avoided_in(page, "fr") == [(1, "présence sociale"), (3, "réseaux sociaux")]
