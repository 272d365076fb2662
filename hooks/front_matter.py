"""Fail the build on a page whose front matter is broken or lacks its description.

MkDocs silently treats front matter that is not valid YAML (an unquoted `description:` containing
`: `, say) as page text: the meta description disappears and the `---` block becomes a heading.
Problems are collected per page and raised together from on_env, one line each (raised while a
page is read, MkDocs would add an "Error reading page" line that names no line).
"""

from __future__ import annotations

import yaml
from components.site import author_path
from mkdocs.exceptions import PluginError


def _source(page, config) -> str:
    return author_path(page.file.abs_src_path, config.config_file_path)


_problems: list[str] = []


def on_pre_build(config):
    _problems.clear()


def on_env(env, config, files):
    if _problems:
        raise PluginError("\n".join(sorted(set(_problems))))
    return env


def on_page_markdown(markdown, page, config, files):
    if markdown.startswith("---\n"):
        raw = page.file.content_string.split("---", 2)[1]
        try:
            yaml.safe_load(raw)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark else 2  # raw starts after the first ---
            problem = getattr(error, "problem", None) or "invalid YAML"
            _problems.append(
                f"{_source(page, config)}:{line}: the front matter is not valid YAML ({problem}). "
                'Put the value in double quotes, e.g. description: "…: …".'
            )
            return markdown
    description = page.meta.get("description")
    if description is not None and not isinstance(description, str):
        _problems.append(
            f"{_source(page, config)}:1: the meta description is not text. Write it as one "
            'sentence in double quotes: description: "One sentence about this page."'
        )
    elif not (description or "").strip():
        _problems.append(
            f"{_source(page, config)}:1: the page has no meta description. Add a line "
            '`description: "One sentence about this page, in its language."` to its front matter '
            "(between two --- lines at the very top)."
        )
    return markdown
