"""Find `/// kind | argument` blocks in raw page Markdown, keeping every line number.

The syntax is pymdown-extensions' generic block (what Material users know): a header line, its
options as indented YAML lines right under it, a body, and a closing `///` line. We scan it
ourselves instead of registering a pymdown `Block`: the Blocks API prints a block with a bad header
as literal text without any error, and Python-Markdown knows no line numbers. Here every problem is
a `Problem(line, message)` that names the line and says how to fix it.

Blocks are found at the start of a line, outside fenced code. Other `///` lines are left alone (the
glue then fails the build if one reaches the HTML).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field

import yaml

from . import messages as say

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADER = re.compile(r"^///[ \t]*(?P<kind>[A-Za-z][\w-]*)[ \t]*(?:\|(?P<argument>.*))?$")
_CLOSE = re.compile(r"^///[ \t]*$")
_OPTION_KEY = re.compile(r"^[ \t]*([^\s:#][^:]*?)[ \t]*:")
IDENTIFIER = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# "id: chapter-1" needs no YAML parser (a millisecond a block); anything else goes through one.
_SIMPLE_OPTION = re.compile(r"^[ \t]+([a-z_]+):[ \t]*([a-z][a-z0-9-]*)[ \t]*$")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}


@dataclass(frozen=True)
class Problem:
    """Something wrong in the author's Markdown: the file line, what is wrong and how to fix it."""

    line: int
    message: str


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True)
class RawBlock:
    """One block as written: header, options, body lines; `start`/`stop` index the scanned text."""

    kind: str
    argument: str
    line: int
    options: Mapping[str, object] = field(default_factory=dict)
    option_lines: Mapping[str, int] = field(default_factory=dict)
    body: tuple[Line, ...] = ()
    start: int = 0
    stop: int = 0
    broken_options: bool = False


def header_problems(block: RawBlock, *, no_id: str, bad_id: str, no_title: str) -> list[Problem]:
    """The `id` option and the title every kind of block needs, with each kind's own messages."""
    ident = block.options.get("id")
    problems = []
    if block.broken_options:
        pass  # already reported: an id would only be guessed
    elif ident is None:
        problems.append(Problem(block.line, no_id))
    elif not isinstance(ident, str) or not IDENTIFIER.match(ident):
        line = block.option_lines.get("id", block.line)
        problems.append(Problem(line, bad_id.format(id=ident)))
    if not block.argument:
        problems.append(Problem(block.line, no_title))
    return problems


def _options(
    kind: str, lines: list[Line], allowed: frozenset[str]
) -> tuple[dict | None, dict, list[Problem]]:
    """The options (None if unreadable), the line of each, the problems (YAML, unknown keys)."""
    if not lines:
        return {}, {}, []
    simple = [_SIMPLE_OPTION.match(line.text) for line in lines]
    if all(match and match.group(2) not in _YAML_WORDS for match in simple):
        options = {match.group(1): match.group(2) for match in simple}
        return _checked(kind, options, lines, allowed)
    try:
        options = yaml.safe_load(textwrap.dedent("\n".join(line.text for line in lines)))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        number = lines[0].number + (mark.line if mark else 0)
        problem = getattr(error, "problem", None) or "not valid YAML"
        return None, {}, [Problem(number, say.OPTIONS_YAML.format(kind=kind, problem=problem))]
    if not isinstance(options, dict):
        return None, {}, [Problem(lines[0].number, say.OPTIONS_MAPPING.format(kind=kind))]
    return _checked(kind, options, lines, allowed)


def _checked(
    kind: str, options: dict, lines: list[Line], allowed: frozenset[str]
) -> tuple[dict, dict, list[Problem]]:
    """Only the allowed options, the line of each, and a problem for each unknown one."""
    where: dict[str, int] = {}
    for line in lines:
        if match := _OPTION_KEY.match(line.text):
            where.setdefault(match.group(1), line.number)
    problems = [
        Problem(
            where.get(str(key), lines[0].number),
            say.UNKNOWN_OPTION.format(
                kind=kind,
                option=key,
                hint=say.did_you_mean(str(key), allowed),
                allowed=", ".join(sorted(allowed)),
            ),
        )
        for key in options
        if key not in allowed
    ]
    known = {str(key): value for key, value in options.items() if key in allowed}
    return known, {key: where.get(key, lines[0].number) for key in known}, problems


def scan(
    markdown: str, kinds: Mapping[str, frozenset[str]], first_line: int = 1
) -> tuple[list[RawBlock], list[Problem]]:
    """Blocks of the given kinds (each with its allowed options) and the problems of their headers.

    `first_line` is the file line of the text's first line (the front matter comes before it).
    """
    lines = markdown.split("\n")
    blocks: list[RawBlock] = []
    problems: list[Problem] = []
    fence = ""
    index = 0
    while index < len(lines):
        text = lines[index]
        if fence:
            if text.strip().startswith(fence) and not text.strip().strip(fence[0]):
                fence = ""
            index += 1
            continue
        if match := _FENCE.match(text):
            fence = match.group(1)
            index += 1
            continue
        header = _HEADER.match(text)
        if not header or header.group("kind") not in kinds:
            index += 1
            continue
        kind = header.group("kind")
        number = first_line + index
        option_lines: list[Line] = []
        cursor = index + 1
        while cursor < len(lines) and lines[cursor][:1] in (" ", "\t") and lines[cursor].strip():
            option_lines.append(Line(first_line + cursor, lines[cursor]))
            cursor += 1
        body: list[Line] = []
        while cursor < len(lines) and not _CLOSE.match(lines[cursor]):
            other = _HEADER.match(lines[cursor])
            if other and other.group("kind") in kinds:
                break
            body.append(Line(first_line + cursor, lines[cursor]))
            cursor += 1
        if cursor >= len(lines) or not _CLOSE.match(lines[cursor]):
            problems.append(Problem(number, say.UNCLOSED.format(kind=kind)))
            index = cursor
            continue
        options, where, option_problems = _options(kind, option_lines, kinds[kind])
        problems.extend(option_problems)
        blocks.append(
            RawBlock(
                kind=kind,
                argument=(header.group("argument") or "").strip(),
                line=number,
                options=options or {},
                option_lines=where,
                body=tuple(body),
                start=index,
                stop=cursor + 1,
                broken_options=options is None,
            )
        )
        index = cursor + 1
    return blocks, problems
