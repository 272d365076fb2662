"""Search per language, loaded on first use: one index file per language.

static-i18n merges every language into one `search/search_index.json` (27 KB gzip here, no
per-language option), and Material's bundle fetches it, with lunr's French support, on every page
as soon as a search box exists. Two pieces change that:

- this hook splits the merged index, once static-i18n has written it, into
  `search/search_index.<lang>.json` (the default language: every location without another
  language's prefix; the others: the locations under `<lang>/`), each with `lang: [<lang>]` so
  that the search worker loads lunr support for that language only, and removes the merged file.
  In the offline bundle (`make offline`, file://) it writes `search/search_index.<lang>.js`
  (`var __index = …`, as Material's offline plugin does) instead;
- `search/assets/requests.js`, loaded just before Material's bundle (templates/main.html),
  points Material's request for `search/search_index.json` (or, from disk, its `<script>` for
  `search_index.js`) at the page's language, and holds it back until the reader opens the search:
  focus or click on the field, the `s` or `/` shortcut (which focus it), or a page reached from a
  search result (`?h=`). The search worker (12 KB) starts at the same moment: `__config.search`
  still names Material's worker, and the script hands Material a stand-in that creates the real
  worker on its first message (the index).

When the guide's config leaves them unset, the search plugin gets every language of the guide
(lunr support for each) and a separator that also splits on apostrophes, so that « l'engagement »
is found by « engagement » (on_config).

Locations stay relative to the site root (Material's `base` on every language's pages), so result
links are unchanged, also under a sub-path.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs_guide import settings as guide_settings

log = get_plugin_logger(__name__)

SEARCH = "search"
MERGED = "search_index.json"
# Material's separator plus apostrophes (straight and typographic).
SEPARATOR = "[\\s\\-,:!=\\[\\]()\"/’']+|\\.(?!\\d)"


@event_priority(10)  # before Material's search plugin (0) fills in its own defaults
def on_config(config):
    search = config.plugins.get("material/search") or config.plugins.get(SEARCH)
    if search is None:
        return config
    if not search.config.separator:
        search.config.separator = SEPARATOR
    i18n = config.plugins.get("i18n")
    if not search.config.lang and i18n is not None:
        search.config.lang = [language.locale for language in i18n.config.languages]
    return config


def _offline(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def split(index: dict, default: str, languages: list[str]) -> dict[str, dict]:
    """The merged index as one index per language (locations relative to the site root)."""
    others = tuple(f"{language}/" for language in languages if language != default)
    lunr = index["config"].get("lang") or ["en"]
    result = {}
    for language in languages:
        if language == default:
            docs = [doc for doc in index["docs"] if not doc["location"].startswith(others)]
        else:
            docs = [doc for doc in index["docs"] if doc["location"].startswith(f"{language}/")]
        config = {**index["config"], "lang": [language] if language in lunr else ["en"]}
        result[language] = {"config": config, "docs": docs}
    return result


@event_priority(-110)  # after static-i18n (-100) has written every language's entries
def on_post_build(config):
    folder = Path(config.site_dir) / SEARCH
    merged = folder / MERGED
    if not merged.exists():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    _, default, languages = guide_settings.languages(config)
    offline = _offline(config)
    for language, data in split(index, default, languages).items():
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if offline:
            # A script: U+2028 and U+2029 in a title end a JavaScript string before ES2019.
            script = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
            (folder / f"search_index.{language}.js").write_text(
                f"var __index = {script}", encoding="utf-8"
            )
        else:
            (folder / f"search_index.{language}.json").write_text(text, encoding="utf-8")
    # static-i18n writes the merged file again after each language's build: the last pass (the
    # outer build, after the merge) leaves only the per-language files.
    merged.unlink()
    (folder / "search_index.js").unlink(missing_ok=True)
