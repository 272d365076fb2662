"""How a page looks when shared: Open Graph and Twitter tags, its social card, its JSON-LD.

The data is computed here and rendered by templates/main.html's `extrahead` block:
- `gd_meta`: (attribute, name, content) triples for <meta> tags;
- `gd_jsonld`: the page's schema.org JSON-LD (chapter pages only, with its quizzes as the blocks
  feature parsed them: see structured_data.py), already safe inside <script>.
Cards are drawn by social/cards.py into the site at assets/cards/<lang>/<page>.png, through a
cache in .cache/cards/ next to mkdocs.yml.
"""

from __future__ import annotations

import time
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from components import typography
from components.guide import GuideError, chapter_pattern
from components.quiz_html import fill
from components.site import author_path, plain_text
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs_guide import settings as guide_settings
from mkdocs_guide.blocks import hook as blocks
from mkdocs_guide.social.cards import HEIGHT, WIDTH, Card, Colours, alt_text, cached_png
from mkdocs_guide.social.structured_data import CONTEXT, quiz, script_json

log = get_plugin_logger(__name__)

CARDS = "assets/cards"
# og:description, in characters: X (Twitter) reads it for its cards and stops at 200; Facebook and
# LinkedIn show less. The meta description and the JSON-LD keep the whole text.
OG_DESCRIPTION = 200

_state: dict = {}


def _language(config) -> str:
    return config.theme["language"]


def on_pre_build(config):
    _state.update(drawn=0, reused=0, seconds=0.0, files=None)
    languages = guide_settings.languages(config)[2]
    _state["strings"] = {
        lang: guide_settings.strings(config, lang)["sharing"] for lang in languages
    }
    try:
        _state["pattern"] = chapter_pattern(guide_settings.guide(config))[1]
    except GuideError as error:
        raise PluginError(str(error)) from None
    guide = guide_settings.guide(config)
    _state["author"], _state["publisher"] = guide.get("author", ""), guide.get("publisher", "")
    card = guide_settings.brand(config).card
    _state["colours"] = Colours(**{name: card[name] for name in card})


@event_priority(-200)  # after static-i18n (-100): files carry their final URLs
def on_files(files, config):
    _state["files"] = files
    return files


def _absolute(config, url: str) -> str:
    return urljoin(config.site_url or "/", url)


def _is_home(page) -> bool:
    """The home page of its language (fr/index.md, en/index.md): page.is_homepage is French only."""
    return len(PurePosixPath(page.file.src_uri).parts) <= 2 and page.file.name == "index"


def _page_url(config, language: str, name: str) -> str | None:
    file = _state["files"].get_file_from_path(f"{language}/{name}.md") if _state["files"] else None
    return _absolute(config, file.url) if file else None


def _card(config, page, number: str | None) -> Card:
    """The page's card, its text set with the language's typography (« n° 1 » stays together)."""
    card = _card_text(config, page, number)
    language = _language(config)
    return Card(
        **{
            field: typography.text(value, language) if isinstance(value, str) else value
            for field, value in vars(card).items()
        }
    )


def _card_text(config, page, number: str | None) -> Card:
    texts = _state["strings"][_language(config)]
    footer = texts["card_footer"]
    common = {"footer": footer, "colours": _state["colours"]}
    if _is_home(page):
        return Card(guide=_state["publisher"], title=plain_text(config.site_name), **common)
    title = plain_text(page.title)
    if number and ":" in title and number in title.split(":", 1)[0]:
        title = title.split(":", 1)[1].strip()  # "Chapter 1: first…": the label says it
        title = title[:1].upper() + title[1:]
    label = fill(texts["chapter_label"], number=number) if number else ""
    guide = plain_text(config.site_name)
    return Card(guide=guide, title=title, label=label, numeral=number or "", **common)


def _write_card(config, card: Card, path: str) -> None:
    start = time.perf_counter()
    png, drawn = cached_png(card, Path(config.config_file_path).parent / ".cache" / "cards")
    _state["seconds"] += time.perf_counter() - start
    _state["drawn" if drawn else "reused"] += 1
    target = Path(config.site_dir) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)


