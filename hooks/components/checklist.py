"""A self-assessment checklist block, parsed into frozen dataclasses and validated line by line.

    /// checklist | Self-assessment: where do you stand?
        id: chapter-4

    - [ ] #c4-written-goal Each of your projects has a written goal.
    - [ ] #c4-review You review your figures every month,
      and change course when they say so.

    = 0-2 #c4-start The foundations are still to lay
    > What the score means. [Read the section again](chapter-4.md#c4-goals)

    = 3-4 #c4-ahead Well under way
    > ...
    ///

Items are unticked task-list entries, each starting with its id; an indented line continues an
item. A band starts with `= <low>-<high> #<id> <title>` (or `= <score>` for one score); its text is
the `>` lines under it (a lone `>` or a blank line starts a new paragraph). The bands must cover
every score from 0 to the number of items, each score exactly once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import messages as say
from .blocks import IDENTIFIER, Problem, RawBlock, header_problems
from .quiz import Text

OPTIONS = frozenset({"id"})

_ITEM = re.compile(r"^[-*+][ \t]+\[(?P<mark>[ xX])\][ \t]*(?:#(?P<id>\S*))?[ \t]*(?P<text>.*)$")
_BULLET = re.compile(r"^[-*+]([ \t]|$)")
_BAND = re.compile(r"^=[ \t]*(?P<range>[^\s#]+)?[ \t]*(?:#(?P<id>\S*))?[ \t]*(?P<title>.*)$")
_RANGE = re.compile(r"^(\d+)(?:[-\u2013\u2011](\d+))?$")  # 0-3, 0–3 (en dash) or 7


@dataclass(frozen=True)
class Item:
    """One statement the reader ticks when it is true of their brand or practice."""

    id: str
    text: str  # author Markdown source
    line: int


@dataclass(frozen=True)
class Band:
    """What a score from `low` to `high` (inclusive) means, and what to read or do next."""

    id: str
    low: int
    high: int
    title: str  # author Markdown source
    text: str  # author Markdown source; paragraphs separated by a blank line
    line: int
    # File line of each paragraph of `text` (for link errors); not part of the band's identity.
    paragraph_lines: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def paragraphs(self) -> list[Text]:
        """The text's paragraphs, each with the file line where it starts."""
        pieces = [piece for piece in self.text.split("\n\n") if piece.strip()]
        lines = self.paragraph_lines or (self.line + 1,) * len(pieces)
        return [Text(piece, line) for piece, line in zip(pieces, lines, strict=False)]


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str  # author Markdown source
    line: int
    items: tuple[Item, ...]
    bands: tuple[Band, ...]

    def band_for(self, score: int) -> Band | None:
        """The band that covers a score (None when the checklist is invalid there)."""
        return next((band for band in self.bands if band.low <= score <= band.high), None)


class _Reader:
    """The checklist being read: items, then bands, each kept as mutable drafts until the end."""

    def __init__(self) -> None:
        self.items: list[list] = []  # [line, id, text lines]
        self.bands: list[list] = []  # [line, range, id, title, paragraphs [[line, lines]]]
        self.problems: list[Problem] = []

    def line(self, text: str, number: int) -> None:
        """Read one non-blank body line."""
        if match := _ITEM.match(text):
            if self.bands:  # not counted: the bands' coverage would only add noise
                self.problems.append(Problem(number, say.ITEM_AFTER_BANDS))
                return
            if match["mark"] != " ":
                self.problems.append(Problem(number, say.TICKED_ITEM))
            self.items.append([number, match["id"], [match["text"]]])
        elif _BULLET.match(text):
            self.problems.append(Problem(number, say.ITEM_NO_BOX))
        elif text.startswith("="):
            match = _BAND.match(text)
            self.bands.append([number, match["range"], match["id"], match["title"].strip(), []])
        elif self.bands and text.lstrip().startswith(">"):
            rest = text.lstrip()[1:].strip()
            if not rest:
                self.blank()  # a lone ">" starts a new paragraph
                return
            paragraphs = self.bands[-1][4]
            if not paragraphs or not paragraphs[-1][1]:
                paragraphs[-1:] = [[number, []]]
            paragraphs[-1][1].append(rest)
        elif self.items and not self.bands and text[0] in " \t":
            self.items[-1][2].append(text.strip())
        elif self.bands:
            self.problems.append(Problem(number, say.BAND_TEXT_WITHOUT_MARK))
        elif self.items:
            self.problems.append(Problem(number, say.TEXT_AFTER_ITEMS))
        else:
            self.problems.append(Problem(number, say.TEXT_BEFORE_ITEMS))

    def blank(self) -> None:
        """A blank line: it ends the band text's current paragraph."""
        if self.bands and self.bands[-1][4] and self.bands[-1][4][-1][1]:
            self.bands[-1][4].append([0, []])


def _item(line: int, ident: str | None, lines: list[str], problems: list[Problem]) -> Item:
    text = "\n".join(lines).strip()
    if not ident:
        problems.append(Problem(line, say.ITEM_NO_ID))
    elif not IDENTIFIER.match(ident):
        problems.append(Problem(line, say.BAD_ITEM_ID.format(id=ident)))
    elif not text:
        problems.append(Problem(line, say.EMPTY_ITEM.format(id=ident)))
    return Item(ident or "", text, line)


