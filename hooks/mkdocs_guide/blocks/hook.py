"""MkDocs glue for the guide's components (quizzes and checklists: components/kinds.py).

static-i18n builds the whole site once per language on the same config, the default language
first. Per language build:

- on_pre_build: state reset (the cross-language part only when the default language starts),
  strings loaded for `config.theme["language"]`.
- on_page_markdown: blocks found in the raw Markdown with their file lines, parsed, validated,
  rendered, and replaced by a placeholder paragraph (Python-Markdown never sees author text).
- on_page_content: a `///` line left in the HTML (a block that was not recognised) is an error;
  each placeholder paragraph becomes an empty `<div data-gd-placeholder>`.
- on_env: every page of the language is read by now: links in component text are checked, the
  translation is compared with the default language, and every problem is raised as one
  PluginError, one `docs/fr/page.md:42: what is wrong. How to fix it.` line each. Then the quiz
  lint (components/quiz_lint.py) logs a warning for each guessable quiz, fatal with --strict.
- on_page_context: the placeholders are filled with the component HTML, after Material's search
  plugin (registered before any hook) has indexed the page: quiz answers, right or wrong, are no
  search results, and the search plugin does not parse hundreds of form controls (that parse was
  most of the build time quizzes added). The JSON-LD is made from the registry.
  It declares components.css and .js (and formula.js, worksheet.js) for the pages that have
  blocks (mkdocs_guide/assets.py `declare`).
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path, PurePosixPath

from components import abbreviations, blocks, inline, quiz, quiz_lint, site
from components import messages as say
from components.kinds import KINDS
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data
from mkdocs_guide import assets
from mkdocs_guide import settings as guide_settings
from mkdocs_guide.glossary.hook import ABBREVIATIONS_FILE

PLACEHOLDER = "gd-component-placeholder-{}"
_PLACEHOLDER = re.compile(r"<p>gd-component-placeholder-(\d+)</p>")
_EMPTY = '<div data-gd-placeholder="{}"></div>'
_FILLED = re.compile(r'<div data-gd-placeholder="(\d+)"></div>')
_STRAY = re.compile(r"(?:^|>)[ \t]*(///[^<\n]*)", re.M)
_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)
_IDS = re.compile(r'\sid="([^"]+)"')

# Under MkDocs' own logger (so --strict counts them), without a plugin prefix: each line starts
# with the file, like the errors.
log = logging.getLogger("mkdocs.hooks.quiz_lint")
_site = site.Site()
_build: dict = {}


def registry() -> site.Site:
    """Every quiz and checklist read so far, for the features that run after this one (results)."""
    return _site


def on_pre_build(config):
    language, default, languages = guide_settings.languages(config)
    if language == default:
        _site.components.clear()
        _site.ids.clear()
    catalogue = guide_settings.strings(config)
    glossary = Path(config.docs_dir) / language / ABBREVIATIONS_FILE
    terms = abbreviations.parse(glossary.read_text(encoding="utf-8")) if glossary.exists() else {}
    _build.clear()
    _build.update(strings=catalogue, languages=languages, errors=[], html={}, anchors=[])
    _build.update(abbreviations=terms)


def _path(page, config) -> str:
    """The page's source as the author names it, e.g. docs/fr/chapter-1.md."""
    return site.author_path(page.file.abs_src_path, config.config_file_path)


def _first_line(page) -> int:
    """File line of the Markdown's first line: the front matter comes before it."""
    source = page.file.content_string
    body, _ = get_data(source)
    return source.count("\n") - body.count("\n") + 1


def _counterpart(path: str, language: str) -> str:
    """The file that holds a page in another language (docs/fr/x.md -> docs/en/x.md)."""
    parts = PurePosixPath(path).parts
    for index, part in enumerate(parts):
        if part in _build["languages"]:
            return PurePosixPath(*parts[:index], language, *parts[index + 1 :]).as_posix()
    return path


def _text_renderer(page, path: str, files) -> Callable[[quiz.Text], str]:
    """Render one piece of component text, checking and rewriting its links like MkDocs does."""
    errors, anchors = _build["errors"], _build["anchors"]

    def text(piece: quiz.Text) -> str:
        def resolve(url: str) -> str | None:
            if not inline.is_safe_url(url):
                errors.append(site.Error(path, piece.line, say.UNSAFE_LINK.format(url=url)))
                return None
            if re.match(r"^(https?|mailto):", url, re.I):
                return url
            target, _, anchor = url.partition("#")
            if not target:
                anchors.append((path, piece.line, page, anchor, "this page"))
                return url
            found = None
            if target.endswith(".md"):
                src = posixpath.normpath(
                    posixpath.join(posixpath.dirname(page.file.src_uri), target)
                )
                found = files.get_file_from_path(src)
            if found is None or found.page is None:
                errors.append(site.Error(path, piece.line, say.NO_SUCH_PAGE.format(url=url)))
                return None
            if anchor:
                anchors.append((path, piece.line, found.page, anchor, target))
            return get_relative_url(found.url, page.file.url) + (f"#{anchor}" if anchor else "")

        return inline.render(piece.source, resolve)

    return text


