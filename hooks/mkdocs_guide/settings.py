"""The guide's settings as the features read them: its languages, its strings, the plugin's
settings (`plugins: - guide:` in mkdocs.yml).

The language being built is `config.theme["language"]` (static-i18n builds the site once per
language on the same config).
"""

from __future__ import annotations

from pathlib import Path

from components import strings as ui_strings
from mkdocs.exceptions import PluginError

PLUGIN = "guide"


def language(config) -> str:
    """The language being built."""
    return config.theme["language"]


def languages(config) -> tuple[str, str, list[str]]:
    """(language being built, default language, every language), in mkdocs.yml's order."""
    current = language(config)
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return current, current, [current]
    return current, i18n.default_language, list(i18n.all_languages)


def guide(config) -> dict:
    """The plugin's settings: who the guide is by, how its chapter pages are named."""
    plugin = config.plugins.get(PLUGIN)
    return plugin.context.settings if plugin is not None else {}


def original(config, name: str, value):
    """What the guide's config said of `name` when the build began (`value` the first time)."""
    return config.plugins[PLUGIN].context.original.setdefault(name, value)


def brand(config):
    """The plugin's brand settings (config.BrandConfig)."""
    return config.plugins[PLUGIN].config.brand


def strings(config, language: str | None = None) -> ui_strings.Catalogue:
    """The interface strings of `language` (default: the one being built), the guide's on top."""
    current, default, _ = languages(config)
    settings = guide(config)
    values = {name: str(settings.get(name, "")) for name in ("author", "publisher")}
    try:
        return ui_strings.load(language or current, default, Path(config.docs_dir), values)
    except ui_strings.StringsError as error:
        raise PluginError(str(error)) from None
