"""The Markdown subset of component text, rendered so that author text can never run as code.

Supported: `code`, **strong**, *emphasis* (or _emphasis_), [links](target) and backslash escapes.
Everything else is text: the whole string is HTML-escaped before any markup is added, so `<script>`
or `<img onerror=...>` shows as written. Each link target goes through a `resolve` callback that
returns the href to write, or None to drop the link and keep its text (the glue refuses
`javascript:` and other schemes, checks anchors and turns `page.md` into the page's URL). A
bidirectional control the text leaves open is closed at its end (typography.close_bidi): an
override in an answer cannot reverse the words shown after it.

Why not Python-Markdown with raw HTML disabled: it costs about half a millisecond per string here,
and a 300-question site has 3,000 strings; this costs a few microseconds and has no raw-HTML path.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from .typography import close_bidi

Resolve = Callable[[str], "str | None"]

_STASHED = re.compile(r"\x00(\d+)\x00")
_ESCAPE = r"\\([\\`*_{}\[\]()#+\-.!<>|~])"
_CODE = r"(?<!`)(?P<ticks>`+)(?!`)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)"
_PROTECT = re.compile(f"{_ESCAPE}|{_CODE}", re.S)
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*((?:[^\s()]|\([^\s()]*\))*)\s*\)")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])", re.S)
_EM = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*|(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])", re.S)
_MARKUP = re.compile(r"[\\`*_\[]")
SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def is_safe_url(url: str) -> bool:
    """A relative link, or an http, https or mailto one (never javascript: or data:)."""
    # Browsers ignore tabs, newlines and leading control characters in a URL: so do we.
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url)
    match = _SCHEME.match(cleaned)
    return match is None or match.group(1).lower() in SAFE_SCHEMES


def _emphasis(text: str) -> str:
    if "*" not in text and "_" not in text:
        return text
    text = _STRONG.sub(lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>", text)
    return _EM.sub(lambda m: f"<em>{m.group(1) or m.group(2)}</em>", text)


def render(source: str, resolve: Resolve) -> str:
    """HTML (phrasing content only) for one piece of author text."""
    if not _MARKUP.search(source):  # most answers: plain text
        return close_bidi(html.escape(source, quote=False))
    stash: list[str] = []

    def keep(fragment: str) -> str:
        stash.append(fragment)
        return f"\x00{len(stash) - 1}\x00"

    def protect(match: re.Match) -> str:
        if match.group(1) is not None:
            return keep(html.escape(match.group(1)))
        return keep(f"<code>{html.escape(match.group('code').strip())}</code>")

    def link(match: re.Match) -> str:
        label, target = close_bidi(_emphasis(match.group(1))), html.unescape(match.group(2))
        href = resolve(target) if target else None
        if href is None:
            return keep(label)
        return keep(f'<a href="{html.escape(href, quote=True)}">{label}</a>')

    text = _PROTECT.sub(protect, source.replace("\x00", ""))
    text = html.escape(text, quote=False)
    text = _LINK.sub(link, text)
    text = _emphasis(text)
    while _STASHED.search(text):
        text = _STASHED.sub(lambda m: stash[int(m.group(1))], text)
    return close_bidi(text)
