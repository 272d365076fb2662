"""The offline bundle (`make offline`): the guide from disk, file://, without any network.

Material's offline plugin (on with OFFLINE=true) inlines the search index and turns directory
URLs off. What it leaves to us:
- it loads its iframe-worker shim (search from file://) from unpkg.com: we ship a vendored copy;
- the hreflang links of hooks/i18n_head.py are absolute, and Material fetches <href>/sitemap.xml
  for each: dropped here (the language switcher's links stay relative and keep working);
- the bundle need not carry source maps, unused search languages, social cards or 404 pages.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

IFRAME_WORKER = Path(__file__).parent / "vendor" / "iframe-worker" / "shim.js"
IFRAME_WORKER_DEST = "assets/javascripts/iframe-worker.js"
LUNR = "assets/javascripts/lunr/min"
LUNR_KEEP = ("lunr.stemmer.support.min.js", "lunr.multi.min.js")


def _offline(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(-50)  # after the offline plugin (0) has added its polyfill
def on_config(config):
    if _offline(config):
        polyfills = config.extra.get("polyfills", [])
        config.extra["polyfills"] = [
            IFRAME_WORKER_DEST if "iframe-worker" in str(url) else url for url in polyfills
        ]
    return config


def on_page_context(context, page, config, nav):
    if _offline(config):
        context["gd_alternates"], context["gd_x_default"] = [], None
    return context


def _prune(site: Path, search_languages: list[str]) -> None:
    for source_map in site.glob("assets/**/*.map"):
        source_map.unlink()
    keep = {*LUNR_KEEP, *(f"lunr.{language}.min.js" for language in search_languages)}
    for script in (site / LUNR).glob("lunr.*.min.js"):
        if script.name not in keep:
            script.unlink()
    shutil.rmtree(site / "assets" / "cards", ignore_errors=True)
    # No server answers with them, and their links are absolute (/...): useless from disk.
    for page in site.glob("**/404.html"):
        page.unlink()


def on_post_build(config):
    if not _offline(config):
        return
    site = Path(config.site_dir)
    destination = site / IFRAME_WORKER_DEST
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(IFRAME_WORKER, destination)
    search = config.plugins.get("material/search") or config.plugins.get("search")
    _prune(site, list(search.config.lang or []) if search else [])
