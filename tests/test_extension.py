"""Quizzes and checklists through a plain Python-Markdown call (components/extension.py), no MkDocs.

Run in a fresh interpreter, so that the test also proves nothing of MkDocs is imported.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import markdown
from components.extension import ComponentError
page = open(sys.argv[2], encoding="utf-8").read().split("---\n", 2)[2]
html = markdown.markdown(page, extensions=["components.extension", "attr_list", "admonition"],
                         extension_configs={"components.extension": {"language": "fr"}})
broken = page.replace("? single #", "? singel #", 1)
try:
    markdown.markdown(broken, extensions=["components.extension"])
    problems = None
except ComponentError as error:
    problems = error.problems
print(json.dumps({"html": html, "problems": problems,
                  "mkdocs": sorted(m for m in sys.modules if m.split(".")[0] == "mkdocs")}))
"""


def test_a_plain_python_markdown_call_renders_the_blocks_and_reports_problems():
    page = ROOT / "docs" / "fr" / "verite-1.md"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "hooks"), str(page)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["mkdocs"] == [], "the extension needs no MkDocs"
    html = result["html"]
    assert html.count('data-gd="quiz"') == 1 and html.count('data-gd="checklist"') == 1
    assert html.count('class="gd-quiz__question"') == 6
    assert "///" not in html and "? single" not in html
    assert 'href="verite-2.md#' in html or 'href="#' in html, "links are written as they are"
    source = page.read_text(encoding="utf-8")
    line = source.split("---\n", 2)[2][: source.split("---\n", 2)[2].index("? single #")]
    [[number, message]] = result["problems"]
    assert number == line.count("\n") + 1
    assert message.startswith('unknown question type "singel" (did you mean "single"?)')
