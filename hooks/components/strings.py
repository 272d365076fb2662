"""Interface strings: the generator's, per language, and the guide's own, layered on top.

- `components/locales/<lang>.yml`: the generator's strings, one section per component kind, e.g.
  `quiz: {check: Vérifier, ...}`. They name no guide: a chapter is « chapitre » / "chapter".
- `docs/<lang>/_strings.yml` (optional): the guide's own texts, any of the same keys, e.g. what a
  chapter is called (`results: {chapter_label: "Leçon {number}"}`). A language the generator
  has no file for (a third language) gets every string from there.

Once layered, every language must have exactly the keys of the default language, so that no
string is ever missing in a build. `{author}` and `{publisher}` are filled in from the guide's
settings (mkdocs.yml `plugins: - guide:`). Strings are returned with their language's typography
(typography.py): the French files are typed with ordinary spaces, like the pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from . import messages as say
from . import typography

FOLDER = Path(__file__).resolve().parent / "locales"
GUIDE_FILE = "_strings.yml"
Catalogue = dict[str, dict[str, str]]


class StringsError(Exception):
    """A strings file is malformed, or a language does not have the default language's keys."""


def _keys(catalogue: Catalogue) -> set[str]:
    return {f"{kind}.{key}" for kind, section in catalogue.items() for key in section}


def _shown(path: Path, docs: Path | None) -> str:
    """A guide's file as its author names it (docs/de/_strings.yml), the generator's in full."""
    if docs is not None and path.is_relative_to(docs):
        return (Path(docs.name) / path.relative_to(docs)).as_posix()
    return str(path)


def _read(path: Path, shown: str) -> Catalogue:
    if not path.exists():
        return {}
    try:
        catalogue = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except UnicodeDecodeError:
        raise StringsError(f"{shown}: {say.STRINGS_NOT_UTF8}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{shown}:{mark.line + 1}" if mark else shown
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise StringsError(f"{where}: {say.STRINGS_YAML.format(problem=problem)}") from None
    except OSError as error:
        message = say.STRINGS_UNREADABLE.format(reason=error.strerror)
        raise StringsError(f"{shown}: {message}") from None
    if not isinstance(catalogue, dict):
        raise StringsError(f"{shown}: {say.STRINGS_NOT_MAPPING}")
    for kind, section in catalogue.items():
        if not isinstance(section, dict):
            message = say.STRINGS_SECTION_NOT_MAPPING.format(kind=kind)
            raise StringsError(f"{shown}: {message}")
        for key, value in section.items():
            if not isinstance(value, str):
                message = say.STRINGS_NOT_TEXT.format(kind=kind, key=key)
                raise StringsError(f"{shown}: {message}")
    return catalogue


def _layered(
    language: str, folder: Path, docs: Path | None
) -> tuple[Catalogue, list[str], Catalogue]:
    """The generator's strings of `language` with the guide's on top, the files read, and the
    guide's own strings."""
    own = folder / f"{language}.yml"
    merged = {kind: dict(section) for kind, section in _read(own, str(own)).items()}
    files = [str(own)] if own.exists() else []
    guide: Catalogue = {}
    if docs is not None:
        path = docs / language / GUIDE_FILE
        shown = _shown(path, docs)
        guide = _read(path, shown)
        if own.exists() and (unknown := sorted(_keys(guide) - _keys(merged))):
            hints = [_hint(key, _keys(merged)) for key in unknown]
            message = say.STRINGS_UNKNOWN_GUIDE_KEYS.format(keys=", ".join(hints), source=own)
            raise StringsError(f"{shown}: {message}")
        for kind, section in guide.items():
            merged.setdefault(kind, {}).update(section)
        if path.exists():
            files.append(shown)
    return merged, files, guide


def _hint(key: str, known: set[str]) -> str:
    return f'"{key}"{say.did_you_mean(key, sorted(known))}'


def load(
    language: str,
    default: str,
    docs: Path | None = None,
    values: Mapping[str, str] | None = None,
    folder: Path = FOLDER,
) -> Catalogue:
    """The strings of `language` (the guide's in `docs`, if given), checked against `default`."""
    catalogue, files, own = _layered(language, folder, docs)
    if not files:
        where = f"{docs.name}/{language}/{GUIDE_FILE}" if docs is not None else ""
        target = where or str(folder / f"{language}.yml")
        message = say.STRINGS_NO_LANGUAGE.format(
            language=language, source=f"{folder / default}.yml"
        )
        raise StringsError(f"{target}: {message}")
    if language != default:
        source, _, source_own = _layered(default, folder, docs)
        expected, found = _keys(source), _keys(catalogue)
        shown = " and ".join(files)
        if missing := sorted(expected - found):
            message = say.STRINGS_MISSING.format(
                keys=", ".join(missing),
                default=default,
                source=f"{folder / default}.yml",
                guide_file=GUIDE_FILE,
            )
            raise StringsError(f"{shown}: {message}")
        if extra := sorted(found - expected):
            message = say.STRINGS_UNKNOWN.format(keys=", ".join(extra), default=default)
            raise StringsError(f"{shown}: {message}")
    # A language with a generator file of its own falls back on it: the guide's keys must match.
    if language != default and docs is not None and (folder / f"{language}.yml").exists():
        _same_guide_keys(
            own,
            source_own,
            docs / language / GUIDE_FILE,
            docs / default / GUIDE_FILE,
            docs,
            catalogue,
        )
    # A name that opens a right-to-left run must not turn the string around it.
    fixed = {f"{{{name}}}": typography.close_bidi(value) for name, value in (values or {}).items()}
    return {
        kind: {
            key: typography.text(_fill(value, fixed), language) for key, value in section.items()
        }
        for kind, section in catalogue.items()
    }


def _same_guide_keys(
    own: Catalogue, source: Catalogue, path: Path, source_path: Path, docs: Path, merged: Catalogue
) -> None:
    """A translation's _strings.yml sets the keys the source language's sets, no more, no less:
    otherwise a language silently shows the generator's word ("Chapter 1" beside « Leçon 1 »)."""
    here, there = _shown(path, docs), _shown(source_path, docs)
    if missing := sorted(_keys(source) - _keys(own)):
        them = "it" if len(missing) == 1 else "them"
        kind, key = missing[0].split(".", 1)
        message = say.STRINGS_GUIDE_MISSING.format(
            keys=", ".join(missing), there=there, them=them, key=missing[0], text=merged[kind][key]
        )
        raise StringsError(f"{here}: {message}")
    if extra := sorted(_keys(own) - _keys(source)):
        them = "it" if len(extra) == 1 else "them"
        message = say.STRINGS_GUIDE_EXTRA.format(keys=", ".join(extra), there=there, them=them)
        raise StringsError(f"{here}: {message}")


def _fill(text: str, fixed: Mapping[str, str]) -> str:
    for placeholder, value in fixed.items():
        text = text.replace(placeholder, value)
    return text
