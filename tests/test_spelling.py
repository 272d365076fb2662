"""Spelling gate: hunspell fr_FR on docs/fr, en_GB on docs/en, zero unknown words.

The interface strings of each language (hooks/components/locales/<lang>.yml and the guide's own,
docs/<lang>/_strings.yml) are checked with its pages.

Only the prose a reader sees is checked: front matter keys, code, link targets, HTML tags, emoji
shortcodes, attribute lists and block headers are stripped first, line by line so a finding keeps
its line number. Names and terms the dictionaries lack go in tests/spelling/words.txt (one list
for both languages); a misspelling is fixed in the page, never added there.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT

DOCS = ROOT / "docs"
STRINGS = ROOT / "hooks" / "components" / "locales"
WORDS = ROOT / "tests" / "spelling" / "words.txt"
DICTIONARIES = {"fr": "fr_FR", "en": "en_GB"}

# Front matter keys whose values readers see (search results, social cards).
VISIBLE_KEYS = ("title", "description")

_INLINE_PATTERNS = [
    (re.compile(r"(`+)(?:(?!\1).)+\1"), " "),  # inline code
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](target), ![alt](src)
    (re.compile(r"!?\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # [text][reference]
    (re.compile(r"<(?:https?|mailto):[^>]*>"), " "),  # autolinks
    (re.compile(r"https?://\S+"), " "),  # bare addresses
    (re.compile(r"</?[a-zA-Z][^>]*>"), " "),  # HTML tags (their text stays)
    (re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);"), " "),  # entities
    (re.compile(r"\{:?\s*(?:[#.][\w-]|[\w-]+=)[^{}]*\}"), " "),  # attr_list { #id .class k=v }
    (re.compile(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])"), " "),  # emoji :material-heart:
    (re.compile(r"\S*\d\S*"), " "),  # numbers, ordinals (11e, 1er), ids with digits
]
_REFERENCE_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$")
_ABBREVIATION = re.compile(r"^\*\[([^\]]+)\]:(.*)$")  # *[KPI]: definition
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*\s*(?:\"(.*)\")?\s*$")
_BLOCK_HEADER = re.compile(r"^\s*/{3,}(?:\s*[\w-]+)?(?:\s*\|\s*(.*))?$")  # /// quiz | Title
_QUESTION_HEADER = re.compile(r"^\?\s+[\w-]+(?:\s+#[\w-]+)?\s*$")  # ? single #v1-id
_TASK = re.compile(r"^(\s*(?:[-*+]|\d+\.)\s+)\[[ xX]\]\s")  # - [ ] task
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_RULE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")  # --- rules, setext underlines
_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")  # | --- | :-: |
_MARKUP_ONLY = (_QUESTION_HEADER, _REFERENCE_DEFINITION, _RULE, _TABLE_DELIMITER)
# Inside a worksheet: field and result headers, choice options and options keep only their text.
_WORKSHEET_TEXT = (
    re.compile(r"^\?\s+[\w-]+\s+#\S+\s*(.*)$"),  # ? number #v2-id Label
    re.compile(r"^=\s*#\S+\s*(.*)$"),  # = #v2-id Label
    re.compile(r"^\s+-\s+[\w-]+(?:\s*=\s*-?[\d.]+)?\s*:\s*(.*)$"),  # - value = 1: Label
    re.compile(r"^\s+hint\s*:\s*(.*)$"),  # hint: text the reader sees
)
_WORKSHEET_OPTION = re.compile(r"^\s+[a-z_]+\s*:")  # unit: h, formula: a + b …: not prose


def prose(markdown: str) -> list[str]:
    """The reader-visible text of a Markdown page, one string per source line."""
    lines = markdown.split("\n")
    out = [""] * len(lines)
    index = 0
    if lines and lines[0].strip() == "---":  # front matter
        index = 1
        while index < len(lines) and lines[index].strip() not in ("---", "..."):
            key, _, value = lines[index].partition(":")
            if key.strip() in VISIBLE_KEYS:
                out[index] = value.strip().strip("\"'")
            index += 1
        index += 1
    fence = None
    block_options = worksheet = False
    for number in range(index, len(lines)):
        line = lines[number]
        if fence:
            if line.strip().startswith(fence):
                fence = None
            continue
        if match := _FENCE.match(line):
            fence = match.group(1)
            continue
        if block_options:  # a block's indented YAML options follow its header
            if line.startswith((" ", "\t")) and ":" in line:
                continue
            block_options = False
        if match := _BLOCK_HEADER.match(line):
            out[number] = match.group(1) or ""
            block_options = True
            worksheet = line.strip().startswith("/// worksheet")
            continue
        if worksheet:
            if found := next((p.match(line) for p in _WORKSHEET_TEXT if p.match(line)), None):
                line = found.group(1)
            elif _WORKSHEET_OPTION.match(line):
                continue
        if any(p.match(line) for p in _MARKUP_ONLY):
            continue
        if match := _ADMONITION.match(line):
            out[number] = match.group(1) or ""
            continue
        if match := _ABBREVIATION.match(line):
            line = f"{match.group(1)} {match.group(2)}"
        line = _TASK.sub(r"\1", line)
        for pattern, replacement in _INLINE_PATTERNS:
            line = pattern.sub(replacement, line)
        out[number] = line
    return out


def project_words(tmp_path: Path) -> Path:
    """words.txt without its comments, as hunspell's personal dictionary."""
    words = [w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines()]
    dictionary = tmp_path / "words.dic"
    dictionary.write_text("\n".join(w for w in words if w and not w.startswith("#")) + "\n")
    return dictionary


