"""Explicit heading ids (`## À retenir { #a-retenir }`) are public addresses: unique, never renamed.

Python-Markdown's toc extension gives a second heading with the same explicit id the id
`a-retenir_1` without a word, which breaks the address contract of urls.yml (a heading without an
explicit id that collides gets the suffix instead: explicit ids win). The raw Markdown is read for
the explicit ids and their lines, fenced code skipped; problems are raised together from on_env,
one `docs/fr/page.md:12: ...` line each.

A brace in a heading's text (`# Prix {number} { #prix }`, `{{ … }}`) would make Python-Markdown's
attr_list take everything from that brace to the end as the attribute list: it cannot read it, so
the explicit id is ignored (another id is made from the text) and « { #prix } » is shown in the
title. on_page_markdown writes those braces as `\\{` `\\}` (outside code spans and HTML tags), which
Python-Markdown shows as the author wrote them.
"""

from __future__ import annotations

import re

from components.headings import explicit_ids
from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data


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


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# An ATX heading that ends with an attribute list holding an explicit id: (start, text, list).
_WITH_ID = re.compile(
    r"^( {0,3}#{1,6}[ \t]+)(.*?)([ \t]+\{[^{}\n]*#[\w-]+[^{}\n]*\}[ \t]*#*[ \t]*)$"
)
# What stays as written in a heading's text: code spans, HTML tags, backslash escapes; or a brace.
_TEXT_TOKEN = re.compile(r"(`+).+?(?<!`)\1(?!`)|<[^<>]*>|\\.|([{}])")


def literal_braces(markdown: str) -> str:
    """The Markdown with the braces in the text of headings with an explicit id escaped."""
    lines, fence = markdown.split("\n"), ""
    for index, line in enumerate(lines):
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            continue
        if match := _FENCE.match(line):
            fence = match.group(1)
        elif (match := _WITH_ID.match(line)) and ("{" in match.group(2) or "}" in match.group(2)):
            start, text, attributes = match.groups()
            text = _TEXT_TOKEN.sub(lambda m: "\\" + m.group(2) if m.group(2) else m.group(0), text)
            lines[index] = start + text + attributes
    return "\n".join(lines)


_problems: list[str] = []


def on_pre_build(config):
    _problems.clear()


def on_page_markdown(markdown, page, config, files):
    _problems.extend(duplicate_problems(_ids(page), _path(page, config)))
    return literal_braces(markdown) if "{" in markdown else markdown


def on_env(env, config, files):
    if _problems:
        raise PluginError("\n".join(sorted(set(_problems))))
    return env
