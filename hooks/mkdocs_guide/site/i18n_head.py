"""Language glue that Material and static-i18n leave out.

- Absolute hreflang links plus an x-default, and a language switcher that leads to the same page
  (static-i18n points the switcher of some pages at the other language's home).
- Material's script fetches `sitemap.xml` next to every `<link rel="alternate">` URL (it expects
  language roots there, we give each page's own URL) to rewrite switcher links without a target.
  Ours carry `target="_self"`, which Material leaves alone, so search/assets/requests.js never
  sends those requests: no page folder needs a sitemap.
- A 404.html and a sitemap.xml for every language: static-i18n builds every language into the
  same site_dir, so the English build overwrites the French /404.html, and writes no
  /en/sitemap.xml, which Material's language selector fetches.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.commands.build import _build_template
from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_relative_url, write_file
from mkdocs_guide import settings as guide_settings

log = get_plugin_logger(__name__)

NOT_FOUND = "404.html"

_state: dict = {}


def _language(config) -> str:
    return config.theme["language"]


def _default(config) -> str:
    return guide_settings.languages(config)[1]


def _absolute(config, link: str) -> str:
    base = config.site_url or "/"
    return base.rstrip("/") + "/" + link.lstrip("./")


def on_pre_build(config):
    # Only the default language writes /404.html; the others get /<lang>/404.html in on_post_build.
    if _language(config) == _default(config):
        config.theme.static_templates.add(NOT_FOUND)
    else:
        config.theme.static_templates.discard(NOT_FOUND)


def _alternates(config) -> list[dict]:
    # static-i18n sets `config.extra.alternate` as an attribute, which Jinja reads before the item.
    return getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []


def on_template_context(context, template_name, config):
    """The 404 pages answer at any URL: their switcher links to each language's home, absolute."""
    if template_name == NOT_FOUND:
        context["gd_switcher"] = [
            {
                **alt,
                "href": _absolute(
                    config, "" if alt["lang"] == _default(config) else f"{alt['lang']}/"
                ),
            }
            for alt in _alternates(config)
        ]
    return context


def on_env(env, config, files):
    _state.update(env=env, files=files)
    return env


def on_nav(nav, config, files):
    _state["nav"] = nav
    return nav


def on_page_context(context, page, config, nav):
    """Point the switcher and the hreflang links at this very page in every language."""
    alternates = getattr(page.file, "alternates", {})
    for alt in _alternates(config):
        if alt["lang"] in alternates:
            # Relative to the site root, so that `| url` keeps it working under a sub-path.
            alt["link"] = alternates[alt["lang"]].url
    links = [
        {"lang": alt["lang"], "href": _absolute(config, alt["link"])}
        for alt in _alternates(config)
        if alt["lang"] in alternates
    ]
    context["gd_alternates"] = links
    # Pre-computed relative hrefs for site/partials/alternate.html: Jinja's `url` filter turns
    # the home page's relative links into root-absolute ones, which break under a sub-path.
    context["gd_switcher"] = [
        {
            **alt,
            "href": get_relative_url(alternates[alt["lang"]].url or ".", page.url or "."),
        }
        for alt in _alternates(config)
        if alt["lang"] in alternates
    ]
    context["gd_x_default"] = next(
        (a["href"] for a in links if a["lang"] == _default(config)), None
    )
    return context


def on_post_build(config):
    site = Path(config.site_dir)
    language = _language(config)
    if language == _default(config):
        return
    template = _state["env"].get_template(NOT_FOUND)
    html = _build_template(NOT_FOUND, template, _state["files"], config, _state["nav"])
    write_file(html.encode("utf-8"), str(site / language / NOT_FOUND))
    config.theme.static_templates.add(NOT_FOUND)
    # The sitemap lists every language with hreflang alternates: the same file serves all of them.
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        if (site / name).exists():
            shutil.copyfile(site / name, site / language / name)
