"""A parsed checklist as HTML: a plain checklist without JavaScript, a live score with it.

The statements are real checkboxes with labels in a `<fieldset>` whose `<legend>` says what to
tick; the bands follow as a list, each with its score range in words, so a reader without
JavaScript counts their ticks and reads their band. components.js restores and saves the ticks,
shows the score, marks the current band with a word ("Your result", never colour alone) and
announces the change in a polite live region that stays empty until the reader ticks. Only ids
and author text already escaped by `inline` reach the markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from .checklist import Band, Checklist
from .quiz import Text
from .quiz_html import fill

Inline = Callable[[Text], str]
SCRIPT_STRINGS = ("score", "announce")


def band_range(band: Band, t: dict[str, str]) -> str:
    """The band's scores in words ("Score: 0 to 3"), from the checklist strings `t`."""
    template = t["range_one"] if band.low == band.high else t["range"]
    return fill(template, low=band.low, high=band.high)


def band_text(band: Band, inline: Inline) -> str:
    """The band's text as `<p>` paragraphs (for the checklist, and for a results page)."""
    return "".join(f"<p>{inline(paragraph)}</p>" for paragraph in band.paragraphs())


def _band(band: Band, t: dict[str, str], inline: Inline) -> str:
    return (
        f'<li class="gd-checklist__band" data-gd-band="{band.id}" data-gd-low="{band.low}"'
        f' data-gd-high="{band.high}"><p class="gd-checklist__band-head">'
        f'<span class="gd-checklist__range">{escape(band_range(band, t))}</span> '
        f'<strong class="gd-checklist__band-title">{inline(Text(band.title, band.line))}</strong>'
        f' <span class="gd-checklist__current" hidden>{escape(t["current"])}</span></p>'
        f"{band_text(band, inline)}</li>"
    )


def render(checklist: Checklist, t: dict[str, str], inline: Inline) -> str:
    """The checklist's HTML, with `t` the checklist section of the page language's strings."""
    base = f"gd-checklist-{checklist.id}"
    script = escape(json.dumps({key: t[key] for key in SCRIPT_STRINGS}, ensure_ascii=False))
    items = "".join(
        f'<li class="gd-checklist__item"><input type="checkbox" id="{base}-{item.id}"'
        f' value="{item.id}"><label for="{base}-{item.id}">'
        f"{inline(Text(item.text, item.line))}</label></li>"
        for item in checklist.items
    )
    bands = "".join(_band(band, t, inline) for band in checklist.bands)
    return (
        f'<section class="gd-checklist" id="{base}" data-gd="checklist"'
        f' data-gd-id="{checklist.id}" data-gd-page="{checklist.id}" data-gd-strings="{script}"'
        f' aria-labelledby="{base}-title">'
        f'<h3 class="gd-checklist__title" id="{base}-title">'
        f"{inline(Text(checklist.title, checklist.line))}</h3>"
        f'<fieldset class="gd-checklist__items"><legend class="gd-checklist__legend">'
        f"{escape(t['legend'])}</legend><ul>{items}</ul></fieldset>"
        f'<p class="gd-checklist__score" hidden></p>'
        f'<p class="gd-checklist__live" aria-live="polite"></p>'
        f'<h4 class="gd-checklist__bands-title">{escape(t["bands"])}</h4>'
        f'<ul class="gd-checklist__bands">{bands}</ul>'
        "</section>"
    )
