"""The guide's structure for the results pages: each chapter with its page, quiz and checklist.

Pure data assembly (no MkDocs): `results/hook.py` hands over the chapter pages of the language
being built (title, URL relative to the page being rendered, Markdown source) and the quizzes and
checklists recorded for that language; this returns plain, JSON-ready dicts. `results_html.py`
writes the markup from them, and `results/assets/results.js` reads the same data to show the
reader's results (it validates stored and imported results against these ids and counts).
The guide's id (`guide_id`) marks its results files as its own, in every language.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from . import formula
from . import messages as say
from .checklist import Checklist
from .checklist_html import band_text
from .quiz import Quiz, Text
from .worksheet import Worksheet

# A chapter's page name, from mkdocs.yml `guide: chapter` (the chapters of this guide).
DEFAULT_CHAPTER = "chapter-{number}"
PASS_PERCENT = 80  # every quiz at this score or more: the completion certificate
VERSION = 1  # of the exported results file (and of the storage keys, "gd:v1:")
_HEADING = re.compile(r"^#{1,6}[ \t].*\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}[ \t]*$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_TAG = re.compile(r"<[^>]+>")
# The guide's id in its results files: lowercase letters and digits in words joined by hyphens.
GUIDE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
GUIDE_ID_LENGTH = 64
# Names that reach an object's prototype in JavaScript: the browser refuses a results file that
# holds one as a key anywhere (progress.js), so no id that goes into the file may be one.
RESERVED_IDS = frozenset({"__proto__", "constructor", "prototype"})
_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})

Render = Callable[[Text], str]  # author Markdown -> safe HTML (links relative to the page)


class GuideError(Exception):
    """The guide's configuration (mkdocs.yml `plugins: - guide:`) cannot be used."""


def slug(text: str) -> str:
    """ "Écrire pour le Web : l'été" -> "ecrire-pour-le-web-l-ete" (at most 64 characters); a
    title with no Latin letter or digit gets "guide-" and a digest of it, the same every build."""
    letters = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    words = re.findall(r"[a-z0-9]+", letters.encode("ascii", "ignore").decode())
    found = "-".join(words)[:GUIDE_ID_LENGTH].strip("-")
    return found or "guide-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def guide_id(settings: dict, default_title: str) -> str:
    """The guide's id, the same in every language: mkdocs.yml `guide: id`, or else the slug
    of the default language's site_name. It goes into every results file, so that a file of
    another guide is refused by name; changing it (or the title it comes from, when it is not
    set) makes the files exported before refused as another guide's."""
    given = settings.get("id")
    if given is None:
        return slug(default_title)
    if (
        not isinstance(given, str)
        or not GUIDE_ID.match(given)
        or len(given) > GUIDE_ID_LENGTH
        or given in RESERVED_IDS
    ):
        message = say.GUIDE_ID_INVALID.format(
            value=given, length=GUIDE_ID_LENGTH, example=slug(default_title)
        )
        raise GuideError(f"mkdocs.yml: {message}")
    return given


def chapter_pattern(settings: dict) -> tuple[str, re.Pattern]:
    """The chapter page name template ("chapter-{number}") and the pattern that finds its number."""
    template = settings.get("chapter", DEFAULT_CHAPTER)
    if not isinstance(template, str) or template.count("{number}") != 1:
        raise GuideError(f"mkdocs.yml: {say.CHAPTER_NO_NUMBER.format(value=template)}")
    before, _, after = template.partition("{number}")
    return template, re.compile(f"^{re.escape(before)}(\\d+){re.escape(after)}$")


@dataclass(frozen=True)
class ChapterPage:
    """A chapter's page as the glue found it, for the page being rendered."""

    id: str  # the page's name, e.g. "chapter-1": the ids of its results
    number: int
    title: str  # the page's h1, e.g. "Chapter 1: first steps"
    url: str  # relative to the page being rendered
    markdown: str  # the whole source, front matter included (component lines count it)


def short_title(title: str) -> str:
    """ "Chapter 1: first steps" -> "First steps" (the label says the rest)."""
    rest = title.split(":", 1)[1].strip() if ":" in title else title.strip()
    return rest[:1].upper() + rest[1:]


def plain(fragment: str) -> str:
    """The text of an HTML fragment (a rendered title), for labels, exports and descriptions."""
    return html.unescape(_TAG.sub("", fragment)).strip()


