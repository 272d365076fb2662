"""The guide's settings (mkdocs.yml `plugins: - guide:`), checked before anything uses them.

Pure (no MkDocs): `setting_problems` checks the settings' names and types; `page_problems`
checks that the pages they name exist in every language, from each language's page names and
Markdown. `mkdocs_guide/site/checks.py` hands both over and prints each problem as one line,
`mkdocs.yml:<line>: …` or `docs/<lang>/<page>.md: …`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from . import messages as say
from .guide import DEFAULT_CHAPTER, GUIDE_ID, GUIDE_ID_LENGTH, RESERVED_IDS

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_NUMBERED = re.compile(r"^(\D*?)(\d+)(\D*)$")

# Each setting: what it holds, with an example for the message.
TEXT, FLAG, ID, SLUG, MAPPING = "text", "flag", "id", "slug", "mapping"
KINDS = {
    "id": (SLUG, "my-guide"),
    "author": (TEXT, "Jane Doe"),
    "publisher": (TEXT, "Example Press"),
    "author_page": (TEXT, "auteur"),
    "author_type": (("Person", "Organization"), "Person"),
    "chapter": (TEXT, '"chapter-{number}"'),
    "read_section": (ID, "a-retenir"),
    "short_links": (FLAG, "true"),
    "enabled": (FLAG, "true"),
    "brand": (MAPPING, None),
}

# The brand's settings (mkdocs_guide/config.py BrandConfig): colours, a Material icon, a file.
COLOUR = "colour"
BRAND = {
    "primary": COLOUR,
    "primary_light": COLOUR,
    "primary_dark": COLOUR,
    "accent": COLOUR,
    "dark_primary": COLOUR,
    "dark_link": COLOUR,
    "dark_accent": COLOUR,
    "logo": TEXT,
    "favicon": TEXT,
    "card": MAPPING,
}
CARD = {"background": COLOUR, "band": COLOUR, "numeral": COLOUR, "label": COLOUR, "text": COLOUR}
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _slug(value: str) -> bool:
    """The guide's id in its results files (guide.guide_id): a slug, short, no JavaScript name."""
    return (
        bool(GUIDE_ID.match(value)) and len(value) <= GUIDE_ID_LENGTH and value not in RESERVED_IDS
    )


@dataclass(frozen=True)
class Problem:
    """A problem with a setting (`key`), or with a page (`page`, a docs/<lang>/… path)."""

    message: str
    key: str | None = None
    page: str | None = None


def setting_problems(settings: object) -> list[Problem]:
    """Unknown names, and values of the wrong kind, in the guide plugin's settings."""
    if settings is None:
        return []
    if not isinstance(settings, Mapping):
        return [Problem(say.SETTINGS_NOT_MAPPING)]
    problems = []
    for key, value in settings.items():
        if key not in KINDS:
            known = ", ".join(KINDS)
            hint = say.did_you_mean(str(key), KINDS)
            message = say.SETTING_UNKNOWN.format(key=key, hint=hint, known=known)
            problems.append(Problem(message, str(key)))
            continue
        kind, example = KINDS[key]
        shown = str(value)[:80]
        if kind == MAPPING:
            problems.extend(_brand_problems(value if value is not None else ""))
        elif kind == FLAG:
            if not isinstance(value, bool):
                problems.append(Problem(say.SETTING_NOT_FLAG.format(key=key, value=shown), key))
        elif not isinstance(value, str) or not value.strip() or "\n" in value:
            problems.append(Problem(say.SETTING_NOT_TEXT.format(key=key, example=example), key))
        elif isinstance(kind, tuple) and value not in kind:
            known = ", ".join(kind)
            message = say.SETTING_NOT_ONE_OF.format(key=key, value=shown, known=known)
            problems.append(Problem(message, key))
        elif kind == ID and not _ID.match(value):
            message = say.SETTING_NOT_ID.format(key=key, value=shown, example=example)
            problems.append(Problem(message, key))
        elif kind == SLUG and not _slug(value):
            message = say.SETTING_NOT_SLUG.format(
                key=key, value=shown, length=GUIDE_ID_LENGTH, example=example
            )
            problems.append(Problem(message, key))
        elif key == "chapter" and value.count("{number}") != 1:
            problems.append(Problem(say.CHAPTER_NO_NUMBER.format(value=shown), key))
    return problems


