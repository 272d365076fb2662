"""What quizzes cost: build time of a synthetic site with and without our hooks, and asset sizes.

    python bench/quiz_build.py [--pages 30] [--questions 10] [--runs 7]

Writes a synthetic Material site (no i18n) of PAGES pages with QUESTIONS questions each, mixing the
three types, with feedback on every answer and an explanation linking to a section, in three
variants:

- "with": the guide plugin (hooks/mkdocs_guide) registered, the quizzes rendered (the whole
  plugin: also its cards, sharing and typography, as a guide gets it);
- "without": the same Markdown, no plugin (Python-Markdown renders the blocks as plain text);
- "no quiz": the same pages with their quiz blocks removed, no plugin.

They are built in this one process, alternately, RUNS times each, and the medians compared
(MkDocs' import and startup are paid once, not per build). Times are the process's CPU time, so
that other programs on the two cores (tests running beside) change them little. Our hook replaces
each block by a placeholder before Python-Markdown runs and fills it in after the search plugin has
indexed the page, so "with" can be faster than "without"; "with" minus "no quiz" is what having
quizzes costs. The time spent in our own code (scan, parse, validate, render) is also
measured directly. Prints the gzip size of blocks/assets/components.js and .css (budgets: 4 KB
and 2 KB). Results also go to bench/out/quiz_build.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "hooks" / "mkdocs_guide" / "blocks" / "assets"
BUDGETS = {"components.js": 4096, "components.css": 2048}

CONFIG = """\
site_name: Quiz bench
site_url: https://example.org/
docs_dir: docs
theme:
  name: material
  language: fr
  font: false
plugins:
  - search
markdown_extensions:
  - attr_list
  - toc
  - admonition
  - pymdownx.details
  - pymdownx.tasklist
"""

QUESTION = """\
? {kind} #p{page}-q{number}
Question {number} de la page {page} : *quelle* réponse convient le mieux à la **situation** ?

{answers}

