"""Checks across pages and languages: ids unique in each language, translations with the same shape.

Pure bookkeeping: the glue adds each parsed component with its file and language, then asks for
the problems. Components are matched across languages by their language-neutral id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from pathlib import PurePath

from . import messages as say
from .blocks import Problem


def plain_text(value) -> str:
    """A page or site text as plain text: site/page_text.py hands templates escaped HTML."""
    return unescape(str(value)) if value is not None else ""


def author_path(source: str, config_file: str) -> str:
    """A page's source as authors name it in errors: docs/fr/chapter-1.md, from mkdocs.yml."""
    path = PurePath(source)
    try:
        return path.relative_to(PurePath(config_file).parent).as_posix()
    except ValueError:
        return path.as_posix()


# What a reader answers: one namespace of ids (their saved answers, the page's form controls).
SHARED_IDS = frozenset({"question", "checklist item", "worksheet field"})


@dataclass(frozen=True)
class Error:
    """A problem in a given file; prints as the one line the author needs."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Entry:
    kind: str
    path: str
    model: object


@dataclass
class Site:
    """Every component seen so far, per language (reset when the default language builds).

    `components[language][(kind, id)]` is an `Entry`: a quiz and a checklist share their id
    (`chapter-1`, one of each per chapter page). `entries(language, kind)` lists one kind by id.
    Questions, checklist items and worksheet fields share one set of ids (SHARED_IDS).
    """

    components: dict[str, dict[tuple[str, str], Entry]] = field(default_factory=dict)
    ids: dict[str, dict[tuple[str, str], tuple[str, str, int]]] = field(default_factory=dict)

    def entries(self, language: str, kind: str) -> dict[str, Entry]:
        """The components of one kind ("quiz", "checklist") recorded in a language, by id."""
        found = self.components.get(language, {})
        return {ident: entry for (what, ident), entry in found.items() if what == kind}

    def add(
        self, language: str, kind: str, path: str, model: object, ids: list[tuple[str, str, int]]
    ) -> list[Error]:
        """Record a component; errors for ids already used elsewhere in this language."""
        seen, errors = self.ids.setdefault(language, {}), []
        for what, ident, line in ids:
            key = ("answer" if what in SHARED_IDS else what, ident)
            if key in seen:
                first_what, first_path, first_line = seen[key]
                there = f"{first_path}:{first_line}"
                if first_what == what:
                    message = say.DUPLICATE_ID.format(what=what, id=ident, there=there)
                else:
                    message = say.DUPLICATE_SHARED_ID.format(
                        what=what, id=ident, other=first_what, there=there
                    )
                errors.append(Error(path, line, message))
            else:
                seen[key] = (what, path, line)
        if ids and ids[0][0] == kind:
            self.components.setdefault(language, {})[(kind, ids[0][1])] = Entry(kind, path, model)
        return errors

    def compare(
        self,
        default: str,
        language: str,
        counterpart: Callable[[str, str], str],
        comparers: dict[str, Callable[[object, str, object], list[Problem]]],
    ) -> list[Error]:
        """Errors for components missing from either language, or differing in shape.

        `counterpart(path, language)` names the file that should hold the other language's version.
        """
        sources = self.components.get(default, {})
        translations = self.components.get(language, {})
        errors = []
        for (kind, ident), entry in sources.items():
            other = translations.get((kind, ident))
            if other is None:
                target = counterpart(entry.path, language)
                message = say.MISSING_TRANSLATION.format(
                    kind=entry.kind, id=ident, language=language, target=target
                )
                errors.append(Error(entry.path, entry.model.line, message))
            else:
                for problem in comparers[entry.kind](entry.model, entry.path, other.model):
                    errors.append(Error(other.path, problem.line, problem.message))
        for (kind, ident), other in translations.items():
            if (kind, ident) not in sources:
                target = counterpart(other.path, default)
                message = say.MISSING_SOURCE.format(
                    kind=other.kind, id=ident, language=default, target=target
                )
                errors.append(Error(other.path, other.model.line, message))
        return errors
