"""Quizzes and checklists for a plain Python-Markdown call, without MkDocs.

    import markdown
    html = markdown.markdown(text, extensions=["components.extension"],
                             extension_configs={"components.extension": {"language": "fr"}})

The same scan, parse, validation and HTML as the MkDocs build (mkdocs_guide/blocks/hook.py), which
adds what needs the whole site: links to other pages and anchors checked, ids unique across
pages, the translation compared with French, the stored-results registry. Here a link to a page
(`chapter-2.md#id`) is written as it is, and any `javascript:`-like link is dropped (its text
kept). Problems raise `ComponentError`, whose `problems` are `(line, message)` pairs, the line
counted in the text given (pass `first_line` when the text starts after a front matter).
This is what a move to another Python-Markdown based builder (Zensical) keeps.
"""

from __future__ import annotations

from pathlib import Path

from markdown import Extension
from markdown.preprocessors import Preprocessor

from . import blocks, inline, quiz, strings
from .kinds import KINDS


class ComponentError(ValueError):
    """Author mistakes in the blocks of one text: `problems` is a list of (line, message)."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{line}: {message}" for line, message in problems))


def _resolve(url: str) -> str | None:
    return url if inline.is_safe_url(url) else None


class _Blocks(Preprocessor):
    def __init__(self, md, language: str, default: str, docs: str, first_line: int) -> None:
        super().__init__(md)
        self.strings = strings.load(language, default, Path(docs) if docs else None)
        self.first_line = first_line

    def run(self, lines: list[str]) -> list[str]:
        options = {name: kind.options for name, kind in KINDS.items()}
        found, problems = blocks.scan("\n".join(lines), options, self.first_line)
        errors = [(problem.line, problem.message) for problem in problems]
        for block in reversed(found):
            kind = KINDS[block.kind]
            model, problems = kind.parse(block)
            errors += [(problem.line, problem.message) for problem in problems]
            html = "" if problems else kind.render(model, self.strings[block.kind], _render_text)
            placeholder = self.md.htmlStash.store(html)
            lines[block.start : block.stop] = ["", placeholder, ""]
        if errors:
            raise ComponentError(sorted(set(errors)))
        return lines


def _render_text(piece: quiz.Text) -> str:
    return inline.render(piece.source, _resolve)


class ComponentsExtension(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {
            "language": [
                "fr",
                "The language of the interface strings (components/locales/).",
            ],
            "default_language": ["fr", "The language every strings file is checked against."],
            "docs": ["", "The guide's docs folder, for its own strings (<lang>/_strings.yml)."],
            "first_line": [1, "The file line of the text's first line."],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        config = self.getConfigs()
        processor = _Blocks(
            md,
            config["language"],
            config["default_language"],
            config["docs"],
            int(config["first_line"]),
        )
        # After whitespace normalisation (30), before raw HTML blocks are set aside (20).
        md.preprocessors.register(processor, "gd_components", 25)


def makeExtension(**kwargs) -> ComponentsExtension:  # noqa: N802 (Python-Markdown's entry point)
    return ComponentsExtension(**kwargs)
