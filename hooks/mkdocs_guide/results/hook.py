"""MkDocs glue for the results pages: « Mon bilan », the onboarding path, the home page's cards.

A page opts in with marker elements in its Markdown (see hooks/components/results_html.py), e.g.
`<div data-gd-results="summary"></div>` on a line of its own. Per language build:

- on_pre_build: state reset, strings loaded for `config.theme["language"]`, and the guide's id
  in its results files, the same in every language (guide.guide_id: `guide: id`, or the
  default language's site_name as a slug).
- on_nav: the language's chapter pages, so that on_env can check the chapters markers name.
- on_page_content: markers found and checked (known name, a chapter where one is needed); problems
  are collected with their file line and raised together from on_env as one PluginError, with
  the markers that name a chapter this language does not have, and the chapters' quiz,
  question, checklist, item, worksheet and field ids that a results file would hold and that the
  browser refuses there (guide.RESERVED_IDS: __proto__, constructor, prototype).
- on_page_context: every page's Markdown has been read by now, so the registry of quizzes and
  checklists that the blocks feature (blocks/hook.py) keeps is complete. The guide's structure
  for this language is assembled (components/guide.py), with URLs relative to the page (sub-paths
  and the file:// bundle keep working), the markers are replaced by their markup, and the
  structure is embedded once as `<script type="application/json" id="gd-results-data">`: data,
  never run, so the Content-Security-Policy needs no new hash. It declares results.css and
  progress.js, with results.js (any marker but the team view) and team.js, team.css (the team
  view) in the same file (mkdocs_guide/assets.py `declare`).
"""

from __future__ import annotations

import json
import posixpath
import re

from components import guide, inline, results_html, site, typography
from components import messages as say
from components.quiz_html import fill
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from mkdocs_guide import assets
from mkdocs_guide import settings as guide_settings
from mkdocs_guide.blocks import hook as blocks

SECTIONS = ("results", "onboarding", "certificate", "team")
# A marker element, with the paragraph Python-Markdown wraps an inline one in (then replaced too).
_MARKER = re.compile(
    r'(<p>\s*)?<(div|span) data-gd-results="([^"]*)"(?: data-gd-chapter="([^"]*)")?>\s*</\2>'
    r"(?(1)\s*</p>)"
)
_ANY = re.compile(r"data-gd-results=")
_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)  # examples of markers are not markers
_EXTERNAL = re.compile(r"^(https?|mailto):", re.I)

_state: dict = {}


def _language(config) -> str:
    return config.theme["language"]


def on_pre_build(config):
    catalogue = guide_settings.strings(config)
    try:
        template, pattern = guide.chapter_pattern(guide_settings.guide(config))
        ident = guide.guide_id(guide_settings.guide(config), _default_title(config))
    except guide.GuideError as error:
        raise PluginError(str(error)) from None
    _state.clear()
    _state.update(strings={key: catalogue[key] for key in SECTIONS}, markers={}, errors=[])
    _state.update(numbers=catalogue["numbers"])
    _state.update(guide_id=ident)
    _state.update(pattern=pattern, example=template.format(number=1))


def _default_title(config) -> str:
    """The default language's site_name: static-i18n sets config.site_name to the language being
    built's, and keeps the one of mkdocs.yml (the default's, unless it has its own) aside."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return site.plain_text(config.site_name)
    own = i18n.get_language_config(i18n.default_language).site_name
    kept = getattr(i18n, "original_configs", {}).get("site_name", config.site_name)
    return site.plain_text(own or kept)


def _path(page, config) -> str:
    """The page's source as the author names it, e.g. docs/fr/chapter-1.md."""
    return site.author_path(page.file.abs_src_path, config.config_file_path)


def _line(page, text: str) -> int:
    """File line of a marker (the first line that holds its attribute)."""
    for number, line in enumerate(page.file.content_string.split("\n"), 1):
        if text in line:
            return number
    return 1


def on_page_content(html, page, config, files):
    if not _ANY.search(html):
        return html
    written = _ANY.findall(_CODE.sub("", html))
    matches = list(_MARKER.finditer(html))
    found = [(m.group(3), m.group(4)) for m in matches]
    path, errors, example = _path(page, config), _state["errors"], _state["example"]
    inline_span = any(m.group(2) == "span" and not m.group(1) for m in matches)
    if inline_span or len(found) != len(written):
        errors.append(
            site.Error(
                path,
                _line(page, "data-gd-results="),
                say.RESULTS_MARKER_FORM.format(example=example),
            )
        )
    for name, chapter in found:
        line = _line(page, f'data-gd-results="{name}"')
        if name not in results_html.MARKERS:
            known = ", ".join(results_html.MARKERS)
            hint = say.did_you_mean(name, results_html.MARKERS)
            message = say.UNKNOWN_RESULTS_MARKER.format(name=name, hint=hint, known=known)
            errors.append(site.Error(path, line, message))
        elif (name in results_html.NEEDS_CHAPTER) != bool(chapter):
            message = (
                say.MARKER_NEEDS_CHAPTER.format(name=name, example=example)
                if name in results_html.NEEDS_CHAPTER
                else say.MARKER_TAKES_NO_CHAPTER.format(name=name)
            )
            errors.append(site.Error(path, line, message))
    _state["markers"][page.file.src_uri] = (path, found, page)
    return html


