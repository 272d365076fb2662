"""Fail the build on a page whose front matter is broken or lacks its description.

MkDocs silently treats front matter that is not valid YAML (an unquoted `description:` containing
`: `, say) as page text: the meta description disappears and the `---` block becomes a heading.
Problems are collected per page and raised together from on_env, one line each (raised while a
page is read, MkDocs would add an "Error reading page" line that names no line).

Line separators that are not line ends: mkdocs-static-i18n rewrites every page's Markdown with
`str.splitlines()` (its admonition titles, on_page_markdown at priority 50), which also breaks
lines at U+2028, U+2029, U+0085, U+000B, U+000C and U+001C to U+001E. A title or an answer holding
one would be cut in two (a heading loses its `{ #id }`, a block line becomes "unexpected text",
every later line number is off). Python-Markdown and our hooks split at line feeds only, so
on_page_read_source hands the page body over with each of them as a marker that splitlines keeps,
and on_page_markdown, right after static-i18n, puts the characters back.
"""

from __future__ import annotations

import re

import yaml
from components import messages as say
from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils.meta import YAML_RE


def _source(page, config) -> str:
    return author_path(page.file.abs_src_path, config.config_file_path)


_problems: list[str] = []


def on_pre_build(config):
    _problems.clear()


def on_env(env, config, files):
    if _problems:
        raise PluginError("\n".join(sorted(set(_problems))))
    return env


# What str.splitlines() breaks at besides line feeds (reading the file made every "\r" one).
SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SEPARATOR = re.compile(f"[{SEPARATORS}]")
_KEPT = re.compile("\x00gd-sep-([0-9a-f]+)\x00")  # between NULs: nothing an author types


def keep_separators(source: str) -> str:
    """The page with its body's line separators as markers (YAML reads the front matter's)."""
    front = YAML_RE.match(source)
    start = front.end() if front else 0
    body = _SEPARATOR.sub(lambda m: f"\x00gd-sep-{ord(m.group(0)):x}\x00", source[start:])
    return source[:start] + body


def restore_separators(markdown: str) -> str:
    return _KEPT.sub(lambda m: chr(int(m.group(1), 16)), markdown)


def on_page_read_source(page, config):
    source = page.file.content_string
    return keep_separators(source) if _SEPARATOR.search(source) else None


@event_priority(49)  # right after static-i18n's splitlines (50), before any other hook reads it
def on_page_markdown(markdown, page, config, files):
    markdown = restore_separators(markdown)
    if markdown.startswith("---\n"):
        raw = page.file.content_string.split("---", 2)[1]
        try:
            yaml.safe_load(raw)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else 2  # raw starts after the first ---
            problem = getattr(error, "problem", None) or "invalid YAML"
            message = say.FRONT_MATTER_YAML.format(problem=problem)
            _problems.append(f"{_source(page, config)}:{line}: {message}")
            return markdown
    description = page.meta.get("description")
    if description is not None and not isinstance(description, str):
        _problems.append(f"{_source(page, config)}:1: {say.DESCRIPTION_NOT_TEXT}")
    elif not (description or "").strip():
        _problems.append(f"{_source(page, config)}:1: {say.NO_DESCRIPTION}")
    return markdown
