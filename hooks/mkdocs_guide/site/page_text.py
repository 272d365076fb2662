"""The texts an author gives a page or the site, made safe for Material's templates.

The page title, its meta description and the site's name, description and author reach
Material's templates in the head (`<title>`, `<meta content="…">`) and the body (header,
navigation, footer), most of them printed without escaping. MkDocs also gives them mixed forms:
a title taken from the page's `# heading` is HTML (entities kept), one from the front matter or
the nav is raw text. Here each becomes one thing: the author's plain text, set with the
language's typography, as a `markupsafe.Markup` holding its escaped HTML. A template printing it
then shows the text, and one that escapes it (`| e`) does not escape it twice. Hooks that need
plain text (JSON-LD, social cards, the results data) take `components.site.plain_text(value)`.

- on_pre_build (after static-i18n has set this language's site name and description): the site.
  on_config, first of all, puts the author's strings back when static-i18n starts the next
  language's build: it overrides only options whose value is exactly a `str`.
- on_page_content (after Python-Markdown has set the title from the page's heading): the page.
"""

from __future__ import annotations

from html import unescape

from components import typography
from markupsafe import Markup, escape
from mkdocs.plugins import event_priority


def _language(config) -> str:
    return config.theme["language"]


def safe_text(text: str, language: str, *, is_html: bool = False) -> Markup:
    """Author text as escaped HTML with its typography; `is_html` when entities are already in."""
    if isinstance(text, Markup):
        return text
    plain = unescape(text) if is_html else text
    return escape(typography.text(plain, language))


SITE_TEXTS = ("site_name", "site_description", "site_author")
_original: dict[str, str] = {}


@event_priority(-1000)
def on_pre_build(config):
    language = _language(config)
    _original.clear()
    for key in SITE_TEXTS:
        if config[key]:
            _original[key] = config[key]
            config[key] = safe_text(config[key], language)


@event_priority(1000)  # before static-i18n (-100) configures this language's build
def on_config(config):
    for key, value in _original.items():
        config[key] = value
    _original.clear()
    return config


@event_priority(-1000)
def on_page_content(html, page, config, files):
    language = _language(config)
    meta = page.meta
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = safe_text(meta[key], language)
    if page.title:
        # A title from the nav (set on the page) or the front matter is text; one from the
        # page's first heading is HTML.
        from_heading = "title" not in vars(page) and "title" not in meta
        page.title = safe_text(page.title, language, is_html=from_heading)
    return html
