"""MkDocs glue for the build's typography (hooks/components/typography.py), in every language.

- on_pre_build: the site name and description of the language being built.
- on_page_content: the page body, its table of contents, title and meta description, before
  Material's search plugin indexes them in on_page_context (search results show the same text as
  the page) and before the hooks that use them (social cards, JSON-LD, redirect pages).
- on_post_page (last of all hooks): the whole page, head included (title, meta description, Open
  Graph and Twitter tags, navigation, and the quizzes and checklists that hooks/components_hook.py
  inserts after the search index is built).
- on_post_template: the 404 page of each language.

Interface strings (hooks/strings/) and the results pages' embedded data get it where they are
made (components/strings.py, hooks/results_hook.py), social cards in hooks/sharing.py.
"""

from __future__ import annotations

from components import typography
from mkdocs.plugins import event_priority


def _language(config) -> str:
    return config.theme["language"]


def _set_toc(items, language: str) -> None:
    for item in items:
        item.title = typography.text(item.title, language)
        _set_toc(item.children, language)


@event_priority(-1000)  # after static-i18n has set this language's site name and description
def on_pre_build(config):
    language = _language(config)
    for key in ("site_name", "site_description"):
        if config[key]:
            config[key] = typography.text(config[key], language)


def on_page_content(html, page, config, files):
    language = _language(config)
    _set_toc(page.toc, language)
    if page.title:
        page.title = typography.text(page.title, language)
    if isinstance(page.meta.get("description"), str):
        page.meta["description"] = typography.text(page.meta["description"], language)
    return typography.html(html, language)


@event_priority(-1000)  # after every other hook and plugin that edits the page
def on_post_page(output, page, config):
    return typography.html(output, _language(config))


@event_priority(-1000)
def on_post_template(output_content, template_name, config):
    if template_name.endswith(".html"):
        return typography.html(output_content, _language(config))
    return output_content
