"""Typography set at build time, so that authors type ordinary spaces and straight apostrophes.

French (Lexique des règles typographiques en usage à l'Imprimerie nationale):

- U+00A0 (no-break space) before « : », between a number and its sign or unit (« 80 % »,
  « 15 € », « 20 h », « 3 mois ») and after « n° »;
- U+202F (narrow no-break space) before « ; ! ? », after « « » and before « » », and between
  thousands (« 1 234 »).

Both languages: the apostrophe is the typographic ’ (U+2019); in English, straight double quotes
become “ ” and a quote opening a word becomes ‘.

No MkDocs here: `text(value, language)` sets one plain string, `html(markup, language)` sets the
text of an HTML document or fragment (text nodes, and the attributes a reader sees or hears:
`title`, `alt`, `aria-label`, `placeholder`, and `content` of the description, Open Graph and
Twitter `<meta>` tags), never inside `code`, `pre`, `kbd`, `samp`, `script`, `style` or
`textarea`, nor in any other attribute (URLs, ids, data). Every rule only replaces whitespace or
a straight mark, so running it twice changes nothing.

`text` also closes the bidirectional embeddings, overrides and isolates a value leaves open
(`close_bidi`): a title with a lone U+202E RIGHT-TO-LEFT OVERRIDE would otherwise reverse the text
printed after it, « - Site name » in the `<title>`, the address after it in a shared e-mail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

NBSP, NNBSP = "\u00a0", "\u202f"
_SPACE = r"[ \t\r\n\u00a0\u202f]"
_APOSTROPHE = r"(?:'|&#x27;|&#39;)"
_QUOTE = r'(?:"|&quot;|&#34;)'
# Units and signs kept with their number (« 80 % », « 20 h », « 3 mois »).
_UNITS = r"%|€|\$|£|k€|M€|h|min|mois|ans?|jours?|semaines?|heures?|minutes?|secondes?|Ko|Mo|Go|°C"

_FRENCH: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(_SPACE + r"+(?=:)"), NBSP),
    (re.compile(_SPACE + r"+(?=[;!?])"), NNBSP),
    (re.compile(r"«" + _SPACE + "*"), "«" + NNBSP),
    (re.compile(_SPACE + r"*»"), NNBSP + "»"),
    (re.compile(r"\b([nN]°)" + _SPACE + r"*(?=\d)"), r"\1" + NBSP),
    (re.compile(r"(?<=[\d}])" + _SPACE + r"+(?=(?:" + _UNITS + r")(?![\w]))"), NBSP),
    (re.compile(r"(?<![\d,.])(\d{1,3})" + _SPACE + r"(?=\d{3}(?![\d,]))"), r"\1" + NNBSP),
)
_CLOSING_APOSTROPHE = re.compile(r"(?<=\w)" + _APOSTROPHE)
_OPENING_APOSTROPHE = re.compile(r"(?:^|(?<=[\s(\[—–]))" + _APOSTROPHE + r"(?=\w)")
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[—–]))" + _QUOTE)
_ANY_QUOTE = re.compile(_QUOTE)

# A "<" that opens no tag (never in valid output, but never a reason to drop the rest) is text.
_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[!?][^>]*>|</?[a-zA-Z][^>]*>|[^<]+|<", re.S)
_START_TAG = re.compile(r"<([a-zA-Z][\w:-]*)")
_END_TAG = re.compile(r"</([a-zA-Z][\w:-]*)")
_ATTRIBUTE = re.compile(r"""(\s)([^\s=/>"']+)(\s*=\s*)("[^"]*"|'[^']*')""")
# Elements whose text is code or not text at all: their content is never changed. The raw-text
# ones are copied up to their end tag without being tokenised (a script may hold "<").
SKIPPED = frozenset({"code", "pre", "kbd", "samp", "script", "style", "textarea"})
RAW_TEXT = frozenset({"script", "style", "textarea"})
TEXT_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "placeholder"})
TEXT_META = frozenset(
    {"description", "og:title", "og:description", "og:site_name", "og:image:alt"}
    | {"twitter:title", "twitter:description", "twitter:image:alt"}
)


def french(value: str) -> str:
    """French spacing and apostrophes in one plain string."""
    for pattern, replacement in _FRENCH:
        value = pattern.sub(replacement, value)
    return _CLOSING_APOSTROPHE.sub("\u2019", value)


def english(value: str, before: str = "") -> str:
    """Curly apostrophes and quotes in one plain string; `before` is the text just before it."""
    offset = len(before[-1:])
    joined = before[-1:] + value
    joined = _OPENING_APOSTROPHE.sub("\u2018", joined)
    joined = _CLOSING_APOSTROPHE.sub("\u2019", joined)
    joined = _OPENING_QUOTE.sub("\u201c", joined)
    return _ANY_QUOTE.sub("\u201d", joined)[offset:]


def _setter(language: str) -> Callable[[str, str], str]:
    if language.split("-")[0] == "fr":
        return lambda value, before="": french(value)
    return english


# Bidirectional controls: embeddings and overrides (closed by U+202C), isolates (by U+2069).
_EMBEDDING, _POP_EMBEDDING = "\u202a\u202b\u202d\u202e", "\u202c"
_ISOLATE, _POP_ISOLATE = "\u2066\u2067\u2068", "\u2069"
_BIDI = re.compile(f"[{_EMBEDDING}{_POP_EMBEDDING}{_ISOLATE}{_POP_ISOLATE}]")


