"""MkDocs glue for sharing a chapter or one of its sections (components/share_html.py).

On each chapter page (mkdocs.yml `guide: chapter`): the share bar right after the page's
title, and a share button at the end of each `##` heading that has an id, next to its ¶ permalink.
Those pages only load share.css and share.js (mkdocs_guide/assets.py `declare`).
"""

from __future__ import annotations

import re
from html import unescape

from components import share_html, typography
from components.guide import GuideError, chapter_pattern
from components.site import plain_text
from mkdocs.exceptions import PluginError
from mkdocs_guide import assets
from mkdocs_guide import settings as guide_settings

_H1_END = re.compile(r"</h1>")
_H2 = re.compile(r'(<h2 id="([^"]+)"[^>]*>)(.*?)(</h2>)', re.S)
_TAG = re.compile(r"<[^>]+>")
_state: dict = {}


def on_pre_build(config):
    try:
        pattern = chapter_pattern(guide_settings.guide(config))[1]
    except GuideError as error:
        raise PluginError(str(error)) from None
    _state.update(pattern=pattern, strings=guide_settings.strings(config)["share"])


def _is_chapter(page) -> bool:
    return bool(_state["pattern"].match(page.file.name))


def _section(fragment: str) -> str:
    """A heading's text, without its ¶ permalink."""
    text = re.sub(r'<a class="headerlink".*?</a>', "", fragment, flags=re.S)
    return unescape(_TAG.sub("", text)).strip()


def on_page_content(html, page, config, files):
    if not _is_chapter(page):
        return html
    t = _state["strings"]
    title = typography.text(plain_text(page.title), config.theme["language"])
    bar = share_html.bar(page.canonical_url or "", title, t)
    html = _H1_END.sub(lambda match: match.group(0) + bar, html, count=1)

    def button(match: re.Match) -> str:
        opening, anchor, inside, closing = match.groups()
        return opening + inside + share_html.section_button(anchor, _section(inside), t) + closing

    return _H2.sub(button, html)


def on_page_context(context, page, config, nav):
    if _is_chapter(page):
        assets.declare(
            context,
            head=["partials/gd-share-head.html"],
            styles=["assets/share.css"],
            scripts=["assets/share.js"],
        )
    return context
