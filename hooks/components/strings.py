"""Interface strings: one YAML file per language in hooks/strings/ (a new language, a new file).

Each file maps a component kind to its strings, e.g. `quiz: {check: Vérifier, ...}`. Every file must
have exactly the keys of the default language's file, so that no string is ever missing in a build.
Strings are returned with their language's typography (typography.py): the French file is typed
with ordinary spaces, like the pages.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from . import typography

FOLDER = Path(__file__).resolve().parent.parent / "strings"


class StringsError(Exception):
    """A strings file is missing, malformed or does not have the default language's keys."""


def _keys(catalogue: dict) -> set[str]:
    return {f"{kind}.{key}" for kind, section in catalogue.items() for key in section}


def _read(path: Path) -> dict[str, dict[str, str]]:
    try:
        catalogue = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise StringsError(f"{path}: cannot be read ({error}).") from None
    if not isinstance(catalogue, dict) or not all(
        isinstance(section, dict) and all(isinstance(v, str) for v in section.values())
        for section in catalogue.values()
    ):
        raise StringsError(
            f'{path}: write one section per component, e.g. "quiz:", of "key: text" lines.'
        )
    return catalogue


def load(language: str, default: str, folder: Path = FOLDER) -> dict[str, dict[str, str]]:
    """The strings of `language`, checked key by key against those of `default`."""
    path = folder / f"{language}.yml"
    if not path.exists():
        raise StringsError(
            f'{path}: no interface strings for "{language}". '
            f"Copy {default}.yml to {language}.yml and translate it."
        )
    catalogue = _read(path)
    if language != default:
        expected, found = _keys(_read(folder / f"{default}.yml")), _keys(catalogue)
        if missing := sorted(expected - found):
            raise StringsError(
                f"{path}: missing {', '.join(missing)}. Translate them from {default}.yml."
            )
        if extra := sorted(found - expected):
            raise StringsError(
                f"{path}: unknown {', '.join(extra)}. Remove them, or add them to {default}.yml."
            )
    return {
        kind: {key: typography.text(value, language) for key, value in section.items()}
        for kind, section in catalogue.items()
    }
