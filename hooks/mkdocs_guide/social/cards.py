"""Social cards: a 1200 × 630 PNG per page, drawn with Pillow and the fonts kept in fonts/.

No MkDocs here: `draw(card)` turns a `Card` into PNG bytes, and `cached_png(card, folder)` keeps the
result under a hash of everything that shapes it, so an unchanged page is never drawn twice.

Any text fits: the title wraps on up to four lines at the largest size that fits (a word wider
than the card is broken), the other texts take one line; what does not fit ends with « … ».
Liberation Sans draws Latin, Greek, Cyrillic and Hebrew (right to left, through Pillow's raqm
layout); a character it has no glyph for (emoji, Arabic, CJK) is left out with its sequence
(👩‍💻, a flag) rather than drawn as an empty box, and line separators are spaces. The PNG's
title (the card's alternative text) keeps the text as written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from components.typography import clusters
from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

WIDTH, HEIGHT = 1200, 630
FONTS = Path(__file__).with_name("fonts")
BOLD, REGULAR = FONTS / "LiberationSans-Bold.ttf", FONTS / "LiberationSans-Regular.ttf"
# Bump when the drawing changes: every cached card is then drawn again.
VERSION = "5"

MARGIN, FOOTER_HEIGHT = 80, 96
TITLE_SIZES = (72, 66, 60, 54, 48, 44)
TITLE_LINES = 4


@dataclass(frozen=True)
class Colours:
    """The guide's brand on its cards (mkdocs.yml `guide: brand: card:`), and the mark drawn
    before its name (one character of Liberation Sans, or none)."""

    background: str = "#303fa1"
    band: str = "#1a237e"
    numeral: str = "#3f51b5"
    label: str = "#c5cae9"
    text: str = "#ffffff"
    mark: str = ""


@dataclass(frozen=True)
class Card:
    """What a card shows, already in the page's language."""

    guide: str  # the guide's name, top left
    title: str  # the page title, large
    label: str = ""  # above the title, e.g. "Chapter 3"
    numeral: str = ""  # drawn huge on the right, e.g. "3"
    # Bottom band. No site address: a card does not depend on where the site is deployed, so
    # every build (production, sub-path, test servers) shares the same cached cards.
    footer: str = ""
    colours: Colours = Colours()


def alt_text(card: Card) -> str:
    """What the card says, in one line: its alternative text."""
    return " — ".join(part for part in (card.label, card.title, card.guide) if part)


@cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


# A code point no font here has a glyph for: what FreeType draws for a missing one (.notdef).
_MISSING = "\U0010fffd"
_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1f\x85\u2028\u2029]")


def _bitmap(path: Path, char: str) -> bytes:
    image = Image.new("L", (96, 96))
    ImageDraw.Draw(image).text((16, 16), char, font=_font(path, 32), fill=255)
    return image.tobytes()


@cache
def _has_glyph(path: Path, char: str) -> bool:
    return _bitmap(path, char) != _bitmap(path, _MISSING)


def drawable(text: str, path: Path) -> str:
    """`text` as the font at `path` can draw it: line separators as spaces, each character as seen
    (an emoji sequence, a flag, a letter and its accents) that needs a glyph it lacks left out."""
    kept = [
        cluster
        for cluster in clusters(_BREAKS.sub(" ", text))
        if all(_has_glyph(path, char) for char in cluster)
    ]
    return re.sub(" {2,}", " ", "".join(kept)).strip(" ")


def _longest_prefix(text: str, font: ImageFont.FreeTypeFont, width: float) -> str:
    """The longest start of `text`, in whole characters as seen, no wider than `width`."""
    parts = clusters(text)

    def fits(count: int) -> bool:
        return font.getlength("".join(parts[:count])) <= width

    high = 8  # widened until it no longer fits: a few glyphs measured, never a whole long text
    while high < len(parts) and fits(high):
        high *= 2
    low, high = 0, min(high, len(parts))  # parts[:low] fits; parts[:high + 1] does not
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return "".join(parts[:low])


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """`text` in lines no wider than `width` (at most `most` + 1 of them: the rest is cut)."""
    lines: list[str] = []
    # Break at ordinary spaces only: a no-break space (« n° 1 », before « : ») keeps its words.
    for word in text.split(" "):
        if not word:
            continue
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
            continue
        while len(lines) <= most and font.getlength(word) > width:  # wider than the card
            piece = _longest_prefix(word, font, width) or clusters(word)[0]
            lines.append(piece)
            word = word[len(piece) :]
        if word:
            lines.append(word)
        if len(lines) > most:
            break
    return lines


