"""Glossary tooltips: append docs/<lang>/_abbreviations.md to every page of that language.

Browsers show abbreviations (Python-Markdown's ``abbr``, a `title`) as tooltips on hover; the
definitions live in one file per language so translators keep them next to the pages.
"""

from __future__ import annotations

from pathlib import Path

ABBREVIATIONS_FILE = "_abbreviations.md"

_cache: dict[str, str] = {}


def on_pre_build(config):
    _cache.clear()


def _definitions(config) -> str:
    language = config.theme["language"]
    if language not in _cache:
        path = Path(config.docs_dir) / language / ABBREVIATIONS_FILE
        _cache[language] = path.read_text(encoding="utf-8") if path.exists() else ""
    return _cache[language]


def on_page_markdown(markdown, page, config, files):
    definitions = _definitions(config)
    if not definitions:
        return markdown
    return markdown.rstrip("\n") + "\n\n" + definitions