def _meta(config, page, description: str, image: str, alt: str) -> list[tuple[str, str, str]]:
    language = _language(config)
    locales = {lang: texts["og_locale"] for lang, texts in _state["strings"].items()}
    tags = [
        ("og:type", "website" if _is_home(page) else "article"),
        ("og:site_name", plain_text(config.site_name)),
        ("og:title", plain_text(config.site_name if _is_home(page) else page.title)),
        ("og:description", typography.shorten(description, OG_DESCRIPTION)),
        ("og:url", page.canonical_url),
        ("og:locale", locales[language]),
        *(("og:locale:alternate", locale) for lang, locale in locales.items() if lang != language),
        ("og:image", image),
        ("og:image:type", "image/png"),
        ("og:image:width", str(WIDTH)),
        ("og:image:height", str(HEIGHT)),
        ("og:image:alt", alt),
    ]
    return [("property", name, content) for name, content in tags] + [
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:image:alt", alt),
    ]


def _author(config, language: str) -> dict:
    """guide: author, a Person unless `author_type: Organization`, with its page if it has one
    (`author_page: auteur`, a page name in every language)."""
    guide = guide_settings.guide(config)
    kind = "Organization" if guide.get("author_type") == "Organization" else "Person"
    page = guide.get("author_page")
    url = _page_url(config, language, str(page)) if page else None
    author = {"@type": kind, "name": _state["author"], "url": url}
    return {key: value for key, value in author.items() if value is not None}


def _quizzes(config, page) -> list:
    """The page's quizzes (components/quiz.py models), in the page's order, from the registry the
    blocks feature fills as it reads each page's Markdown (complete for the page by now)."""
    path = author_path(page.file.abs_src_path, config.config_file_path)
    entries = blocks.registry().entries(_language(config), "quiz").values()
    return sorted((entry.model for entry in entries if entry.path == path), key=lambda q: q.line)


def _learning_resource(config, page, number: str, description: str, image: str) -> dict:
    language = _language(config)
    home = _page_url(config, language, "index")
    data = {
        "@context": CONTEXT,
        "@type": "LearningResource",
        "name": plain_text(page.title),
        "description": description,
        "url": page.canonical_url,
        "inLanguage": language,
        "image": image,
        "position": int(number),
        "learningResourceType": "lesson",
        "author": _author(config, language),
        "publisher": {"@type": "Organization", "name": _state["publisher"]},
        "isPartOf": {
            "@type": "LearningResource",
            "name": plain_text(config.site_name),
            "url": home,
            "inLanguage": language,
        },
    }
    # static-i18n knows each page's versions in the other languages: the default one is the
    # original, the others its translations.
    default = guide_settings.languages(config)[1]
    versions = [
        {"@type": "LearningResource", "url": _absolute(config, file.url), "inLanguage": other}
        for other, file in getattr(page.file, "alternates", {}).items()
        if other != language and default in (language, other)
    ]
    if versions:
        relation = "workTranslation" if language == default else "translationOfWork"
        data[relation] = versions[0] if len(versions) == 1 else versions
    quizzes = [quiz(model, page.canonical_url, language) for model in _quizzes(config, page)]
    if quizzes:
        data["hasPart"] = quizzes[0] if len(quizzes) == 1 else quizzes
    return {key: value for key, value in data.items() if value is not None}


def on_page_context(context, page, config, nav):
    language = _language(config)
    name = PurePosixPath(page.file.src_uri).stem
    match = _state["pattern"].match(name)
    number = match.group(1) if match else None
    description = plain_text(page.meta.get("description") or config.site_description or "")

    card = _card(config, page, number)
    path = f"{CARDS}/{language}/{name}.png"
    _write_card(config, card, path)
    image = _absolute(config, path)
    alt = alt_text(card)

    context["gd_meta"] = _meta(config, page, description, image, alt)
    context["gd_jsonld"] = (
        script_json(_learning_resource(config, page, number, description, image))
        if number
        else None
    )
    return context


def on_post_build(config):
    log.info(
        "social cards (%s): %d drawn, %d from cache, %.2f s",
        _language(config),
        _state["drawn"],
        _state["reused"],
        _state["seconds"],
    )
