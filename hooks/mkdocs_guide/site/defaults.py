"""What every guide needs from MkDocs and Material, so that a guide's mkdocs.yml names only
what is its own (site name, languages, nav, the plugin's settings).

on_config, for what the guide's config leaves unset:
- permalinks on every heading, titled in the page's language (the generator's strings);
- the Markdown extensions the pages and blocks are written with (abbreviations for the
  glossary, attribute lists for heading ids, Material's admonitions, details, tabs of cards,
  task lists and icons), each with the options the generator relies on; an extension the guide
  lists keeps the guide's options;
- link and anchor validation as warnings (fatal with --strict): a broken link never ships;
- Material's navigation features the guides use (footer, back to top, section index pages,
  search highlighting);
- no "Made with Material" line;
- files whose name starts with `_` (the glossary's snippets, `_strings.yml`) are not pages.
"""

from __future__ import annotations

import logging

from material.extensions.emoji import to_svg, twemoji
from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel
from mkdocs_guide import settings as guide_settings

EXTENSIONS: dict[str, dict] = {
    "abbr": {},
    "admonition": {},
    "attr_list": {},
    "def_list": {},
    "md_in_html": {},
    "tables": {},
    "pymdownx.details": {},
    "pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg},
    "pymdownx.superfences": {},
    "pymdownx.tasklist": {"custom_checkbox": True},
}
FEATURES = ("navigation.footer", "navigation.top", "navigation.indexes", "search.highlight")


_own: dict = {}


def on_config(config):
    if "toc" not in config.markdown_extensions:
        config.markdown_extensions.append("toc")
    toc = config.mdx_configs.setdefault("toc", {})
    toc.setdefault("permalink", True)
    _own["permalink_title"] = guide_settings.original(config, "toc title", "permalink_title" in toc)
    for name, options in EXTENSIONS.items():
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
            if options:
                config.mdx_configs[name] = dict(options)
    links = config.validation.links
    for check in ("absolute_links", "unrecognized_links", "anchors"):
        links[check] = max(links[check], logging.WARNING)
    nav = config.validation.nav
    nav["omitted_files"] = max(nav["omitted_files"], logging.WARNING)
    if not config.theme.get("features"):
        config.theme["features"] = list(FEATURES)
    config.extra.setdefault("generator", False)
    return config


def on_pre_build(config):
    """The permalinks' title in the language being built, unless the guide gives its own."""
    if not _own.get("permalink_title"):
        title = guide_settings.strings(config)["toc"]["permalink"]
        config.mdx_configs["toc"]["permalink_title"] = title


@event_priority(1100)  # before the files are read, checked or sorted into languages
def on_files(files, config):
    for file in files:
        if file.name.startswith("_") or file.src_uri.rsplit("/", 1)[-1].startswith("_"):
            file.inclusion = InclusionLevel.EXCLUDED
    return files