> Explication de la question {number}, avec un `terme` et un lien. [Revoir la section](#section)
"""


def answers(kind: str, number: int) -> str:
    if kind == "true-false":
        marks = [" ", "x"] if number % 2 else ["x", " "]
        texts = ["Vrai", "Faux"]
    else:
        marks = ["x", "x", " ", " "] if kind == "multiple" else [" ", "x", " ", " "]
        texts = [f"Réponse {letter}, plausible mais discutable" for letter in "ABCD"]
    return "\n".join(
        f"- [{mark}] {text}\n    > Retour sur la réponse : pourquoi elle convient, ou non."
        for mark, text in zip(marks, texts, strict=True)
    )


def page(number: int, questions: int) -> str:
    kinds = ("single", "multiple", "true-false")
    body = "\n".join(
        QUESTION.format(kind=kinds[q % 3], page=number, number=q, answers=answers(kinds[q % 3], q))
        for q in range(1, questions + 1)
    )
    prose = "Un paragraphe de texte ordinaire, comme sur une page du guide. " * 12
    return (
        f"# Page {number}\n\n{prose}\n\n## Section {{ #section }}\n\n{prose}\n\n"
        f"## Quiz {{ #quiz }}\n\n/// quiz | Quiz de la page {number}\n    id: page-{number}\n\n"
        f"{body}///\n"
    )


def write_site(folder: Path, pages: int, questions: int, hooks: bool, quizzes: bool) -> Path:
    (folder / "docs").mkdir(parents=True)
    config = CONFIG.replace("plugins:\n", "plugins:\n  - guide\n" if hooks else "plugins:\n")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    (folder / "docs" / "index.md").write_text("# Accueil\n\nBienvenue.\n", encoding="utf-8")
    for number in range(1, pages + 1):
        text = page(number, questions)
        if not quizzes:
            text = text[: text.index("/// quiz")]
        (folder / "docs" / f"page-{number}.md").write_text(text, encoding="utf-8")
    return folder / "mkdocs.yml"


def build_seconds(config_file: Path) -> float:
    """CPU seconds of one build in this process: other programs on the machine barely change it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(config_file.parent / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        start = time.process_time()
        build(config)
        return time.process_time() - start
    finally:
        config.plugins.on_shutdown()


def own_code_seconds(pages: int, questions: int) -> float:
    """Scan, parse, validate and render every page's quiz with our modules alone (no MkDocs)."""
    import sys

    sys.path.insert(0, str(ROOT / "hooks"))
    from components import blocks, inline, quiz, quiz_html, strings

    texts = [page(number, questions) for number in range(1, pages + 1)]
    t = strings.load("fr", "fr")["quiz"]
    start = time.process_time()
    for text in texts:
        found, problems = blocks.scan(text, {"quiz": quiz.OPTIONS})
        for block in found:
            model, problems = quiz.parse(block)
            assert not problems, problems
            quiz_html.render(model, t, lambda piece: inline.render(piece.source, lambda u: u))
    return time.process_time() - start


def gzip_sizes() -> dict[str, dict[str, int]]:
    sizes = {}
    for name, budget in BUDGETS.items():
        data = (ASSETS / name).read_bytes()
        sizes[name] = {
            "bytes": len(data),
            "gzip": len(gzip.compress(data, compresslevel=9)),
            "budget": budget,
        }
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    logging.getLogger("mkdocs").setLevel(logging.WARNING)

    # First, so that `components` is imported from this repository, not from a site's copy.
    own = statistics.median(
        own_code_seconds(options.pages, options.questions) for _ in range(options.runs)
    )
    times: dict[str, list[float]] = {"with": [], "without": [], "no quiz": []}
    with tempfile.TemporaryDirectory() as temporary:
        configs = {
            name: write_site(
                Path(temporary) / name.replace(" ", "-"),
                options.pages,
                options.questions,
                hooks=name == "with",
                quizzes=name != "no quiz",
            )
            for name in times
        }
        for config in configs.values():  # warm-up: imports, theme, caches
            build_seconds(config)
        for _ in range(options.runs):
            for name, config in configs.items():
                times[name].append(build_seconds(config))
        built = configs["with"].parent / "site" / "page-1" / "index.html"
        rendered = built.read_text(encoding="utf-8").count('class="gd-quiz__question"')

    median = {name: statistics.median(values) for name, values in times.items()}
    best = {name: min(values) for name, values in times.items()}  # least disturbed by other load
    result = {
        "pages": options.pages,
        "questions_per_page": options.questions,
        "runs": options.runs,
        "median_seconds": median,
        "min_seconds": best,
        "all_seconds": times,
        "with_minus_without_seconds": median["with"] - median["without"],
        "with_minus_no_quiz_seconds": median["with"] - median["no quiz"],
        "with_minus_without_min_seconds": best["with"] - best["without"],
        "with_minus_no_quiz_min_seconds": best["with"] - best["no quiz"],
        "own_code_seconds": own,
        "questions_rendered_on_page_1": rendered,
        "assets": gzip_sizes(),
    }
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    (out / "quiz_build.json").write_text(json.dumps(result, indent=2), encoding="utf-8")

    questions = options.pages * options.questions
    print(f"Synthetic site: {options.pages} pages x {options.questions} questions = {questions}")
    print(f"  {'CPU seconds, over ' + str(options.runs) + ' builds':34} median   min")
    for name, label in (
        ("with", "with our hook"),
        ("without", "same Markdown, without the hook"),
        ("no quiz", "same pages without their quizzes"),
    ):
        print(f"  {label:34} {median[name]:.3f}  {best[name]:.3f}")
    for name in ("without", "no quiz"):
        print(
            f"  {'with - ' + name:34} {median['with'] - median[name]:+.3f} "
            f"{best['with'] - best[name]:+.3f}"
        )
    print(f"  our own code (scan, parse, validate, render): {own:.3f} s")
    over = False
    for name, size in result["assets"].items():
        over |= size["gzip"] > size["budget"]
        print(f"  {name}: {size['bytes']} B, {size['gzip']} B gzip (budget {size['budget']} B)")
    return 1 if over or rendered != options.questions else 0


if __name__ == "__main__":
    raise SystemExit(main())
