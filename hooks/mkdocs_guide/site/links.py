"""Links that outlive the pages: redirects and short links, and section permalinks.

- Redirects: former slugs are mkdocs-redirects' `redirect_maps` in mkdocs.yml; the short links
  (/1/ … /en/5/: one per chapter page, in every language) are added here when mkdocs.yml sets
  `guide: short_links: true`, so a new language gets its own without a line of config. That
  plugin reads the files before static-i18n moves French to the site root, so here each language
  build gets its own entries, resolved against the final files. Its pages are
  then rewritten: the page's language, an absolute canonical link, a visible link for browsers
  without meta refresh, and one constant inline script (allowed by hash in the CSP) that keeps the
  #section of the old address.
- Heading permalinks (¶) get a title in the page's language and an accessible name (the section).
"""

from __future__ import annotations

import html
import re
from pathlib import Path, PurePosixPath

from components import messages as say
from components.guide import GuideError, chapter_pattern
from components.quiz_html import fill
from components.site import plain_text
from components.typography import close_bidi
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_guide import settings as guide_settings
from mkdocs_redirects.plugin import get_html_path, get_relative_html_path

_strings: dict[str, dict[str, str]] = {}


def on_pre_build(config):
    _strings.clear()


def _text(config) -> dict[str, str]:
    """The `links:` interface strings of the language being built."""
    language = _language(config)
    if language not in _strings:
        _strings[language] = guide_settings.strings(config)["links"]
    return _strings[language]


# Constant, so that one CSP hash allows it on every redirect page (deploy/csp.py). It waits for
# "load": leaving earlier cancels the stub's own request, which browsers report as a failure.
REDIRECT_SCRIPT = (
    'addEventListener("load",function(){var a=document.getElementById("gd-target").href;'
    'location.replace(location.hash?a.split("#")[0]+location.hash:a)})'
)
REDIRECT_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<p>{moved} <a id="gd-target" href="{href}">{title}</a></p>
<script>{script}</script>
</body>
</html>
"""

_HEADERLINK = re.compile(
    r'(<h([1-6]) id="([^"]+)"[^>]*>)(.*?)<a class="headerlink" href="#\3" title="[^"]*">',
    re.S,
)
_TAG = re.compile(r"<[^>]+>")


def _language(config) -> str:
    return config.theme["language"]


def _redirects_plugin(config):
    return config.plugins.get("redirects")


def _check_redirect(old: str, new: str, default: str, languages: list[str]) -> str:
    """The language of a redirect_maps entry; old and new must be in the same language's space."""
    target_language = PurePosixPath(new).parts[0]
    first = PurePosixPath(old).parts[0]
    old_language = first if first in languages else default
    if first == default or old_language != target_language or len(new.split("/")) < 2:
        other = next((lang for lang in languages if lang != default), "en")
        message = say.REDIRECT_LANGUAGE.format(old=old, new=new, default=default, other=other)
        raise PluginError(f"mkdocs.yml: {message}")
    return target_language


@event_priority(-200)  # after static-i18n (-100) has put each file at its final URL
def on_files(files, config):
    plugin = _redirects_plugin(config)
    if plugin is not None:
        language, default, languages = guide_settings.languages(config)
        explicit = plugin.config["redirect_maps"]
        plugin.redirects = {
            old: new
            for old, new in explicit.items()
            if _check_redirect(old, new, default, languages) == language
        }
        plugin.doc_pages = {f.src_uri: f for f in files.documentation_pages()}
        if guide_settings.guide(config).get("short_links"):
            prefix = "" if language == default else f"{language}/"
            for number, source in _chapters(config, files, language):
                old = f"{prefix}{number}.md"
                if old in explicit:
                    message = say.SHORT_LINK_TAKEN.format(
                        old=old, target=explicit[old], source=source
                    )
                    raise PluginError(f"mkdocs.yml: {message}")
                plugin.redirects[old] = source
    return files


def _chapters(config, files, language: str) -> list[tuple[int, str]]:
    """(number, source) of the language's chapter pages (mkdocs.yml `guide: chapter`)."""
    try:
        pattern = chapter_pattern(guide_settings.guide(config))[1]
    except GuideError as error:
        raise PluginError(str(error)) from None
    found = []
    for file in files.documentation_pages():
        folder, _, name = file.src_uri.partition("/")
        if folder == language and (match := pattern.match(PurePosixPath(name).stem)):
            found.append((int(match.group(1)), file.src_uri))
    return sorted(found)


def on_page_content(html_content, page, config, files):
    """Permalinks in the page's language, named after their section for screen readers."""
    strings = _text(config)

    def label(match: re.Match) -> str:
        section = html.unescape(_TAG.sub("", match.group(4))).strip()
        name = fill(strings["permalink_label"], section=close_bidi(section))
        return (
            f'{match.group(1)}{match.group(4)}<a class="headerlink" href="#{match.group(3)}" '
            f'title="{html.escape(strings["permalink"])}" aria-label="{html.escape(name)}">'
        )

    return _HEADERLINK.sub(label, html_content)


def _rewrite_redirect(config, plugin, old: str, new: str) -> None:
    path, _, fragment = new.partition("#")
    target = plugin.doc_pages.get(path)
    if target is None or target.page is None:
        return  # mkdocs-redirects has already warned about it
    fragment = f"#{fragment}" if fragment else ""
    href = get_relative_html_path(old, target.url + fragment, config.use_directory_urls)
    canonical = (config.site_url or "/") + target.url + fragment
    page = REDIRECT_PAGE.format(
        lang=_language(config),
        title=html.escape(plain_text(target.page.title)),
        canonical=html.escape(canonical),
        href=html.escape(href),
        moved=html.escape(_text(config)["moved"]),
        script=REDIRECT_SCRIPT,
    )
    stub = Path(config.site_dir) / get_html_path(old, config.use_directory_urls)
    stub.write_text(page, encoding="utf-8")


def on_post_build(config):
    plugin = _redirects_plugin(config)
    if plugin is not None:
        for old, new in plugin.redirects.items():
            _rewrite_redirect(config, plugin, old, new)
