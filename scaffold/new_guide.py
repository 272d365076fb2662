"""Start a new guide: `make new-guide NAME=my-guide` (or `python scaffold/new_guide.py my-guide`).

Copies scaffold/template/ (a home page, one chapter with a checklist and a quiz, the results page
and the onboarding path, in French and English) to guides/<name>/ or --dir, fills in its titles,
author and publisher. Its mkdocs.yml (under 40 lines) names the generator once, as the `guide`
plugin (hooks/mkdocs_guide, installed by the Makefile), with its settings. The result builds with
`mkdocs build --strict`; the README's "Start a new guide" says what to edit next.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).resolve().parent / "template"
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _yaml_text(value: str) -> str:
    """A value safe inside the template's YAML lines (plain text, no markup of YAML's own)."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _markdown_text(value: str) -> str:
    """A value shown as written in Markdown: no HTML, no emphasis, no link."""
    return re.sub(r"([\\`*_{}\[\]<>#])", r"\\\1", html.escape(value, quote=False))


def _fill(text: str, fills: dict[str, str], escape) -> str:
    kept = {"name"}  # the checked name: used as it is
    return Template(text).substitute(
        {key: value if key in kept else escape(value) for key, value in fills.items()}
    )


def create(name: str, target: Path, values: dict[str, str]) -> Path:
    """Copy the template to `target` with its placeholders filled; `target` must not exist yet."""
    if not _NAME.match(name):
        raise ValueError(
            f'the name "{name}" is not usable in an address. Use lowercase letters, digits and '
            'hyphens, e.g. "email-marketing".'
        )
    if target.exists() and any(target.iterdir()):
        raise ValueError(f"{target} already exists and is not empty. Choose another --dir or NAME.")
    fills = {"name": name, **values}
    for source in sorted(TEMPLATE.rglob("*")):
        if source.is_dir():
            continue
        destination = target / source.relative_to(TEMPLATE)
        destination.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_text(encoding="utf-8")
        if source.suffix == ".yml":
            text = _fill(text, fills, _yaml_text)
        elif source.suffix == ".md":  # a YAML front matter, then Markdown
            _, front, body = text.split("---\n", 2)
            front, body = _fill(front, fills, _yaml_text), _fill(body, fills, _markdown_text)
            text = f"---\n{front}---\n{body}"
        destination.write_text(text, encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help='the guide\'s short name, in its address: "email-marketing"')
    parser.add_argument("--dir", type=Path, help="where to create it (default: guides/<name>)")
    parser.add_argument("--title-fr", default="Nouveau guide", help="its French title")
    parser.add_argument("--title-en", default="New guide", help="its English title")
    parser.add_argument("--author", default="L'auteur", help="who wrote it")
    parser.add_argument("--publisher", default="L'éditeur", help="who publishes it")
    args = parser.parse_args(argv)
    target = args.dir or ROOT / "guides" / args.name
    values = {
        "title_fr": args.title_fr,
        "title_en": args.title_en,
        "author": args.author,
        "publisher": args.publisher,
    }
    try:
        create(args.name, target, values)
    except ValueError as error:
        print(f"new-guide: {error}", file=sys.stderr)
        return 2
    shown = os.path.relpath(target)
    print(f"Created {shown}. Preview it: cd {shown} && mkdocs serve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
