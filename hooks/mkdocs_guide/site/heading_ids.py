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

from components import messages as say
from components.headings import explicit_ids, literal_braces
from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.utils.meta import get_data


def duplicate_problems(ids: list[tuple[int, str]], path: str) -> list[str]:
    seen: dict[str, int] = {}
    problems = []
    for line, ident in ids:
        if ident in seen:
            message = say.DUPLICATE_HEADING_ID.format(id=ident, there=seen[ident])
            problems.append(f"{path}:{line}: {message}")
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
    return literal_braces(markdown) if "{" in markdown else markdown


def on_env(env, config, files):
    if _problems:
        raise PluginError("\n".join(sorted(set(_problems))))
    return env