def close_bidi(value: str) -> str:
    """`value` followed by the closers of the bidirectional controls it leaves open (as the
    Unicode bidirectional algorithm pairs them), so that it cannot turn the text after it."""
    if not _BIDI.search(value):
        return value
    open_: list[str] = []  # the closer of each control still open, innermost last
    for mark in _BIDI.findall(value):
        if mark in _EMBEDDING:
            open_.append(_POP_EMBEDDING)
        elif mark in _ISOLATE:
            open_.append(_POP_ISOLATE)
        elif mark == _POP_EMBEDDING:
            if open_ and open_[-1] == _POP_EMBEDDING:  # never across an isolate
                open_.pop()
        elif _POP_ISOLATE in open_:  # U+2069 closes its isolate and every embedding opened in it
            while open_.pop() != _POP_ISOLATE:
                pass
    return value + "".join(reversed(open_))


def _regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"  # a flag is two of them


def _joined(before: str, char: str) -> bool:
    """Whether `char` belongs to the character the reader sees ending with `before`: an accent,
    a variation selector, a skin tone, an emoji tag, or anything after a zero-width joiner."""
    return (
        before == "\u200d"
        or char == "\u200d"
        or unicodedata.category(char) in ("Mn", "Me")
        or "\ufe00" <= char <= "\ufe0f"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
        or "\U000e0020" <= char <= "\U000e007f"
        or "\U000e0100" <= char <= "\U000e01ef"
    )


def clusters(value: str) -> list[str]:
    """`value` as the characters a reader sees (a close approximation of grapheme clusters): an
    emoji sequence (👩‍💻), a flag (two regional indicators), a letter with its accents."""
    found: list[str] = []
    for char in value:
        if found and (
            _joined(found[-1][-1], char)
            or (_regional(char) and len(found[-1]) == 1 and _regional(found[-1]))
        ):
            found[-1] += char
        else:
            found.append(char)
    return found


def shorten(value: str, limit: int) -> str:
    """`value` in `limit` characters at most: cut after the last whole word that fits, or else
    between two characters as seen (never inside an emoji or a flag), and ended with « … »."""
    if len(value) <= limit:
        return value
    head, size = [], 0
    for cluster in clusters(value):
        if size + len(cluster) > limit - 1:
            break
        head.append(cluster)
        size += len(cluster)
    cut = "".join(head)
    if cut.rfind(" ") > limit // 2:
        cut = cut[: cut.rfind(" ")]  # ordinary spaces only: « n° 1 » stays together
    return close_bidi(cut.rstrip(" \u00a0\u202f,;:.…") + "…")


def text(value: str, language: str) -> str:
    """`value` with the typography of `language` (French spacing; apostrophes and quotes), its
    bidirectional controls closed."""
    return close_bidi(_setter(language)(value, ""))


def _tag(tag: str, setter: Callable[[str, str], str]) -> str:
    name = _START_TAG.match(tag).group(1).lower()
    if name == "meta":
        key = re.search(r"""\s(?:name|property)\s*=\s*["']([^"']+)""", tag)
        if not key or key.group(1) not in TEXT_META:
            return tag
        wanted = {"content"}
    else:
        wanted = TEXT_ATTRIBUTES

    def attribute(match: re.Match) -> str:
        space, key, equals, quoted = match.groups()
        if key.lower() not in wanted:
            return match.group(0)
        return f"{space}{key}{equals}{quoted[0]}{setter(quoted[1:-1], '')}{quoted[0]}"

    return _ATTRIBUTE.sub(attribute, tag)


def html(markup: str, language: str) -> str:
    """The text of an HTML document or fragment set for `language` (see the module docstring)."""
    setter = _setter(language)
    out: list[str] = []
    skipped: list[str] = []  # open elements whose content stays as written
    before = ""  # the text just before, across inline tags (for opening quotes)
    position = 0
    while match := _TOKEN.match(markup, position):
        token, position = match.group(0), match.end()
        if not token.startswith("<"):
            if not skipped:
                token, before = setter(token, before), token
            out.append(token)
            continue
        start, end = _START_TAG.match(token), _END_TAG.match(token)
        if end and skipped and end.group(1).lower() == skipped[-1]:
            skipped.pop()
        if not start:  # an end tag, a comment, a doctype
            out.append(token)
            continue
        name = start.group(1).lower()
        out.append(_tag(token, setter))
        if name in RAW_TEXT:
            close = re.compile(rf"</{name}\s*>", re.I).search(markup, position)
            stop = close.start() if close else len(markup)
            out.append(markup[position:stop])
            position = stop
        elif name in SKIPPED and not token.endswith("/>"):
            skipped.append(name)
    return "".join(out)


def deep(data: object, language: str) -> object:
    """Every string of a JSON-like structure set as HTML text for `language` (keys unchanged)."""
    if isinstance(data, str):
        return html(data, language)
    if isinstance(data, dict):
        return {key: deep(value, language) for key, value in data.items()}
    if isinstance(data, list):
        return [deep(value, language) for value in data]
    return data
