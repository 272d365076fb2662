"""The kinds of block, one entry each: what the MkDocs glue and the plain extension call.

Adding a kind is a parse-and-validate module, an HTML module, a strings section and one entry
here; mkdocs_guide/blocks/hook.py and components/extension.py both read this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import checklist, checklist_html, quiz, quiz_html, worksheet, worksheet_html


@dataclass(frozen=True)
class Kind:
    """What the glue needs to know about one kind of block."""

    options: frozenset[str]
    parse: Callable  # RawBlock -> (model, [Problem])
    render: Callable  # (model, strings section, inline) -> HTML
    ids: Callable  # model -> [(what, id, line)], the component's own id first
    compare: Callable  # (source model, source path, translation model) -> [Problem]
    texts: Callable  # model -> [Text]: the author text, whose links are checked


KINDS = {
    "quiz": Kind(quiz.OPTIONS, quiz.parse, quiz_html.render, quiz.ids, quiz.compare, quiz.texts),
    "checklist": Kind(
        checklist.OPTIONS,
        checklist.parse,
        checklist_html.render,
        checklist.ids,
        checklist.compare,
        checklist.texts,
    ),
    "worksheet": Kind(
        worksheet.OPTIONS,
        worksheet.parse,
        worksheet_html.render,
        worksheet.ids,
        worksheet.compare,
        worksheet.texts,
    ),
}
