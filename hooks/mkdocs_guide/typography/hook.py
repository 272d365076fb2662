"""MkDocs glue for the build's typography (hooks/components/typography.py), in every language.

- on_page_content: the page body and its table of contents, before Material's search plugin
  indexes them in on_page_context (search results show the same text as the page).
- on_post_page (last of all hooks): the whole page, head included (title, meta description, Open
  Graph and Twitter tags, navigation, and the quizzes and checklists that blocks/hook.py
  inserts after the search index is built).
- on_post_template: the 404 page of each language.

The page title, meta description, site name and description get it in site/page_text.py;
interface strings (components/locales/) and the results pages' embedded data where they are made
(components/strings.py, results/hook.py), social cards in social/hook.py.
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


def on_page_content(html, page, config, files):
    language = _language(config)
    _set_toc(page.toc, language)
    return typography.html(html, language)


@event_priority(-1000)  # after every other hook and plugin that edits the page
def on_post_page(output, page, config):
    return typography.html(output, _language(config))


@event_priority(-1000)
def on_post_template(output_content, template_name, config):
    if template_name.endswith(".html"):
        return typography.html(output_content, _language(config))
    return output_content