def _brand_problems(brand: object) -> list[Problem]:
    """The brand's names and values: colours as #rrggbb, the card's mark one character."""
    if not isinstance(brand, Mapping):
        return [Problem(say.SETTING_NOT_MAPPING.format(key="brand", example="primary"), "brand")]
    problems = []
    if "card" in brand and not isinstance(brand["card"], Mapping):
        message = say.SETTING_NOT_MAPPING.format(key="brand.card", example="background")
        problems.append(Problem(message, "card"))
    for section, known, where in ((brand, BRAND, "brand"), (brand.get("card"), CARD, "card")):
        if section is None or (where == "card" and not isinstance(section, Mapping)):
            continue
        for key, value in section.items():
            if key == "mark" and where == "card":
                if not isinstance(value, str) or len(value) > 1:
                    problems.append(Problem(say.SETTING_NOT_MARK.format(value=value), "mark"))
                continue
            if key not in known:
                hint = say.did_you_mean(str(key), known)
                names = ", ".join([*known, "mark"] if where == "card" else known)
                message = say.SETTING_UNKNOWN.format(key=f"{where}.{key}", hint=hint, known=names)
                problems.append(Problem(message.replace("guide.card.", "guide.brand.card."), key))
            elif known[key] == COLOUR and not (isinstance(value, str) and _COLOUR.match(value)):
                name = key if where == "brand" else f"card.{key}"
                problems.append(Problem(say.SETTING_NOT_COLOUR.format(key=name, value=value), key))
            elif known[key] == TEXT and not (isinstance(value, str) and value.strip()):
                message = say.SETTING_NOT_TEXT.format(key=f"brand.{key}", example="...")
                problems.append(Problem(message, key))
    return problems


def _suggestion(names: list[str], template: str) -> str:
    """'; its numbered pages are named "chapitre-{number}"' when most of them share a name."""
    shapes = Counter(
        f"{match.group(1)}{{number}}{match.group(3)}"
        for name in names
        if (match := _NUMBERED.match(name))
    )
    if not shapes:
        return ""
    shape, count = shapes.most_common(1)[0]
    return f'; its numbered pages are named "{shape}"' if count > 1 and shape != template else ""


def page_problems(
    settings: Mapping,
    pages: Mapping[str, Mapping[str, str]],
    chapter: re.Pattern,
    section_ids,
) -> list[Problem]:
    """Settings that name pages or sections no page has.

    `pages[language][name]` is the page's path as authors name it (docs/fr/chapitre-1.md), by its
    name without ".md" ("chapitre-1", "guide/index"); `chapter` finds a chapter page's number in a
    name; `section_ids(path)` gives the explicit heading ids of a page.
    """
    template = settings.get("chapter", DEFAULT_CHAPTER)
    problems = []
    for language, named in pages.items():
        chapters = [name for name in named if chapter.match(name)]
        if not chapters:
            example = template.replace("{number}", "1") + ".md"
            hint = _suggestion(list(named), template)
            message = say.CHAPTER_NO_PAGE.format(
                value=template, language=language, example=example, hint=hint
            )
            problems.append(Problem(message, "chapter"))
        page = settings.get("author_page")
        if page and page not in named and f"{page}/index" not in named:
            target = f"docs/{language}/{page}.md"
            message = say.AUTHOR_PAGE_MISSING.format(value=page, target=target, language=language)
            problems.append(Problem(message, "author_page"))
        if section := settings.get("read_section"):
            for name in sorted(chapters):
                if section not in section_ids(named[name]):
                    message = say.READ_SECTION_MISSING.format(value=section)
                    problems.append(Problem(message, page=named[name]))
    return problems
