"""Fail the build on a page that is not UTF-8, naming its file and line, before anything reads it.

Windows-1252 is what many French editors save by default; MkDocs would stop with a
UnicodeDecodeError traceback (from static-i18n or from reading the page) that names neither.
"""

from __future__ import annotations

from pathlib import Path

from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


def encoding_problem(path: Path, shown: str) -> str | None:
    """One line `docs/fr/x.md:12: ...` if the file is not UTF-8, else None."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        return (
            f"{shown}:{line}: the file is not UTF-8 (byte 0x{byte:02x} at column {column}, "
            "Windows-1252 or Latin-1 perhaps). Save it as UTF-8 (in your editor: "
            '"Save with encoding" or "Encoding" › UTF-8).'
        )
    return None


@event_priority(1000)  # before any plugin or hook reads a page
def on_files(files, config):
    problems = []
    for file in files:  # pages, and the excluded _*.md files that hooks read (abbreviations)
        if not file.src_uri.endswith(".md"):
            continue
        source = Path(file.abs_src_path)
        shown = author_path(file.abs_src_path, config.config_file_path)
        if problem := encoding_problem(source, shown):
            problems.append(problem)
    if problems:
        raise PluginError("\n".join(sorted(problems)))
    return files