def unknown_words(lines: list[str], language: str, personal: Path) -> list[tuple[int, str, str]]:
    """(line number, word, suggestions) for each word hunspell does not know, via its pipe mode."""
    # `^` makes hunspell read each line as text, never as one of its pipe-mode commands.
    text = "".join(f"^{line}\n" for line in lines)
    done = subprocess.run(
        ["hunspell", "-a", "-i", "UTF-8", "-d", DICTIONARIES[language], "-p", str(personal)],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    findings, number = [], 1
    for row in done.stdout.split("\n")[1:]:  # the first line is hunspell's banner
        if not row:
            number += 1
        elif row[0] in "&#":
            parts = row.split(" ", 3)
            suggestions = row.partition(": ")[2] if row[0] == "&" else ""
            findings.append((number, parts[1].rstrip("."), suggestions))
    return findings


_PLACEHOLDER = re.compile(r"\{\w*\}")
# Strings that are codes, not text a reader sees (sharing.og_locale: "fr_FR").
# A file name is not prose either (results.file_name: "mon-bilan"), nor how numbers are written
# (the numbers section: separators and templates).
NOT_PROSE = {"og_locale", "file_name", "decimal", "group", "currency", "unit", "percent"}


def strings_prose(catalogue: str) -> list[str]:
    """The displayed text of a one-line-per-string YAML catalogue, one string per source line."""
    out = []
    for line in catalogue.split("\n"):
        key, colon, value = line.partition(":")
        prose = colon and not key.lstrip().startswith("#") and key.strip() not in NOT_PROSE
        shown = value.strip().strip("\"'") if prose else ""
        out.append(_PLACEHOLDER.sub(" ", shown))
    return out


def pages(language: str) -> list[Path]:
    return sorted((DOCS / language).rglob("*.md"))


def sources(language: str) -> list[tuple[Path, list[str]]]:
    """Each reader-facing file of a language with its text, line by line."""
    found = [(path, prose(path.read_text(encoding="utf-8"))) for path in pages(language)]
    for catalogue in (STRINGS / f"{language}.yml", DOCS / language / "_strings.yml"):
        if catalogue.exists():
            found.append((catalogue, strings_prose(catalogue.read_text(encoding="utf-8"))))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unknown_words(language, tmp_path):
    personal = project_words(tmp_path)
    lines, origins = [], []  # one hunspell run for all pages: it loads its dictionary once
    for path, page_lines in sources(language):
        lines += page_lines
        origins += [(path, number) for number in range(1, len(page_lines) + 1)]
    report = []
    for index, word, suggestions in unknown_words(lines, language, personal):
        path, number = origins[index - 1]
        hint = f" (suggestions: {suggestions})" if suggestions else ""
        report.append(f"{path.relative_to(ROOT)}:{number}: {word}{hint}")
    assert pages(language), f"no Markdown page in docs/{language}"
    assert not report, (
        f"hunspell {DICTIONARIES[language]} does not know these words. Fix the spelling in the"
        f" page; only a name or a term goes in {WORDS.relative_to(ROOT)}:\n" + "\n".join(report)
    )


def test_word_list_is_unique_and_used(tmp_path):
    """The list stays small: no duplicates, and every entry still appears in docs/."""
    entries = [w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines()]
    words = [w for w in entries if w and not w.startswith("#")]
    assert len(words) == len(set(words)), "duplicate entries in words.txt"
    text = "\n".join(line for lang in LANGUAGES for _, lines in sources(lang) for line in lines)
    unused = [w for w in words if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    assert not unused, f"no page uses these words any more, remove them from words.txt: {unused}"


def test_strings_prose_keeps_only_displayed_text():
    catalogue = '# Textes\nquiz:\n  question: "Question {number} sur {total}"\n  check: Vérifier'
    assert strings_prose(catalogue) == ["", "", "Question   sur  ", "Vérifier"]


def test_prose_strips_markup():
    markdown = "\n".join(
        [
            "---",
            "description: Une description visible",
            "template: ignoré.html",
            "---",
            "# Titre { #titre }",
            'Voir [le guide](verite-1.md#anchor) et `code_inline`, <span class="x">texte</span>.',
            "```python",
            "import nothing_here",
            "```",
            '!!! tip "Conseil"',
            "*[KPI]: Indicateur clé",
            "/// quiz | Vérité n° 1",
            "    id: verite-1",
            "",
            "? single #v1-question",
            '- [x] Réponse :material-heart:{ .lg aria-hidden="true" } au 11e rang',
            "///",
            "---",
            "| --- | :---: |",
        ]
    )
    assert [" ".join(line.split()) for line in prose(markdown)] == [
        "",
        "Une description visible",
        "",
        "",
        "# Titre",
        "Voir le guide et , texte .",
        "",
        "",
        "",
        "Conseil",
        "KPI Indicateur clé",
        "Vérité n° 1",
        "",
        "",
        "",
        "- Réponse au rang",
        "",
        "",
        "",
    ]
