"""Glossary abbreviations (`*[KPI]: definition` lines) applied to component HTML.

Python-Markdown's `abbr` extension marks the page's prose; quizzes, checklists and worksheets are
rendered before Markdown sees the page, so their text gets the same `<abbr title>` here (the browser
shows it as a tooltip on hover). Only text between tags is touched: never a tag or an
attribute, nor text inside `code` or an `abbr` already.
"""

from __future__ import annotations

import html
import re

_DEFINITION = re.compile(r"^\*\[([^\]]+)\]:[ \t]*(.*)$", re.M)
_TOKENS = re.compile(r"(<[^>]+>)")
_SKIP = {"code", "abbr", "script", "style", "textarea"}


def parse(text: str) -> dict[str, str]:
    """{abbreviation: definition} from the lines of an abbreviations file."""
    return {name.strip(): definition.strip() for name, definition in _DEFINITION.findall(text)}


def apply(fragment: str, definitions: dict[str, str]) -> str:
    """The fragment with each whole-word abbreviation in its text wrapped in `<abbr title>`."""
    if not definitions:
        return fragment
    names = sorted(definitions, key=len, reverse=True)
    word = re.compile(r"(?<![\w-])(" + "|".join(re.escape(name) for name in names) + r")(?![\w-])")

    def mark(match: re.Match) -> str:
        title = html.escape(definitions[match.group(1)], quote=True)
        return f'<abbr title="{title}">{match.group(1)}</abbr>'

    out, skipping = [], []
    for token in _TOKENS.split(fragment):
        if token.startswith("<"):
            tag = re.match(r"</?([a-zA-Z0-9]+)", token)
            name = tag.group(1).lower() if tag else ""
            if name in _SKIP and not token.endswith("/>"):
                if token.startswith("</"):
                    if skipping and skipping[-1] == name:
                        skipping.pop()
                else:
                    skipping.append(name)
            out.append(token)
        elif skipping or not token:
            out.append(token)
        else:
            out.append(word.sub(mark, token))
    return "".join(out)
