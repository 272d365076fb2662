"""A parsed worksheet as HTML: a form to print and fill in by hand, that worksheet.js computes.

Every field is a real, labelled form control: a text input with `inputmode="decimal"` for numbers
(so that « 12,5 » can be typed), an input or a textarea for text, radio buttons in a
fieldset/legend for a choice. Units and hints are tied to their control by `aria-describedby`.
Each result shows, without JavaScript, a blank to fill in and its explanation in words; the script
fills in the value (formatted in the page's language), says which fields are still missing, and
announces the changed results in a polite live region once the reader pauses. The formulas reach
the script as JSON trees in a data attribute (data, never run). Only ids and author text already
escaped by `inline` reach the markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from . import formula
from .quiz import Text
from .worksheet import Field, Result, Worksheet

Inline = Callable[[Text], str]
SCRIPT_STRINGS = (
    "missing",
    "invalid_number",
    "too_low",
    "too_high",
    "not_computable",
    "announce",
    "erased",
    "storage_blocked",
)
BLANK = "…………"

# Characters of one answer, as « Mon bilan » accepts it (progress.js, the results schema).
MAX_ANSWER = 5000


def _described(ids: list[str]) -> str:
    return f' aria-describedby="{" ".join(ids)}"' if ids else ""


def _field(base: str, item: Field, inline: Inline) -> str:
    control = f"{base}-{item.id}"
    notes, described = [], []
    if item.unit:
        described.append(f"{control}-unit")
    if item.hint:
        described.append(f"{control}-hint")
        notes.append(f'<p class="gd-worksheet__hint" id="{control}-hint">{inline(item.hint)}</p>')
    described.append(f"{control}-error")
    notes.append(f'<p class="gd-worksheet__error" id="{control}-error" hidden></p>')
    label = inline(Text(item.label, item.line))
    if item.type == "choice":
        options = "".join(
            f'<li><input type="radio" id="{control}-{choice.value}" name="{control}"'
            f' value="{choice.value}"><label for="{control}-{choice.value}">'
            f"{inline(Text(choice.label, choice.line))}</label></li>"
            for choice in item.choices
        )
        return (
            f'<fieldset class="gd-worksheet__field gd-worksheet__field--choice"'
            f' data-gd-field="{item.id}"{_described(described[:-1])}>'
            f'<legend class="gd-worksheet__label">{label}</legend>'
            f'<ul class="gd-worksheet__choices">{options}</ul>{"".join(notes)}</fieldset>'
        )
    if item.type == "long":
        widget = (
            f'<textarea id="{control}" name="{control}" rows="4" maxlength="{MAX_ANSWER}"'
            f"{_described(described)}></textarea>"
        )
    else:
        number = ' inputmode="decimal" autocomplete="off"' if item.type == "number" else ""
        widget = (
            f'<input type="text" id="{control}" name="{control}" maxlength="{MAX_ANSWER}"{number}'
            f"{_described(described)}>"
        )
    unit = (
        f' <span class="gd-worksheet__unit" id="{control}-unit">{escape(item.unit)}</span>'
        if item.unit
        else ""
    )
    return (
        f'<div class="gd-worksheet__field gd-worksheet__field--{item.type}"'
        f' data-gd-field="{item.id}">'
        f'<label class="gd-worksheet__label" for="{control}">{label}</label>'
        f'<span class="gd-worksheet__control">{widget}{unit}</span>{"".join(notes)}</div>'
    )


def _result(base: str, result: Result, inline: Inline, t: dict[str, str]) -> str:
    target = f"{base}-{result.id}"
    unit = f" {escape(result.unit)}" if result.unit else ""
    explanation = "".join(f"<p>{inline(paragraph)}</p>" for paragraph in result.text)
    return (
        f'<div class="gd-worksheet__result" data-gd-result="{result.id}">'
        f'<dt id="{target}-label">{inline(Text(result.label, result.line))}</dt>'
        f'<dd><span class="gd-worksheet__value" id="{target}">'
        f"{BLANK}{unit}</span>"
        f'<span class="gd-worksheet__missing" hidden></span>'
        f'<div class="gd-worksheet__explain"><span class="gd-worksheet__how">'
        f"{escape(t['how'])}</span> {explanation}</div></dd></div>"
    )


def script_data(sheet: Worksheet) -> dict:
    """What worksheet.js needs: each field's checks, each result's formula tree, unit, digits."""
    return {
        "fields": [
            {
                "id": item.id,
                "type": item.type,
                "min": item.min,
                "max": item.max,
                "choices": {c.value: c.number for c in item.choices if c.number is not None},
            }
            for item in sheet.fields
        ],
        "results": [
            {
                "id": result.id,
                "tree": formula.strip_columns(result.tree),
                "unit": result.unit,
                "digits": result.digits,
                "key": result.key,
            }
            for result in sheet.results
        ],
    }


def render(sheet: Worksheet, t: dict[str, str], inline: Inline) -> str:
    """The worksheet's HTML, with `t` the worksheet section of the page language's strings."""
    base = f"gd-worksheet-{sheet.id}"
    strings = escape(json.dumps({key: t[key] for key in SCRIPT_STRINGS}, ensure_ascii=False))
    data = escape(json.dumps(script_data(sheet), ensure_ascii=False, separators=(",", ":")))
    fields = "".join(_field(base, item, inline) for item in sheet.fields)
    results = "".join(_result(base, result, inline, t) for result in sheet.results)
    results_part = (
        f'<h4 class="gd-worksheet__results-title">{escape(t["results"])}</h4>'
        f'<dl class="gd-worksheet__results">{results}</dl>'
        if sheet.results
        else ""
    )
    return (
        f'<section class="gd-worksheet" id="{base}" data-gd="worksheet" data-gd-id="{sheet.id}"'
        f' data-gd-strings="{strings}" data-gd-sheet="{data}" aria-labelledby="{base}-title">'
        f'<h3 class="gd-worksheet__title" id="{base}-title">'
        f"{inline(Text(sheet.title, sheet.line))}</h3>"
        f'<p class="gd-worksheet__intro">{escape(t["intro"])}</p>'
        f'<div class="gd-worksheet__fields">{fields}</div>'
        f"{results_part}"
        f'<p class="gd-worksheet__live" aria-live="polite"></p>'
        f'<p class="gd-worksheet__actions"><button type="button" class="gd-worksheet__erase"'
        f" hidden>{escape(t['erase'])}</button></p>"
        "</section>"
    )
