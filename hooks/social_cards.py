"""Social cards: a 1200 × 630 PNG per page, drawn with Pillow and the fonts kept in hooks/fonts/.

No MkDocs here: `draw(card)` turns a `Card` into PNG bytes, and `cached_png(card, folder)` keeps the
result under a hash of everything that shapes it, so an unchanged page is never drawn twice.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

WIDTH, HEIGHT = 1200, 630
FONTS = Path(__file__).with_name("fonts")
BOLD, REGULAR = FONTS / "LiberationSans-Bold.ttf", FONTS / "LiberationSans-Regular.ttf"
# Bump when the drawing changes: every cached card is then drawn again.
VERSION = "4"

BACKGROUND, FOOTER_BAND = "#a3102f", "#7c0c24"
NUMERAL, LABEL, TEXT = "#b8233f", "#ffc2ce", "#ffffff"
MARGIN, FOOTER_HEIGHT = 80, 96
TITLE_SIZES = (72, 66, 60, 54, 48, 44)
TITLE_LINES = 4


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


def alt_text(card: Card) -> str:
    """What the card says, in one line: its alternative text."""
    return " — ".join(part for part in (card.label, card.title, card.guide) if part)


@cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    # Break at ordinary spaces only: a no-break space (« n° 1 », before « : ») keeps its words.
    for word in text.split(" "):
        if not word:
            continue
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _fit_title(text: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the title fits in TITLE_LINES lines; shortened if none does."""
    for size in TITLE_SIZES:
        font = _font(BOLD, size)
        lines = _wrap(text, font, width)
        if len(lines) <= TITLE_LINES and all(font.getlength(line) <= width for line in lines):
            return font, lines
    lines = lines[:TITLE_LINES]
    while font.getlength(lines[-1] + " …") > width and " " in lines[-1]:
        lines[-1] = lines[-1].rsplit(" ", 1)[0]
    lines[-1] += " …"
    return font, lines


def draw(card: Card) -> bytes:
    """The card as PNG bytes (a 64-colour palette keeps it far under 150 KB)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    pen = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN
    if card.numeral:
        numeral = _font(BOLD, 440)
        pen.text((WIDTH - MARGIN + 20, 300), card.numeral, font=numeral, fill=NUMERAL, anchor="rm")
        text_width -= 300

    # The guide's logo is a heart: Liberation Sans has the ♥ glyph (U+2665).
    pen.text((MARGIN - 2, 82), "\u2665", font=_font(BOLD, 60), fill=TEXT, anchor="lm")
    pen.text((MARGIN + 52, 82), card.guide, font=_font(REGULAR, 32), fill=TEXT, anchor="lm")

    title_font, lines = _fit_title(card.title, text_width)
    line_height = round(title_font.size * 1.18)
    block = (48 + 24 if card.label else 0) + line_height * len(lines)
    y = 150 + (HEIGHT - FOOTER_HEIGHT - 150 - block) // 2
    if card.label:
        pen.text((MARGIN, y), card.label, font=_font(BOLD, 42), fill=LABEL)
        y += 48 + 24
    for line in lines:
        pen.text((MARGIN, y), line, font=title_font, fill=TEXT)
        y += line_height

    pen.rectangle((0, HEIGHT - FOOTER_HEIGHT, WIDTH, HEIGHT), fill=FOOTER_BAND)
    footer_y = HEIGHT - FOOTER_HEIGHT // 2
    small = _font(REGULAR, 28)
    pen.text((MARGIN, footer_y), card.footer, font=small, fill=TEXT, anchor="lm")

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
