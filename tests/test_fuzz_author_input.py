"""Property-based fuzz of author input (Hypothesis): random edits to real pages, then a real build.

From a truth page, in French, in English or in both with the same edits (translations have the
same lines), one to three edits are applied to the lines of its quiz, its checklist and its front
matter: delete, duplicate, swap two, truncate, change a marker, re-indent with a tab, insert
bytes that are not UTF-8. Then `mkdocs build`, as an author would run it. The property: either
the build succeeds, and the page holds nothing left of the block syntax and passes the Nu Html
Checker; or it fails, and every error line names `docs/<lang>/<file>.md:<line>`, with no
traceback.

CI runs GD_FUZZ_EXAMPLES examples (default 10, about a minute), the same ones on every run (a
submission does not fail by chance); `bench/fuzz.py` runs more, random ones (GD_FUZZ_RANDOM=1).
"""

from __future__ import annotations

import os
import random
import re
import shutil
from pathlib import Path

import pytest
from conftest import copy_project, error_lines, run_build
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_html_validity import describe, run_vnu

EXAMPLES = int(os.environ.get("GD_FUZZ_EXAMPLES", "10"))
RANDOM = os.environ.get("GD_FUZZ_RANDOM") == "1"
PAGES = [f"verite-{number}.md" for number in range(1, 6)]
LANGUAGES = [("fr",), ("en",), ("fr", "en")]
ERROR_LINE = re.compile(r"^docs/(fr|en)/[\w-]+\.md:\d+: \S")
MARKERS = [
    ("[x]", "[ ]"),
    ("[ ]", "[x]"),
    ("? ", "?"),
    ("? single", "? singel"),
    ("? multiple", "? true-false"),
    ("#", ""),
    ("> ", ""),
    ("- [", "* ["),
    ("///", "//"),
    ("= 0-3", "= 0-2"),
    ("= ", "=="),
    ("id: ", "id:"),
    ("description: ", "description "),
    ('"', ""),
    (":", ": :"),
]


def editable(lines: list[str]) -> list[int]:
    """Indexes of the front matter's lines and of the lines of the page's blocks."""
    found, inside = [], False
    if lines and lines[0] == "---":
        end = lines.index("---", 1) if "---" in lines[1:] else 0
        found += range(end + 1)
    for index, line in enumerate(lines):
        if line.startswith("/// "):
            inside = True
        if inside:
            found.append(index)
        if line.strip() == "///":
            inside = False
    return found


EDITS = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 2**32)), min_size=1, max_size=3)
CASES = st.tuples(st.sampled_from(PAGES), st.sampled_from(LANGUAGES), EDITS)


def apply(text: str, edits) -> bytes:
    """The page after the edits, as the bytes an editor would save."""
    lines = text.split("\n")
    garbage: list[int] = []
    for operation, seed in edits:
        rnd = random.Random(seed)
        targets = editable(lines)
        if not targets:
            break
        index = rnd.choice(targets)
        line = lines[index]
        if operation == 0:
            del lines[index]
        elif operation == 1:
            lines.insert(index, line)
        elif operation == 2:
            other = rnd.choice(targets)
            lines[index], lines[other] = lines[other], line
        elif operation == 3:
            lines[index] = line[: rnd.randrange(len(line) + 1)]
        elif operation == 4:
            old, new = rnd.choice([pair for pair in MARKERS if pair[0] in line] or [("", "")])
            lines[index] = line.replace(old, new, 1) if old else line
        elif operation == 5:
            lines[index] = "\t" + line.lstrip(" ")
        else:
            garbage.append(index)
    data = [line.encode("utf-8") for line in lines]
    for index in garbage:
        if index < len(data):
            data[index] = data[index][:1] + b"\xe9\xff" + data[index][1:]
    return b"\n".join(data)


@pytest.fixture(scope="module")
def fuzz_project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("fuzz"))
    result = run_build(project, project / "site", strict=False)  # warms the social card cache
    assert result.returncode == 0, result.output
    return project


def test_no_edit_gives_a_traceback_or_a_half_rendered_block(fuzz_project, tmp_path):
    project, kept = fuzz_project, tmp_path / "built"
    outcomes = {"built": 0, "refused": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=not RANDOM,
        phases=(Phase.explicit, Phase.generate),  # no shrinking: a build takes seconds
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(CASES)
    def one_edit(case):
        name, languages, edits = case
        paths = [project / "docs" / language / name for language in languages]
        originals = [path.read_bytes() for path in paths]
        try:
            for path, original in zip(paths, originals, strict=True):
                path.write_bytes(apply(original.decode("utf-8"), edits))
            result = run_build(project, project / "site", strict=False)
        finally:
            for path, original in zip(paths, originals, strict=True):
                path.write_bytes(original)
        assert "Traceback" not in result.output, result.output
        if result.returncode == 0:
            outcomes["built"] += 1
            for language in languages:
                built = project / "site" / ("" if language == "fr" else language)
                html = built / Path(name).stem / "index.html"
                text = html.read_text(encoding="utf-8")
                text = re.sub(r"<(pre|code)\b.*?</\1>", "", text, flags=re.S)
                assert not re.search(r"(^|>)\s*///", text, re.M), f"block syntax left: {html}"
                target = kept / str(outcomes["built"]) / language / f"{Path(name).stem}.html"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(html, target)
        else:
            outcomes["refused"] += 1
            errors = error_lines(result.output)
            assert errors, result.output
            for line in errors:
                if line.startswith("Error reading page") or line == "Aborted with a BuildError!":
                    pytest.fail(f"not an author's line: {line}\n{result.output}")
                assert ERROR_LINE.match(line), f"no file:line in {line!r}\n{result.output}"

    one_edit()
    print(f"\nfuzz: {EXAMPLES} examples, {outcomes['built']} built, {outcomes['refused']} refused")
    if kept.exists():
        errors = run_vnu(kept)
        assert not errors, "\n".join(describe(message, kept) for message in errors)
