"""The pages' source files, checked before anything reads them: UTF-8, and in every language.

- Windows-1252 is what many French editors save by default; MkDocs would stop with a
  UnicodeDecodeError traceback (from static-i18n or from reading the page) that names neither.
- A page missing from a language (docs/en/chapitre-3.md not written yet) would only show as a nav
  warning, or as its quizzes' missing translations: it is named, with the file to write.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from components import messages as say
from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_guide import settings as guide_settings


def encoding_problem(path: Path, shown: str) -> str | None:
    """One line `docs/fr/x.md:12: ...` if the file is not UTF-8, else None."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = say.NOT_UTF8.format(byte=data[error.start], column=column)
        return f"{shown}:{line}: {message}"
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
    problems += translation_problems(files, config)
    if problems:
        raise PluginError("\n".join(sorted(problems)))
    return files


def translation_problems(files, config) -> list[str]:
    """A page of one language that another does not have (the same file name in docs/<lang>/)."""
    language, default, languages = guide_settings.languages(config)
    if len(languages) < 2 or language != default:
        return []
    pages: dict[str, set[str]] = {lang: set() for lang in languages}
    for file in files:
        path = PurePosixPath(file.src_uri)
        if path.suffix == ".md" and not path.name.startswith("_") and path.parts[0] in pages:
            pages[path.parts[0]].add(PurePosixPath(*path.parts[1:]).as_posix())
    docs = PurePosixPath(author_path(config.docs_dir, config.config_file_path))
    problems = []
    for other in languages:
        if other == default:
            continue
        for name in sorted(pages[default] - pages[other]):
            source, target = docs / default / name, docs / other / name
            message = say.PAGE_NOT_TRANSLATED.format(source=source, language=other, target=target)
            problems.append(f"{target}: {message}")
        for name in sorted(pages[other] - pages[default]):
            source, target = docs / other / name, docs / default / name
            problems.append(
                f"{source}: {say.PAGE_WITHOUT_SOURCE.format(language=default, target=target)}"
            )
    return problems
