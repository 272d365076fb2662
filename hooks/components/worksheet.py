"""A worksheet block's body, parsed into frozen dataclasses and validated line by line.

    /// worksheet | What does the project cost you?
        id: chapter-2

    ? number #c2-hours Hours a week spent creating content
        unit: h
        min: 0
        max: 80
        step: 0.5
        hint: Writing, pictures, videos.

    ? choice #c2-owner Who does it?
        - intern = 0: An intern
        - expert = 1: An experienced person

    = #c2-monthly Monthly cost
        formula: c2-hours * 52 / 12 * c2-rate
        unit: €
        key: true
    > The hours a week, times 52 weeks, divided by 12 months, times the hourly cost.
    ///

A field starts with `? <type> #<id> <label>` (types: number, text, long, choice); its options are
the indented lines under it, and a choice's options are indented `- value: Label` lines (with
`= number` to give the option a value in formulas). A result starts with `= #<id> <label>`; its
options (`formula` required) are indented under it, and its explanation in words, for readers
without JavaScript, is the `>` lines after them. Formulas: formula.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import formula
from . import messages as say
from .blocks import Problem, RawBlock, header_problems
from .quiz import Text

OPTIONS = frozenset({"id"})
TYPES = ("number", "text", "long", "choice")
FIELD_OPTIONS = {
    "number": ("unit", "min", "max", "step", "hint"),
    "text": ("hint",),
    "long": ("hint",),
    "choice": ("hint",),
}
RESULT_OPTIONS = ("formula", "unit", "digits", "key")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")  # a field id is a formula's name too

_FIELD = re.compile(r"^\?[ \t]*(?P<type>[^\s#]+)?(?:[ \t]*#(?P<id>\S*))?[ \t]*(?P<label>.*)$")
_RESULT = re.compile(r"^=[ \t]*(?:#(?P<id>\S*))?[ \t]*(?P<label>.*)$")
_OPTION = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)$")
_CHOICE = re.compile(
    r"^-[ \t]+(?P<value>[a-z0-9]+(?:-[a-z0-9]+)*)"
    r"(?:[ \t]*=[ \t]*(?P<number>-?\d+(?:\.\d+)?))?[ \t]*:[ \t]*(?P<label>\S.*)$"
)
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str  # author Markdown source
    number: float | None
    line: int


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: str  # author Markdown source
    line: int
    hint: Text | None = None
    unit: str = ""
    min: float | None = None
    max: float | None = None
    step: float | None = None
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Result:
    id: str
    label: str  # author Markdown source
    line: int
    formula: str
    tree: list = field(compare=False, hash=False, repr=False)
    unit: str = ""
    digits: int | None = None
    key: bool = False
    text: tuple[Text, ...] = ()  # the explanation's paragraphs


@dataclass(frozen=True)
class Worksheet:
    id: str
    title: str  # author Markdown source
    line: int
    fields: tuple[Field, ...]
    results: tuple[Result, ...]


@dataclass
class _Draft:
    """A field or a result being read: its header, its options and (results) its text."""

    kind: str  # "field" or "result"
    line: int
    match: re.Match
    options: dict[str, tuple[str, int]] = field(default_factory=dict)
    choices: list[tuple[re.Match, int]] = field(default_factory=list)
    paragraphs: list[list] = field(default_factory=list)  # [[line, [text lines]]]


def _read(block: RawBlock, problems: list[Problem]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for line in block.body:
        text, number = line.text.rstrip(), line.number
        current = drafts[-1] if drafts else None
        if not text.strip():
            if current and current.paragraphs and current.paragraphs[-1][1]:
                current.paragraphs.append([0, []])
            continue
        if text.startswith("?"):
            drafts.append(_Draft("field", number, _FIELD.match(text)))
        elif text.startswith("="):
            drafts.append(_Draft("result", number, _RESULT.match(text)))
        elif current and text[0] in " \t" and not current.paragraphs:
            _option(current, text.strip(), number, problems)
        elif current and current.kind == "result" and text.startswith(">"):
            rest = text[1:].strip()
            if not rest:
                current.paragraphs.append([0, []])
                continue
            if not current.paragraphs or not current.paragraphs[-1][1]:
                current.paragraphs[-1:] = [[number, []]]
            current.paragraphs[-1][1].append(rest)
        else:
            problems.append(Problem(number, say.WORKSHEET_STRAY_TEXT))
    return drafts


def _option(draft: _Draft, text: str, number: int, problems: list[Problem]) -> None:
    if text.startswith("-"):
        match = _CHOICE.match(text)
        if match is None:
            problems.append(Problem(number, say.CHOICE_OPTION_FORM))
        else:
            draft.choices.append((match, number))
    elif match := _OPTION.match(text):
        draft.options[match["key"]] = (match["value"].strip(), number)
    else:
        problems.append(Problem(number, say.WORKSHEET_STRAY_TEXT))


def _options(draft: _Draft, what: str, known: tuple[str, ...], problems: list[Problem]) -> None:
    for option, (value, line) in draft.options.items():
        if option not in known:
            hint = say.did_you_mean(option, known)
            problems.append(
                Problem(
                    line,
                    say.UNKNOWN_FIELD_OPTION.format(
                        option=option, what=what, hint=hint, known=", ".join(known)
                    ),
                )
            )
        elif not value:
            problems.append(Problem(line, say.OPTION_NO_VALUE.format(option=option)))


def _number(draft: _Draft, option: str, problems: list[Problem]) -> float | None:
    value, line = draft.options.get(option, ("", 0))
    if not value:
        return None
    if not _NUMBER.match(value):
        problems.append(Problem(line, say.OPTION_NOT_NUMBER.format(option=option, value=value)))
        return None
    number = float(value.replace(",", "."))
    return int(number) if number.is_integer() else number


def _field(draft: _Draft, problems: list[Problem]) -> Field | None:
    match, line = draft.match, draft.line
    kind, ident, label = match["type"], match["id"], match["label"].strip()
    types = ", ".join(TYPES)
    if not kind:
        problems.append(Problem(line, say.FIELD_NO_TYPE.format(types="|".join(TYPES))))
        return None
    if kind not in TYPES:
        hint = say.did_you_mean(kind, TYPES)
        problems.append(
            Problem(line, say.UNKNOWN_FIELD_TYPE.format(type=kind, hint=hint, types=types))
        )
        return None
    if not ident:
        problems.append(Problem(line, say.FIELD_NO_ID.format(type=kind)))
        return None
    if not NAME.match(ident):
        problems.append(Problem(line, say.BAD_FIELD_ID.format(id=ident)))
        return None
    if not label:
        problems.append(Problem(line, say.FIELD_NO_LABEL.format(id=ident, type=kind)))
    _options(draft, f"{kind} field", FIELD_OPTIONS[kind], problems)
    low, high, step = (_number(draft, name, problems) for name in ("min", "max", "step"))
    if low is not None and high is not None and low > high:
        problems.append(Problem(line, say.BAD_BOUNDS.format(id=ident, low=low, high=high)))
    if step is not None and step <= 0:
        problems.append(Problem(line, say.BAD_STEP.format(id=ident, step=step)))
    choices = []
    for choice, number in draft.choices:
        if kind != "choice":
            problems.append(Problem(number, say.CHOICE_OPTION_NOT_HERE.format(id=ident, type=kind)))
            continue
        if any(other.value == choice["value"] for other in choices):
            message = say.CHOICE_OPTION_TWICE.format(id=ident, value=choice["value"])
            problems.append(Problem(number, message))
        value = float(choice["number"]) if choice["number"] is not None else None
        if value is not None and value.is_integer():
            value = int(value)
        choices.append(Choice(choice["value"], choice["label"].strip(), value, number))
    if kind == "choice" and not choices:
        problems.append(Problem(line, say.CHOICE_NO_OPTIONS.format(id=ident)))
    hint = draft.options.get("hint")
    return Field(
        ident,
        kind,
        label,
        line,
        Text(hint[0], hint[1]) if hint and hint[0] else None,
        draft.options.get("unit", ("", 0))[0],
        low,
        high,
        step,
        tuple(choices),
    )


def _result(draft: _Draft, problems: list[Problem]) -> Result | None:
    match, line = draft.match, draft.line
    ident, label = match["id"], match["label"].strip()
    if not ident:
        problems.append(Problem(line, say.RESULT_NO_ID))
        return None
    if not NAME.match(ident):
        problems.append(Problem(line, say.BAD_RESULT_ID.format(id=ident)))
        return None
    if not label:
        problems.append(Problem(line, say.RESULT_NO_LABEL.format(id=ident)))
    _options(draft, "result", RESULT_OPTIONS, problems)
    source, formula_line = draft.options.get("formula", ("", line))
    tree: list = []
    if not source:
        if "formula" not in draft.options:
            problems.append(Problem(line, say.RESULT_NO_FORMULA.format(id=ident)))
    else:
        try:
            tree = formula.parse(source)
        except formula.FormulaError as error:
            message = say.FORMULA_ERROR.format(id=ident, column=error.column, message=error.message)
            problems.append(Problem(formula_line, message))
    digits = _number(draft, "digits", problems)
    if digits is not None and (not isinstance(digits, int) or not 0 <= digits <= 6):
        problems.append(Problem(line, say.BAD_DIGITS.format(id=ident, digits=digits)))
        digits = None
    key, key_line = draft.options.get("key", ("false", line))
    if key not in ("true", "false"):
        problems.append(Problem(key_line, say.OPTION_NOT_YES_NO.format(option="key", value=key)))
    text = tuple(Text(" ".join(lines), first) for first, lines in draft.paragraphs if lines)
    if not text:
        problems.append(Problem(line, say.RESULT_NO_TEXT.format(id=ident)))
    unit = draft.options.get("unit", ("", 0))[0]
    return Result(ident, label, line, source, tree, unit, digits, key == "true", text)


def _references(sheet_fields: list[Field], results: list[Result], problems: list[Problem]) -> None:
    """Every name a formula reads is a number field, a numbered choice or a result; no circle."""
    fields = {item.id: item for item in sheet_fields}
    by_id = {result.id: result for result in results}
    known = sorted(fields) + sorted(by_id)
    for result in results:
        line = result.line
        for name, _column in formula.references(result.tree) if result.tree else []:
            if name in by_id:
                continue
            item = fields.get(name)
            if item is None:
                parts = name.split("-")
                splits = [("-".join(parts[:i]), "-".join(parts[i:])) for i in range(1, len(parts))]
                minus = next(((a, b) for a, b in splits if a in known and b in known), None)
                if minus:
                    message = say.UNKNOWN_FIELD_MINUS.format(
                        id=result.id, name=name, spaced=f"{minus[0]} - {minus[1]}"
                    )
                else:
                    hint = say.did_you_mean(name, known)
                    message = say.UNKNOWN_FIELD.format(id=result.id, name=name, hint=hint)
                problems.append(Problem(line, message))
            elif item.type == "number":
                continue
            elif item.type != "choice" or any(c.number is None for c in item.choices):
                message = say.NOT_A_NUMBER_FIELD.format(id=result.id, name=name, type=item.type)
                problems.append(Problem(line, message))
    reads = {
        result.id: [n for n, _ in formula.references(result.tree) if n in by_id]
        for result in results
        if result.tree
    }
    state: dict[str, int] = {}  # 1: being visited, 2: done

    def visit(name: str, path: list[str]) -> list[str] | None:
        if state.get(name) == 1:
            return path[path.index(name) :] + [name]
        if state.get(name) == 2:
            return None
        state[name] = 1
        for other in reads.get(name, []):
            if cycle := visit(other, path + [name]):
                return cycle
        state[name] = 2
        return None

    for result in results:
        if cycle := visit(result.id, []):
            shown = " → ".join(f'"{name}"' for name in cycle)
            problems.append(Problem(by_id[cycle[0]].line, say.FORMULA_CYCLE.format(cycle=shown)))
            break


def parse(block: RawBlock) -> tuple[Worksheet, list[Problem]]:
    """The worksheet in a block, and every problem found in it (empty when it is valid)."""
    ident = block.options.get("id")
    problems = header_problems(
        block,
        no_id=say.WORKSHEET_NO_ID,
        bad_id=say.BAD_WORKSHEET_ID,
        no_title=say.WORKSHEET_NO_TITLE,
    )
    drafts = _read(block, problems)
    fields = [f for d in drafts if d.kind == "field" and (f := _field(d, problems))]
    results = [r for d in drafts if d.kind == "result" and (r := _result(d, problems))]
    seen: dict[str, int] = {}
    for part in [*fields, *results]:
        if part.id in seen:
            problems.append(
                Problem(
                    part.line, say.DUPLICATE_IN_WORKSHEET.format(id=part.id, there=seen[part.id])
                )
            )
        seen.setdefault(part.id, part.line)
    if not any(draft.kind == "field" for draft in drafts):
        problems.append(Problem(block.line, say.NO_FIELDS))
    _references(fields, results, problems)
    sheet = Worksheet(
        ident if isinstance(ident, str) else "",
        block.argument,
        block.line,
        tuple(fields),
        tuple(results),
    )
    return sheet, sorted(problems, key=lambda problem: problem.line)


def texts(sheet: Worksheet) -> list[Text]:
    """Every piece of author text (its links are checked even when the block is not rendered)."""
    found = [Text(sheet.title, sheet.line)]
    for item in sheet.fields:
        found.append(Text(item.label, item.line))
        found += [item.hint] if item.hint else []
        found += [Text(choice.label, choice.line) for choice in item.choices]
    for result in sheet.results:
        found += [Text(result.label, result.line), *result.text]
    return found


def ids(sheet: Worksheet) -> list[tuple[str, str, int]]:
    """Ids that must be unique in a language's site: (what, id, line), the worksheet's own first."""
    own = [("worksheet", sheet.id, sheet.line)] if sheet.id else []
    return (
        own
        + [("worksheet field", item.id, item.line) for item in sheet.fields]
        + [("worksheet result", result.id, result.line) for result in sheet.results]
    )


def _field_shape(item: Field) -> str:
    bounds = f"{item.min}..{item.max} step {item.step}" if item.type == "number" else ""
    choices = ",".join(f"{c.value}={c.number}" for c in item.choices)
    return " ".join(part for part in (f"{item.type} #{item.id}", bounds, choices) if part)


def _result_shape(result: Result) -> str:
    tree = formula.strip_columns(result.tree) if result.tree else []
    return f"#{result.id} = {tree} digits {result.digits} key {result.key}"


def compare(source: Worksheet, where: str, translation: Worksheet) -> list[Problem]:
    """What differs between a worksheet and its translation, reported at the translation's lines.

    Labels, hints, units and explanations are translated; ids, types, bounds, choice values and
    formulas are the same in every language (answers are kept across the language switch).
    """
    problems = []
    for what, originals, copies, shape in (
        ("field", source.fields, translation.fields, _field_shape),
        ("result", source.results, translation.results, _result_shape),
    ):
        if len(originals) != len(copies):
            message = say.WORKSHEET_COUNT.format(
                id=translation.id,
                what=what,
                count=len(copies),
                expected=len(originals),
                there=f"{where}:{source.line}",
            )
            problems.append(Problem(translation.line, message))
        for number, (original, copy) in enumerate(zip(originals, copies, strict=False), start=1):
            if shape(original) != shape(copy):
                message = say.WORKSHEET_PART.format(
                    what=what,
                    number=number,
                    found=shape(copy),
                    expected=shape(original),
                    there=f"{where}:{original.line}",
                )
                problems.append(Problem(copy.line, message))
    return problems
