"""Explicit heading ids (`## À retenir { #a-retenir }`) are public addresses: unique, never renamed.

Python-Markdown's toc extension gives a second heading with the same explicit id the id
`a-retenir_1` without a word, which breaks the address contract of urls.yml (a heading without an
explicit id that collides gets the suffix instead: explicit ids win). The raw Markdown is read for
the explicit ids and their lines, fenced code skipped; problems are raised together from on_env,
one `docs/fr/page.md:12: ...` line each.
"""

from __future__ import annotations

import re

from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data

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


def duplicate_problems(ids: list[tuple[int, str]], path: str) -> list[str]:
    seen: dict[str, int] = {}
    problems = []
    for line, ident in ids:
        if ident in seen:
            problems.append(
                f'{path}:{line}: the heading id "{ident}" is already used on line {seen[ident]}. '
                "Give each heading its own id (ids are public addresses: never rename a "
                "published one)."
            )
        else:
            seen[ident] = line
    return problems


def _path(page, config) -> str:
    return author_path(page.file.abs_src_path, config.config_file_path)


def _ids(page) -> list[tuple[int, str]]:
    source = page.file.content_string
    body, _ = get_data(source)
    return explicit_ids(body, source.count("\n") - body.count("\n") + 1)


_problems: list[str] = []


def on_pre_build(config):
    _problems.clear()


def on_page_markdown(markdown, page, config, files):
    _problems.extend(duplicate_problems(_ids(page), _path(page, config)))
    return markdown


def on_env(env, config, files):
    if _problems:
        raise PluginError("\n".join(sorted(set(_problems))))
    return env