def _band(draft: list, problems: list[Problem]) -> Band | None:
    line, span, ident, title, paragraphs = draft
    if not span:
        problems.append(Problem(line, say.BAND_NO_RANGE))
        return None
    match = _RANGE.match(span)
    if not match:
        problems.append(Problem(line, say.BAD_BAND_RANGE.format(range=span)))
        return None
    low, high = int(match[1]), int(match[2] or match[1])
    if low > high:
        problems.append(Problem(line, say.BAD_BAND_RANGE.format(range=span)))
        return None
    paragraphs = [(first, lines) for first, lines in paragraphs if lines]
    text = "\n\n".join("\n".join(lines) for _, lines in paragraphs)
    if not ident:
        problems.append(Problem(line, say.BAND_NO_ID.format(range=span)))
    elif not IDENTIFIER.match(ident):
        problems.append(Problem(line, say.BAD_BAND_ID.format(id=ident)))
    elif not title:
        problems.append(Problem(line, say.BAND_NO_TITLE.format(id=ident, range=span)))
    elif not text:
        problems.append(Problem(line, say.BAND_NO_TEXT.format(id=ident)))
    lines = tuple(first for first, _ in paragraphs)
    return Band(ident or "", low, high, title, text, line, lines)


def _coverage(block: RawBlock, total: int, bands: list[Band]) -> list[Problem]:
    """Each score from 0 to `total` in exactly one band."""
    problems, owner = [], {}
    for band in bands:
        if band.high > total:
            message = say.BAND_TOO_HIGH.format(id=band.id, high=band.high, total=total)
            problems.append(Problem(band.line, message))
        shared = [score for score in range(band.low, band.high + 1) if score in owner]
        if shared:
            first = owner[shared[0]]
            message = say.BANDS_OVERLAP.format(
                id=band.id, other=first.id, score=shared[0], there=first.line
            )
            problems.append(Problem(band.line, message))
        for score in range(band.low, min(band.high, total) + 1):
            owner.setdefault(score, band)
    missing = [score for score in range(total + 1) if score not in owner]
    if missing:
        message = say.SCORES_UNCOVERED.format(scores=_spans(missing), total=total)
        problems.append(Problem(block.line, message))
    return problems


def _spans(scores: list[int]) -> str:
    """[0, 1, 2, 5] -> "0-2, 5"."""
    spans: list[list[int]] = []
    for score in scores:
        if spans and spans[-1][1] == score - 1:
            spans[-1][1] = score
        else:
            spans.append([score, score])
    return ", ".join(f"{low}-{high}" if low != high else str(low) for low, high in spans)


def parse(block: RawBlock) -> tuple[Checklist, list[Problem]]:
    """The checklist in a block, and every problem found in it (an empty list when it is valid)."""
    ident = block.options.get("id")
    problems = header_problems(
        block,
        no_id=say.CHECKLIST_NO_ID,
        bad_id=say.BAD_CHECKLIST_ID,
        no_title=say.CHECKLIST_NO_TITLE,
    )
    reader = _Reader()
    for line in block.body:
        text = line.text.rstrip()
        if text.strip():
            reader.line(text, line.number)
        else:
            reader.blank()
    problems += reader.problems
    items = [_item(line, ident_, lines, problems) for line, ident_, lines in reader.items]
    bands = [band for draft in reader.bands if (band := _band(draft, problems))]
    if not items:
        problems.append(Problem(block.line, say.NO_ITEMS))
    if not reader.bands:
        problems.append(Problem(block.line, say.NO_BANDS.format(total=len(items))))
    elif len(bands) == len(reader.bands):
        problems += _coverage(block, len(items), bands)
    checklist = Checklist(
        ident if isinstance(ident, str) else "",
        block.argument,
        block.line,
        tuple(items),
        tuple(bands),
    )
    return checklist, sorted(problems, key=lambda problem: problem.line)


def texts(checklist: Checklist) -> list[Text]:
    """Every piece of author text (its links are checked even when the block is not rendered)."""
    found = [Text(checklist.title, checklist.line)]
    found += [Text(item.text, item.line) for item in checklist.items]
    for band in checklist.bands:
        found += [Text(band.title, band.line), *band.paragraphs()]
    return found


def ids(checklist: Checklist) -> list[tuple[str, str, int]]:
    """Ids that must be unique in a language's site: (what, id, line), the checklist's own first."""
    own = [("checklist", checklist.id, checklist.line)] if checklist.id else []
    items = [("checklist item", item.id, item.line) for item in checklist.items if item.id]
    bands = [("band", band.id, band.line) for band in checklist.bands if band.id]
    return own + items + bands


def compare(source: Checklist, where: str, translation: Checklist) -> list[Problem]:
    """What differs between a checklist and its translation, reported at the translation's lines.

    `where` names the source checklist's file, e.g. "docs/fr/chapter-4.md".
    """
    problems = []
    for what, originals, copies in (
        ("item", source.items, translation.items),
        ("band", source.bands, translation.bands),
    ):
        if len(originals) != len(copies):
            message = say.CHECKLIST_COUNT.format(
                id=translation.id,
                what=what,
                count=len(copies),
                expected=len(originals),
                there=f"{where}:{source.line}",
            )
            problems.append(Problem(translation.line, message))
        for number, (original, copy) in enumerate(zip(originals, copies, strict=False), start=1):
            if original.id != copy.id:
                message = say.CHECKLIST_ID.format(
                    what=what,
                    number=number,
                    id=copy.id,
                    expected=original.id,
                    there=f"{where}:{original.line}",
                )
                problems.append(Problem(copy.line, message))
    for original, copy in zip(source.bands, translation.bands, strict=False):
        if original.id == copy.id and (original.low, original.high) != (copy.low, copy.high):
            message = say.BAND_RANGE_DIFFERS.format(
                id=copy.id,
                range=f"{copy.low}-{copy.high}",
                expected=f"{original.low}-{original.high}",
                there=f"{where}:{original.line}",
            )
            problems.append(Problem(copy.line, message))
    return problems
