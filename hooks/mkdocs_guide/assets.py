"""Our scripts and stylesheets, minified and fingerprinted: `assets/<name>.<hash>.min.<js|css>`.

Every `*.js` and `*.css` of an `assets/` folder of the theme (the guide's custom_dir first, then
each feature's folder, e.g. blocks/assets/components.js), and every text a feature generates
(`generate`, e.g. the brand's colours), is minified with rjsmin / rcssmin (kept libraries,
pinned in requirements.txt) and written under a name that carries the first 8 hex digits of the
SHA-256 of its minified text, the pattern that deploy/nginx.conf caches for a year (`immutable`),
as it does Material's own files. Templates name an asset by its source path through the
`gd_asset` filter, before `url`:

    <script src="{{ 'assets/components.js' | gd_asset | url }}"></script>

A list names one file made of those scripts in that order, named after the last one (the page's
own script; the others are what it uses), so that a page makes one request and gzip sees them as
one text:

    <script src="{{ ['assets/progress.js', 'assets/team.js'] | gd_asset | url }}"></script>

and `extra_css` / `extra_javascript` entries that name one are rewritten. The plain copies that
MkDocs copies from the theme stay (short cache): nothing links them, an old page still finds them.

A feature names what a page needs in its on_page_context with `declare`: stylesheets, each its
own file, and scripts, all in one file per page (with the data attributes they read from
`document.currentScript`); templates/main.html loads them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import write_file

log = get_plugin_logger(__name__)

FOLDER = "assets"
MINIFY = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}

# names: source -> served name; texts: served name -> minified text (written after the build);
# bundles: the served names of several sources in one file (written when a page first names them).
_state: dict = {"names": {}, "texts": {}, "bundles": set(), "site_dir": ""}
# Texts the features make (source name -> text), set before this module's on_config.
_generated: dict[str, str] = {}


def generate(name: str, text: str) -> None:
    """A feature's own text served as an asset (`assets/brand.css`), like a file of the theme."""
    _generated[name] = text


def declare(context, *, head=(), styles=(), scripts=(), data: dict | None = None) -> None:
    """What the page being rendered needs: partials for its <head>, its stylesheets, its scripts
    (one file), and the data attributes of that script tag (`gd-read` -> `data-gd-read`). The
    file opens with site/assets/core.js (window.gdCore), which every script uses."""
    needs = context.setdefault("gd_assets", {"head": [], "styles": [], "scripts": [], "data": {}})
    if scripts:
        scripts = ("assets/core.js", *scripts)
    for kind, names in (("head", head), ("styles", styles), ("scripts", scripts)):
        needs[kind].extend(name for name in names if name not in needs[kind])
    needs["data"].update(data or {})


def served(name: str) -> str | None:
    """The served name of `name` in the build so far, if it has one."""
    return _state["names"].get(name)


def fingerprinted(name: str, text: str) -> str:
    """`assets/x.js` -> `assets/x.<8 hex of sha256>.min.js`."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    stem, suffix = name.rsplit(".", 1)
    return f"{stem}.{digest}.min.{suffix}"


def _sources(config) -> dict[str, str]:
    """`assets/<name>` -> its text, from the first theme folder that has it (as MkDocs copies)."""
    found: dict[str, str] = {}
    for folder in config.theme.dirs:
        for path in sorted((Path(folder) / FOLDER).glob("*")):
            source = f"{FOLDER}/{path.name}"
            if path.suffix in MINIFY and path.is_file() and source not in found:
                found[source] = path.read_text(encoding="utf-8")
    return found | _generated


def on_config(config):
    """Minify and name every asset; point extra_css / extra_javascript at the new names."""
    names, texts = {}, {}
    for source, original in sorted(_sources(config).items()):
        text = MINIFY["." + source.rsplit(".", 1)[1]](original)
        names[source] = fingerprinted(source, text)
        texts[names[source]] = text
    _state.update(names=names, texts=texts, bundles=set(), site_dir=config.site_dir)
    config.extra_css = [names.get(str(entry), entry) for entry in config.extra_css]
    for entry in config.extra_javascript:
        if hasattr(entry, "path") and entry.path in names:  # MkDocs 1.5+: ExtraScriptValue
            entry.path = names[entry.path]
    return config


def asset(name: str | list[str]) -> str:
    """The served name of one asset, or of the file made of several (written at once)."""
    if isinstance(name, str):
        return _state["names"].get(name, name)
    names, texts = _state["names"], _state["texts"]
    missing = [part for part in name if part not in names]
    if missing:
        raise PluginError(f"gd_asset: no {', '.join(missing)} in the theme's {FOLDER}/ folder")
    # A script may end without a semicolon; a stylesheet must not get one between two rules.
    joiner = ";\n" if name[-1].endswith(".js") else "\n"
    text = joiner.join(texts[names[part]] for part in name)
    served = fingerprinted(name[-1], text)
    if served not in _state["bundles"]:
        _state["bundles"].add(served)
        write_file(text.encode("utf-8"), str(Path(_state["site_dir"]) / served))
    return served


def on_env(env, config, files):
    env.filters["gd_asset"] = asset
    return env


def on_post_build(config):
    """Written after the build (static-i18n cannot handle generated files in on_files)."""
    for name, text in _state["texts"].items():
        write_file(text.encode("utf-8"), str(Path(config.site_dir) / name))