def section_before(markdown: str, line: int) -> str | None:
    """Id of the last `{ #id }` heading above file line `line` (outside fenced code), if any."""
    found, fence = None, None
    for text in markdown.split("\n")[: max(line - 1, 0)]:
        if match := _FENCE.match(text):
            if fence is None:
                fence = match.group(1)
            elif text.strip().startswith(fence):
                fence = None
            continue
        if fence is None and (match := _HEADING.match(text)):
            found = match.group(1)
    return found


def _anchor(page: ChapterPage, line: int, fallback: str) -> str:
    return f"{page.url}#{section_before(page.markdown, line) or fallback}"


def quiz_data(page: ChapterPage, quiz: Quiz) -> dict:
    """What results.js needs of a quiz: where it is, and the shape of a valid stored result."""
    return {
        "id": quiz.id,
        "url": _anchor(page, quiz.line, f"gd-quiz-{quiz.id}"),
        "total": len(quiz.questions),
        "questions": [[question.id, len(question.answers)] for question in quiz.questions],
    }


def checklist_data(page: ChapterPage, checklist: Checklist, render: Render) -> dict:
    """A checklist's place, item ids and bands (title as text, explanation as safe HTML)."""
    return {
        "id": checklist.id,
        "url": _anchor(page, checklist.line, f"gd-checklist-{checklist.id}"),
        "total": len(checklist.items),
        "items": [item.id for item in checklist.items],
        "bands": [
            {
                "id": band.id,
                "low": band.low,
                "high": band.high,
                "title": plain(render(Text(band.title, band.line))),
                "html": band_text(band, render),
            }
            for band in checklist.bands
        ],
    }


def worksheet_data(page: ChapterPage, sheet: Worksheet, render: Render) -> dict:
    """A worksheet's place, its fields (to check stored answers and show them) and its results
    (formula trees, as worksheet.js evaluates them, to show the key figures)."""

    def text(source: str, line: int) -> str:
        return plain(render(Text(source, line)))

    return {
        "id": sheet.id,
        "url": _anchor(page, sheet.line, f"gd-worksheet-{sheet.id}"),
        "title": text(sheet.title, sheet.line),
        "fields": [
            {
                "id": item.id,
                "type": item.type,
                "label": text(item.label, item.line),
                "unit": item.unit,
                "choices": {
                    choice.value: {
                        "label": text(choice.label, choice.line),
                        "number": choice.number,
                    }
                    for choice in item.choices
                },
            }
            for item in sheet.fields
        ],
        "results": [
            {
                "id": result.id,
                "label": text(result.label, result.line),
                "tree": formula.strip_columns(result.tree),
                "unit": result.unit,
                "digits": result.digits,
                "key": result.key,
            }
            for result in sheet.results
        ],
    }


def chapter_data(
    page: ChapterPage,
    label: str,
    quiz: Quiz | None,
    checklist: Checklist | None,
    render: Render,
    worksheet: Worksheet | None = None,
) -> dict:
    """One chapter: number, labels, page URL, its quiz, checklist and worksheet (None if none)."""
    return {
        "id": page.id,
        "number": page.number,
        "label": label,
        "name": page.title,
        "title": short_title(page.title),
        "url": page.url,
        "quiz": quiz_data(page, quiz) if quiz else None,
        "checklist": checklist_data(page, checklist, render) if checklist else None,
        "worksheet": worksheet_data(page, worksheet, render) if worksheet else None,
    }


def reserved_ids(
    quiz: Quiz | None, checklist: Checklist | None, worksheet: Worksheet | None
) -> list[tuple[int, str]]:
    """(line, id) of each id of a chapter's quiz, checklist or worksheet that goes into a results
    file and is one of RESERVED_IDS (the browser would refuse every file that holds it)."""
    found = []
    if quiz:
        found += [(quiz.line, quiz.id), *((q.line, q.id) for q in quiz.questions)]
    if checklist:
        found += [(checklist.line, checklist.id), *((i.line, i.id) for i in checklist.items)]
    if worksheet:
        found += [(worksheet.line, worksheet.id), *((f.line, f.id) for f in worksheet.fields)]
    return [(line, ident) for line, ident in found if ident in RESERVED_IDS]


def guide_data(
    title: str, language: str, chapters: list[dict], strings: dict, ident: str = ""
) -> dict:
    """The whole structure as embedded in a page (`strings`: the sections results.js uses;
    `ident`: the guide's id, `guide_id`)."""
    return {
        "version": VERSION,
        "id": ident or slug(title),
        "guide": title,
        "language": language,
        "pass": PASS_PERCENT,
        "chapters": sorted(chapters, key=lambda chapter: chapter["number"]),
        "strings": strings,
    }
