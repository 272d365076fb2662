"""The guide's settings as the hooks read them: its languages, its strings, `extra.guide`.

Not a hook itself (mkdocs.yml does not list it): the hooks import it. The language being built is
`config.theme["language"]` (static-i18n builds the site once per language on the same config).
"""

from __future__ import annotations

from pathlib import Path

from components import strings as ui_strings
from mkdocs.exceptions import PluginError


def languages(config) -> tuple[str, str, list[str]]:
    """(language being built, default language, every language), in mkdocs.yml's order."""
    current = config.theme["language"]
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return current, current, [current]
    return current, i18n.default_language, list(i18n.all_languages)


def guide(config) -> dict:
    """mkdocs.yml `extra.guide`: who the guide is by, how its chapter pages are named."""
    settings = config.extra.get("guide") or {}
    if not isinstance(settings, dict):
        raise PluginError(
            "mkdocs.yml: extra.guide must be a mapping of settings (author, publisher, chapter)."
        )
    return settings


def strings(config, language: str | None = None) -> ui_strings.Catalogue:
    """The interface strings of `language` (default: the one being built), the guide's on top."""
    current, default, _ = languages(config)
    settings = guide(config)
    values = {name: str(settings.get(name, "")) for name in ("author", "publisher")}
    try:
        return ui_strings.load(language or current, default, Path(config.docs_dir), values)
    except ui_strings.StringsError as error:
        raise PluginError(str(error)) from None
