"""Author mistakes end the build with one line each, `docs/<lang>/<file>.md:<line>: what. How.`.

Each case is a real build of a copy of the guide with one mistake typed in, as an author would.
"""

from __future__ import annotations

import re
import sys

import pytest
from conftest import ROOT, copy_project, error_lines, run_build

sys.path.insert(0, str(ROOT / "hooks"))
from components import messages  # noqa: E402


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path)


def edit(project, page: str, old: str, new: str) -> int:
    """Replace the first `old` in a page; return its file line."""
    path = project / "docs" / page
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def build_fails(project, tmp_path) -> list[str]:
    result = run_build(project, tmp_path / "site")
    assert result.returncode == 1, result.output
    assert "Traceback" not in result.output, result.output
    return error_lines(result.output)


def test_did_you_mean_suggests_the_closest_name():
    assert messages.did_you_mean("singel", ("single", "multiple", "true-false")) == (
        ' (did you mean "single"?)'
    )
    assert messages.did_you_mean("dropdown", ("single", "multiple", "true-false")) == ""


@pytest.mark.parametrize(
    ("typo", "hint"), [("singel", ' (did you mean "single"?)'), ("dropdown", "")]
)
def test_a_misspelt_question_type_names_the_valid_ones(project, tmp_path, typo, hint):
    line = edit(project, "fr/verite-1.md", "? single #", f"? {typo} #")
    assert build_fails(project, tmp_path) == [
        f'docs/fr/verite-1.md:{line}: unknown question type "{typo}"{hint}. '
        "Use one of: single, multiple, true-false."
    ]


def test_a_misspelt_block_name_and_option_are_suggested(project, tmp_path):
    line = edit(project, "fr/verite-2.md", "/// checklist |", "/// checklst |")
    option = edit(
        project,
        "fr/verite-3.md",
        "    id: verite-3\n\n? single",
        "    id: verite-3\n    ids: x\n\n? single",
    )
    found = build_fails(project, tmp_path)
    assert any(
        error.startswith(f'docs/fr/verite-2.md:{line}: "/// checklst | ')
        and '"checklst" is not a block name (did you mean "checklist"?); use one of: quiz, '
        "checklist, worksheet."
        in error
        for error in found
    ), found
    assert (
        f'docs/fr/verite-3.md:{option + 1}: unknown quiz option "ids" (did you mean "id"?). '
        "Use one of: id."
    ) in found


def test_a_page_saved_in_windows_1252_names_its_file_and_line(project, tmp_path):
    path = project / "docs" / "fr" / "auteur.md"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1252"))
    first = next(
        n for n, line in enumerate(text.splitlines(), 1) if re.search(r"[^\x00-\x7f]", line)
    )
    [error] = build_fails(project, tmp_path)
    assert re.fullmatch(
        rf"docs/fr/auteur\.md:{first}: the file is not UTF-8 \(byte 0x[0-9a-f]{{2}} at column \d+, "
        r"Windows-1252 or Latin-1 perhaps\)\. Save it as UTF-8 \(in your editor: "
        r'"Save with encoding" or "Encoding" › UTF-8\)\.',
        error,
    ), error


def test_a_heading_id_used_twice_is_an_error_not_a_rename(project, tmp_path):
    first = edit(project, "fr/verite-1.md", "{ #passer-a-l-action }", "{ #a-retenir }")
    original = (ROOT / "docs/fr/verite-1.md").read_text(encoding="utf-8")
    kept = next(n for n, line in enumerate(original.splitlines(), 1) if "{ #a-retenir }" in line)
    assert build_fails(project, tmp_path) == [
        f'docs/fr/verite-1.md:{first}: the heading id "a-retenir" is already used on line {kept}. '
        "Give each heading its own id (ids are public addresses: never rename a published one)."
    ]