def _chapter_pages(nav) -> list:
    return [page for page in nav.pages if _state["pattern"].match(page.file.name)]


def on_nav(nav, config, files):
    _state["chapters"] = {page.file.name: page for page in _chapter_pages(nav)}
    return nav


def _chapter_errors() -> list[site.Error]:
    """Markers naming a chapter this language does not have (checked once every page is read)."""
    chapters = _state.get("chapters", {})
    known = ", ".join(sorted(chapters)) or "none"
    errors = []
    for path, found, page in _state["markers"].values():
        for _name, chapter in found:
            if chapter and chapter not in chapters:
                line = _line(page, f'data-gd-chapter="{chapter}"')
                message = say.NO_SUCH_CHAPTER.format(chapter=chapter, known=known)
                errors.append(site.Error(path, line, message))
    return errors


def _reserved_errors(config) -> list[site.Error]:
    """Ids that go into a results file and that browsers refuse there (guide.RESERVED_IDS)."""
    if not any(found for _, found, _ in _state["markers"].values()):
        return []  # no results page: no results file
    registry, language = _registry(config), _language(config)
    kinds = [registry.entries(language, kind) for kind in ("quiz", "checklist", "worksheet")]
    errors = []
    for name, page in _state.get("chapters", {}).items():
        models = [entry.model if (entry := entries.get(name)) else None for entries in kinds]
        for line, ident in guide.reserved_ids(*models):
            message = say.RESERVED_ID.format(id=ident)
            errors.append(site.Error(_path(page, config), line, message))
    return errors


def on_env(env, config, files):
    _state["files"] = files
    errors = _state["errors"] + _chapter_errors() + _reserved_errors(config)
    if errors:
        unique = sorted(set(errors), key=lambda error: (error.path, error.line, error.message))
        raise PluginError("\n".join(str(error) for error in unique))
    return env


def _registry(config) -> site.Site:
    """The quizzes and checklists recorded by the blocks feature (its `Site`)."""
    return blocks.registry()


def _renderer(chapter_file, page) -> guide.Render:
    """Band text with its links rewritten from the chapter page's point of view to `page`'s.

    blocks/hook.py has already checked every link; one it refused is left as text.
    """
    files = _state["files"]

    def resolve(url: str) -> str | None:
        if not inline.is_safe_url(url):
            return None
        if _EXTERNAL.match(url):
            return url
        target, _, anchor = url.partition("#")
        found = chapter_file
        if target:
            src = posixpath.normpath(
                posixpath.join(posixpath.dirname(chapter_file.src_uri), target)
            )
            found = files.get_file_from_path(src) if target.endswith(".md") else None
            if found is None:
                return None
        return get_relative_url(found.url, page.file.url) + (f"#{anchor}" if anchor else "")

    return lambda text: inline.render(text.source, resolve)


def _data(page, config, nav) -> dict:
    language, registry = _language(config), _registry(config)
    quizzes = registry.entries(language, "quiz")
    checklists = registry.entries(language, "checklist")
    worksheets = registry.entries(language, "worksheet")
    label = _state["strings"]["results"]["chapter_label"]
    chapters = []
    for chapter in _chapter_pages(nav):
        number = int(_state["pattern"].match(chapter.file.name).group(1))
        ident = chapter.file.name
        found = guide.ChapterPage(
            id=ident,
            number=number,
            title=site.plain_text(chapter.title),
            url=get_relative_url(chapter.file.url, page.file.url),
            markdown=chapter.file.content_string,
        )
        quiz, checklist = quizzes.get(ident), checklists.get(ident)
        worksheet = worksheets.get(ident)
        chapters.append(
            guide.chapter_data(
                found,
                fill(label, number=number),
                quiz.model if quiz else None,
                checklist.model if checklist else None,
                _renderer(chapter.file, page),
                worksheet.model if worksheet else None,
            )
        )
    data = guide.guide_data(
        site.plain_text(config.site_name),
        language,
        chapters,
        _state["strings"],
        _state["guide_id"],
    )
    return typography.deep(data, language)


def _script_json(data: dict) -> str:
    """JSON inside <script>: no <, > or & left as such, so no text can end the element early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def on_page_context(context, page, config, nav):
    markers = _state["markers"].get(page.file.src_uri)
    if not (markers and markers[1]):
        return context
    names = {name for name, _ in markers[1]}
    scripts = ["assets/progress.js"]
    if names & {"worksheets", "team"}:  # worksheet figures shown
        scripts.insert(0, "assets/formula.js")
    if names - {"team"}:  # results.js: anything but the team view
        scripts.append("assets/results.js")
    styles = ["assets/results.css"]
    if "team" in names:
        scripts.append("assets/team.js")
        styles.append("assets/team.css")
    numbers = json.dumps(_state["numbers"], ensure_ascii=False)
    assets.declare(context, styles=styles, scripts=scripts, data={"gd-numbers": numbers})
    data = _data(page, config, nav)

    def replace(match: re.Match) -> str:
        # Every chapter named by a marker exists: on_env has checked them.
        name, chapter = match.group(3), match.group(4)
        return results_html.render(name, data, _state["strings"], chapter)

    page.content = _MARKER.sub(replace, page.content) + (
        f'<script type="application/json" id="gd-results-data">{_script_json(data)}</script>'
    )
    return context
