"""The guide's settings (mkdocs.yml `plugins: - guide:`) checked before the build uses them.

- the plugin's load_config: names and kinds of the settings (components/settings.py): an unknown
  name, or a value that cannot work, stops the build with `mkdocs.yml:<line>: what is wrong. How
  to fix it.` (`lines`)
- on_config: settings left in `extra.guide` (where they were before the plugin) are named.
- on_files, before static-i18n keeps one language's files: the pages and sections the settings
  name exist in every language (the chapter pages, the author's page, the section that marks a
  chapter as read). Without this, each builds and ships a broken site (no chapters, JSON-LD
  pointing at a missing page, chapters that never count as read).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from components import messages as say
from components import settings as checks
from components.guide import chapter_pattern
from components.headings import explicit_ids
from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils.meta import get_data
from mkdocs_guide import settings as guide_settings


def _line(config_file: str | None, key: str | None) -> str:
    """'mkdocs.yml:57' for the line that sets the guide plugin's <key>, else 'mkdocs.yml'."""
    shown = Path(config_file).name if config_file else "mkdocs.yml"
    if not config_file or not Path(config_file).exists():
        return shown
    lines = Path(config_file).read_text(encoding="utf-8").split("\n")
    inside, found = False, None
    for number, text in enumerate(lines, 1):
        if re.match(r"^\s*(-\s+)?guide:\s*(#.*)?$", text):
            inside, found = True, found or number
        elif inside and key and re.match(rf"^\s+{re.escape(key)}\s*:", text):
            return f"{shown}:{number}"
    return f"{shown}:{found}" if found else shown


def lines(problems: list[checks.Problem], config_file: str | None) -> str:
    """One line per problem: `docs/<lang>/<page>.md: …` or `mkdocs.yml:<line>: …`."""
    found = [
        f"{problem.page}: {problem.message}"
        if problem.page
        else f"{_line(config_file, problem.key)}: {problem.message}"
        for problem in problems
    ]
    return "\n".join(dict.fromkeys(found))


def _raise(problems: list[checks.Problem], config) -> None:
    if problems:
        raise PluginError(lines(problems, config.config_file_path))


def on_config(config):
    if "guide" in config.extra:
        raise PluginError(say.SETTINGS_MOVED)
    return config


@event_priority(900)  # after the encoding check (1000), before static-i18n (-100) drops languages
def on_files(files, config):
    language, default, languages = guide_settings.languages(config)
    if language != default:
        return files  # every language's files were checked when the default language built
    folders = languages if len(languages) > 1 else []
    pages: dict[str, dict[str, str]] = {lang: {} for lang in languages}
    sources: dict[str, str] = {}
    for file in files:
        path = PurePosixPath(file.src_uri)
        if path.suffix != ".md" or path.name.startswith("_"):
            continue
        if folders:
            if path.parts[0] not in folders:
                continue
            lang, name = path.parts[0], PurePosixPath(*path.parts[1:]).with_suffix("")
        else:
            lang, name = language, path.with_suffix("")
        shown = author_path(file.abs_src_path, config.config_file_path)
        pages[lang][name.as_posix()] = shown
        sources[shown] = file.abs_src_path

    def section_ids(shown: str) -> set[str]:
        body, _ = get_data(Path(sources[shown]).read_text(encoding="utf-8"))
        return {ident for _, ident in explicit_ids(body)}

    settings = guide_settings.guide(config)
    pattern = chapter_pattern(guide_settings.guide(config))[1]
    _raise(checks.page_problems(settings, pages, pattern, section_ids), config)
    return files