def on_page_markdown(markdown, page, config, files):
    if "///" not in markdown:
        return markdown
    language, default, languages = guide_settings.languages(config)
    path = _path(page, config)
    found, problems = blocks.scan(
        markdown, {name: kind.options for name, kind in KINDS.items()}, _first_line(page)
    )
    errors = _build["errors"]
    errors.extend(site.Error(path, problem.line, problem.message) for problem in problems)
    # A page built from another language's file (a missing translation) has no version of its own.
    parts = PurePosixPath(page.file.src_path).parts
    source_language = parts[0] if len(parts) > 1 and parts[0] in languages else default
    lines = markdown.split("\n")
    rendered = _build["html"].setdefault(page.file.src_uri, [])
    for block in reversed(found):
        kind = KINDS[block.kind]
        model, problems = kind.parse(block)
        errors.extend(site.Error(path, problem.line, problem.message) for problem in problems)
        if source_language == language:
            errors.extend(_site.add(language, block.kind, path, model, kind.ids(model)))
        # A block with problems is never rendered (its model may hold what the markup cannot show,
        # such as an unknown question type): its links are still checked, and the build stops in
        # on_env with every message.
        text = _text_renderer(page, path, files)
        if problems:
            html = ""
            for piece in kind.texts(model):
                text(piece)
        else:
            html = kind.render(model, _build["strings"][block.kind], text)
            html = abbreviations.apply(html, _build["abbreviations"])
        lines[block.start : block.stop] = ["", PLACEHOLDER.format(len(rendered)), ""]
        rendered.append(html)
    return "\n".join(lines)


def _stray(page, path: str, text: str) -> site.Error | None:
    """A `///` line that reached the HTML: a block that was not recognised, or a stray closer."""
    lines = [line.strip() for line in page.file.content_string.split("\n")]
    exact = [number for number, line in enumerate(lines, 1) if line == text]
    near = [number for number, line in enumerate(lines, 1) if line.startswith(text)]
    line = (exact or near or [1])[0]
    text = lines[line - 1] if exact or near else text
    name = re.match(r"///\s*([\w-]*)", text).group(1)
    if not name:
        message = say.LONE_CLOSER
    elif name in KINDS:
        if any(error.path == path and error.line == line for error in _build["errors"]):
            return None  # the scan has already said what is wrong with it (an unclosed block)
        message = say.UNREAD_BLOCK.format(text=text)
    else:
        known = ", ".join(KINDS)
        hint = say.did_you_mean(name, KINDS)
        message = say.UNKNOWN_BLOCK.format(text=text, name=name, hint=hint, known=known)
    return site.Error(path, line, message)


def on_page_content(html, page, config, files):
    if "///" in html:
        path = _path(page, config)
        for match in _STRAY.finditer(_CODE.sub("", html)):
            if error := _stray(page, path, unescape(match.group(1)).strip()):
                _build["errors"].append(error)
    rendered = _build["html"].get(page.file.src_uri)
    if not rendered:
        return html
    html, count = _PLACEHOLDER.subn(lambda match: _EMPTY.format(match.group(1)), html)
    if count != len(rendered):
        _build["errors"].append(site.Error(_path(page, config), 1, say.SWALLOWED))
    return html


def _anchor_errors() -> list[site.Error]:
    ids: dict[int, set[str]] = {}
    errors = []
    for path, line, target, anchor, where in _build["anchors"]:
        if id(target) not in ids:
            html = (target.content or "") + "".join(_build["html"].get(target.file.src_uri, []))
            ids[id(target)] = set(_IDS.findall(html))
        if anchor not in ids[id(target)]:
            message = say.NO_SUCH_ANCHOR.format(anchor=anchor, where=where)
            errors.append(site.Error(path, line, message))
    return errors


def on_env(env, config, files):
    language, default, _ = guide_settings.languages(config)
    errors = _build["errors"] + _anchor_errors()
    if language != default:
        comparers = {name: kind.compare for name, kind in KINDS.items()}
        errors += _site.compare(default, language, _counterpart, comparers)
    if errors:
        unique = sorted(set(errors), key=lambda error: (error.path, error.line, error.message))
        raise PluginError("\n".join(str(error) for error in unique))
    _lint(language)
    return env


def _lint(language: str) -> None:
    """Quiz lint (components/quiz_lint.py): warnings, so that --strict fails on a guessable quiz."""
    entries = _site.entries(language, "quiz").values()
    quizzes = sorted(((entry.path, entry.model) for entry in entries), key=lambda pair: pair[0])
    for path, model in quizzes:
        for problem in quiz_lint.quiz_problems(model):
            log.warning(str(site.Error(path, problem.line, problem.message)))
    if found := quiz_lint.guide_problem(quizzes):
        path, problem = found
        log.warning(str(site.Error(path, problem.line, problem.message)))


def on_page_context(context, page, config, nav):
    rendered = _build["html"].get(page.file.src_uri)
    if rendered:
        page.content = _FILLED.sub(lambda match: rendered[int(match.group(1))], page.content)
    if rendered or page.meta.get("components"):
        # The notice of saved results that could not be read (components.js, worksheet.js).
        damaged = ("damaged", "damaged_quiz", "damaged_checklist", "damaged_worksheet")
        results = _build["strings"]["results"]
        notice = {key: results[key] for key in damaged}
        assets.declare(
            context,
            styles=["assets/components.css"],
            scripts=["assets/components.js"],
            data={
                "gd-read": guide_settings.guide(config).get("read_section", ""),
                "gd-damaged": json.dumps(notice, ensure_ascii=False),
            },
        )
    if any('data-gd="worksheet"' in html for html in rendered or []):
        # How the page's language writes numbers, for formula.js.
        numbers = json.dumps(_build["strings"]["numbers"], ensure_ascii=False)
        assets.declare(
            context,
            scripts=["assets/formula.js", "assets/worksheet.js"],
            data={"gd-numbers": numbers},
        )
    return context