def _ellipsis(text: str, font: ImageFont.FreeTypeFont, width: int, cut: bool = False) -> str:
    """`text` on one line no wider than `width`, shortened with « … » if it does not fit (or if
    `cut`: more text followed): after its last word that fits, else after its last character."""
    if not cut and font.getlength(text) <= width:
        return text
    head = _longest_prefix(text, font, width - font.getlength(" …"))
    inside_a_word = not head.endswith(" ") and text[len(head) : len(head) + 1] not in ("", " ")
    if inside_a_word and " " in head.strip(" "):
        head = head[: head.rstrip(" ").rfind(" ")]  # back to the end of the last whole word
    if head.strip(" "):
        return head.rstrip(" ") + " …"
    return _longest_prefix(text, font, width - font.getlength("…")) + "…"


def _fit_title(text: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the title fits in TITLE_LINES lines; shortened if none does."""
    for size in TITLE_SIZES:
        font = _font(BOLD, size)
        lines = _wrap(text, font, width, TITLE_LINES)
        if len(lines) <= TITLE_LINES:
            return font, lines
    kept = lines[:TITLE_LINES]
    kept[-1] = _ellipsis(kept[-1], font, width, cut=True)
    return font, kept


def draw(card: Card) -> bytes:
    """The card as PNG bytes (a 64-colour palette keeps it far under 150 KB)."""
    colours = card.colours
    image = Image.new("RGB", (WIDTH, HEIGHT), colours.background)
    pen = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN
    if card.numeral:
        numeral = _font(BOLD, 440)
        pen.text(
            (WIDTH - MARGIN + 20, 300),
            card.numeral,
            font=numeral,
            fill=colours.numeral,
            anchor="rm",
        )
        text_width -= 300

    # The brand's mark before the guide's name, if it has one that the font can draw.
    regular = _font(REGULAR, 32)
    mark = drawable(colours.mark, BOLD).strip()
    indent = 52 if mark else 0
    if mark:
        pen.text((MARGIN - 2, 82), mark, font=_font(BOLD, 60), fill=colours.text, anchor="lm")
    guide = _ellipsis(drawable(card.guide, REGULAR), regular, WIDTH - 2 * MARGIN - indent)
    pen.text((MARGIN + indent, 82), guide, font=regular, fill=colours.text, anchor="lm")

    title_font, lines = _fit_title(drawable(card.title, BOLD), text_width)
    line_height = round(title_font.size * 1.18)
    block = (48 + 24 if card.label else 0) + line_height * len(lines)
    y = 150 + (HEIGHT - FOOTER_HEIGHT - 150 - block) // 2
    if card.label:
        label = _ellipsis(drawable(card.label, BOLD), _font(BOLD, 42), text_width)
        pen.text((MARGIN, y), label, font=_font(BOLD, 42), fill=colours.label)
        y += 48 + 24
    for line in lines:
        pen.text((MARGIN, y), line, font=title_font, fill=colours.text)
        y += line_height

    pen.rectangle((0, HEIGHT - FOOTER_HEIGHT, WIDTH, HEIGHT), fill=colours.band)
    footer_y = HEIGHT - FOOTER_HEIGHT // 2
    small = _font(REGULAR, 28)
    footer = _ellipsis(drawable(card.footer, REGULAR), small, WIDTH - 2 * MARGIN)
    pen.text((MARGIN, footer_y), footer, font=small, fill=colours.text, anchor="lm")

    # The text drawn, as the PNG's title: what tests read, and a description for image tools.
    info = PngInfo()
    info.add_text("Title", alt_text(card))
    out = io.BytesIO()
    image.quantize(colors=64).save(out, format="PNG", optimize=True, pnginfo=info)
    return out.getvalue()


@cache
def _fonts_digest() -> str:
    return hashlib.sha256(BOLD.read_bytes() + REGULAR.read_bytes()).hexdigest()


def card_key(card: Card) -> str:
    """A hash of the card's text, the drawing code's VERSION and the fonts."""
    inputs = json.dumps([VERSION, _fonts_digest(), asdict(card)], ensure_ascii=False)
    return hashlib.sha256(inputs.encode("utf-8")).hexdigest()[:32]


def cached_png(card: Card, folder: Path) -> tuple[bytes, bool]:
    """The card's PNG from `folder` if it was drawn before, else drawn and stored; True if drawn."""
    path = folder / f"{card_key(card)}.png"
    if path.is_file():
        return path.read_bytes(), False
    png = draw(card)
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")  # builds running side by side (tests)
    partial.write_bytes(png)
    partial.replace(path)  # atomic: a build interrupted mid-write leaves no broken card
    return png, True
