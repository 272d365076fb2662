"""The guide's id in its results files (hooks/components/guide.py `guide_id`, results_hook.py).

One id for every language, so that a French export imports on the English page and a file of
another guide is refused by name: mkdocs.yml `guide.id`, or the slug of the default
language's site_name. Ids that a results file holds can never be __proto__, constructor or
prototype (the browser refuses a file that holds one): the build says so, with the line.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT, copy_project, error_lines, page_path, run_build, soup

sys.path.insert(0, str(ROOT / "hooks"))
from components import guide  # noqa: E402


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Les 5 vérités du marketing", "les-5-verites-du-marketing"),
        ("Écrire pour le web", "ecrire-pour-le-web"),
        ("Cœur & Æther : l'ß — « 2026 »", "coeur-aether-l-ss-2026"),
        ('Le "guide" : <b>essai</b> & {co}', "le-guide-b-essai-b-co"),
        ("  --Déjà--vu--  ", "deja-vu"),
    ],
)  # fmt: skip
def test_the_id_is_the_slug_of_the_title(title, expected):
    assert guide.slug(title) == expected
    assert guide.guide_id({}, title) == expected
    assert guide.GUIDE_ID.match(expected)


def test_a_long_title_gives_an_id_of_64_characters_at_most_that_ends_with_a_letter():
    found = guide.slug("Un guide " + "très " * 20 + "long")
    assert len(found) <= guide.GUIDE_ID_LENGTH and guide.GUIDE_ID.match(found), found


def test_a_title_without_latin_letters_or_digits_gets_the_same_id_every_time():
    first = guide.slug("社交媒体营销指南")
    assert re.fullmatch(r"guide-[0-9a-f]{12}", first)
    assert guide.slug("社交媒体营销指南") == first != guide.slug("另一本指南")


def test_extra_guide_id_comes_first():
    assert guide.guide_id({"id": "mon-guide"}, "Un autre titre") == "mon-guide"


@pytest.mark.parametrize(
    "value", ["Mon guide", "mon_guide", "Mon-Guide", "-guide", "guide-", "a" * 65, "", 7, True]
    + sorted(guide.RESERVED_IDS - {"__proto__"}),
)  # fmt: skip
def test_an_extra_guide_id_that_cannot_be_used_is_refused(value):
    with pytest.raises(guide.GuideError, match=r"^mkdocs\.yml: guide\.id is "):
        guide.guide_id({"id": value}, "Écrire pour le web")


def _ids(site: Path) -> dict[str, str]:
    found = {}
    for language in LANGUAGES:
        for page in ("bilan", "equipe"):
            script = soup(page_path(site, language, page)).select_one("#gd-results-data")
            found[f"{language}/{page}"] = json.loads(script.string)["id"]
    return found


def test_every_language_of_the_built_guide_has_the_default_language_s_id(site):
    assert set(_ids(site).values()) == {"les-5-verites-du-marketing-des-medias-sociaux"}


def test_extra_guide_id_is_the_id_in_every_language(tmp_path):
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    setting = "      id: les-5-verites-du-marketing-des-medias-sociaux\n"
    assert setting in text
    config.write_text(text.replace(setting, "      id: cinq-verites\n"), encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert set(_ids(tmp_path / "site").values()) == {"cinq-verites"}


def test_a_reserved_id_fails_the_build_with_its_line(tmp_path):
    project = copy_project(tmp_path)
    lines = {}
    for language in LANGUAGES:
        page = project / "docs" / language / "verite-1.md"
        text = page.read_text(encoding="utf-8")
        assert text.count("? true-false #v1-trio") == 1
        lines[language] = text[: text.index("#v1-trio")].count("\n") + 1
        page.write_text(text.replace("#v1-trio", "#constructor"), encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 1, result.output
    assert "Traceback" not in result.output
    assert error_lines(result.output) == [
        f'docs/fr/verite-1.md:{lines["fr"]}: the id "constructor" cannot be used: results files'
        " name it, and browsers refuse it there. Choose another id."
    ]
