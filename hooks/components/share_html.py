"""Share a chapter, or one of its sections, in one gesture: the markup (no MkDocs).

Under the page's title, a bar: a « Partager » button, shown where the browser can share or copy
(the Web Share API on phones, otherwise a copy of the canonical address to the clipboard, confirmed
in words and in a polite live region; templates/main.html tells before the first frame), and plain
links to share on LinkedIn, X, Facebook or by e-mail, which work without JavaScript and load nothing
from those sites until the reader follows one. Each section heading gets a small button that shares
the section's own address (canonical URL + #id).
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote, urlencode

from .quiz_html import fill
from .typography import close_bidi

# (name shown, address, its query keys): plain links, never a script or an image from these sites.
NETWORKS = (
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?{query}", ("url",)),
    ("X", "https://twitter.com/intent/tweet?{query}", ("url", "text")),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?{query}", ("u",)),
)


def _query(keys: tuple[str, ...], url: str, title: str) -> str:
    values = {"url": url, "u": url, "text": title}
    return urlencode({key: values[key] for key in keys}, quote_via=quote)


# The share icon (Material Design's "share-variant"), drawn inline: no request, no font.
ICON = (
    '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16">'
    '<path fill="currentColor" d="M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4'
    'A3 3 0 1 0 15 7a3 3 0 0 0 .1.8L8.4 11.2a3 3 0 1 0 0 3.6l6.7 3.4A3 3 0 1 0 18 16z"/></svg>'
)


def _link(address: str, text: str) -> str:
    return f'<a class="gd-sharebar__link" href="{escape(address)}">{escape(text)}</a>'


def bar(url: str, title: str, t: dict[str, str]) -> str:
    """The page's share bar: the button (shown by the script), the links, the status line."""
    links = [
        _link(template.format(query=_query(keys, url, title)), name)
        for name, template, keys in NETWORKS
    ]
    body = fill(t["email_body"], title=title, url=url)
    links.append(
        _link("mailto:?" + urlencode({"subject": title, "body": body}, quote_via=quote), t["email"])
    )
    return (
        # data-search-exclude: Material's search index leaves the bar out (its words are no
        # page text: every chapter's first result would start with « Partager Ou partagez sur »).
        f'<div class="gd-sharebar" data-search-exclude data-gd-share-url="{escape(url)}"'
        f' data-gd-share-title="{escape(title)}" data-gd-strings="{escape(_script_strings(t))}">'
        f'<button type="button" class="gd-sharebar__button">{ICON} '
        f"{escape(t['button'])}</button>"
        f'<span class="gd-sharebar__links">{escape(t["links"])} {" · ".join(links)}</span>'
        '<span class="gd-sharebar__status" role="status"></span></div>'
    )


def section_button(anchor: str, section: str, t: dict[str, str]) -> str:
    """A heading's share button (shown where the browser can share or copy: components.css)."""
    # The heading's bidi controls closed: an override in it cannot turn the label's end around.
    label = escape(fill(t["section"], section=close_bidi(section)))
    return (
        '<button type="button" class="gd-sharebar__section"'
        f' data-gd-share-anchor="{escape(anchor)}" aria-label="{label}" title="{label}">'
        f"{ICON}</button>"
    )


def _script_strings(t: dict[str, str]) -> str:
    return json.dumps({key: t[key] for key in ("copied", "copy_failed")}, ensure_ascii=False)
