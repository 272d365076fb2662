"""The explicit heading ids of a page's Markdown (`## À retenir { #a-retenir }`): its public
addresses, read from the raw text with their file lines (fenced code skipped), and the braces of
such headings' text kept as written (mkdocs_guide/site/heading_ids.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t].*\{[^{}]*#([\w-]+)[^{}]*\}[ \t]*#*[ \t]*$")
# An ATX heading that ends with an attribute list holding an explicit id: (start, text, list).
_WITH_ID = re.compile(
    r"^( {0,3}#{1,6}[ \t]+)(.*?)([ \t]+\{[^{}\n]*#[\w-]+[^{}\n]*\}[ \t]*#*[ \t]*)$"
)
# What stays as written in a heading's text: code spans, HTML tags, backslash escapes; or a brace.
_TEXT_TOKEN = re.compile(r"(`+).+?(?<!`)\1(?!`)|<[^<>]*>|\\.|([{}])")


def _outside_code(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index, line) of the lines outside fenced code blocks (the fences themselves left out)."""
    fence = ""
    for index, line in enumerate(lines):
        if fence:
            if line.strip().startswith(fence):
                fence = ""
        elif match := _FENCE.match(line):
            fence = match.group(1)
        else:
            yield index, line


def explicit_ids(markdown: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(file line, id) of every heading with an explicit `{ #id }`, outside fenced code."""
    return [
        (first_line + index, match.group(1))
        for index, line in _outside_code(markdown.split("\n"))
        if (match := _HEADING.match(line))
    ]


def literal_braces(markdown: str) -> str:
    """The Markdown with the braces in the text of headings with an explicit id escaped.

    A brace in a heading's text (`# Prix {number} { #prix }`) would make attr_list read from it
    to the end as the attribute list: the explicit id would be lost and « { #prix } » shown."""
    lines = markdown.split("\n")
    for index, line in _outside_code(lines):
        if (match := _WITH_ID.match(line)) and ("{" in match.group(2) or "}" in match.group(2)):
            start, text, attributes = match.groups()
            text = _TEXT_TOKEN.sub(lambda m: "\\" + m.group(2) if m.group(2) else m.group(0), text)
            lines[index] = start + text + attributes
    return "\n".join(lines)
