"""The explicit heading ids of a page's Markdown (`## À retenir { #a-retenir }`): its public
addresses, read from the raw text with their file lines (fenced code skipped)."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t].*\{[^{}]*#([\w-]+)[^{}]*\}[ \t]*#*[ \t]*$")


def explicit_ids(markdown: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(file line, id) of every heading with an explicit `{ #id }`, outside fenced code."""
    found, fence = [], ""
    for index, line in enumerate(markdown.split("\n")):
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            continue
        if match := _FENCE.match(line):
            fence = match.group(1)
            continue
        if match := _HEADING.match(line):
            found.append((first_line + index, match.group(1)))
    return found
