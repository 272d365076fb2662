"""The URL contract (urls.yml beside mkdocs.yml, if the guide has one) kept by every build.

Once every language is built (the outer pass of static-i18n's on_post_build), each promised
page, section, short link and former address is looked up in the built site: one missing fails
the build with `urls.yml:<line>: what is gone. How to keep it.` (components/contract.py), so
that a link from an article never breaks silently. Works with directory URLs and without them
(the file:// bundle).
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from components import contract
from components.site import author_path
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_guide import settings as guide_settings

_IDS = re.compile(r'\sid="([^"]+)"')
_REFRESH = re.compile(r'<meta http-equiv="refresh" content="\d+;\s*url=([^"]*)"', re.I)


def _file(site: Path, address: str, directory_urls: bool) -> Path:
    """The built file of an address: "chapitre-1/" -> chapitre-1/index.html (or chapitre-1.html)."""
    if not address or (address.endswith("/") and directory_urls):
        return site / address / "index.html"
    if address.endswith("/"):
        page = address.rstrip("/")
        flat = site / f"{page}.html"
        return flat if flat.exists() else site / page / "index.html"
    return site / address


def _address(path: str) -> str:
    """A built file's address: "chapitre-1/index.html" or "chapitre-1.html" -> "chapitre-1/"."""
    if path in ("", ".", "index.html"):
        return ""
    if path.endswith("/index.html"):
        return path.removesuffix("index.html")
    if path.endswith(".html"):
        return path.removesuffix(".html") + "/"
    return path if path.endswith("/") else path + "/"


class _Site:
    """The built site as the contract sees it: pages (with their ids) and redirect stubs."""

    def __init__(self, root: Path, directory_urls: bool):
        self.root, self.directory_urls = root, directory_urls

    def _read(self, address: str) -> tuple[Path, str] | None:
        path = _file(self.root, address, self.directory_urls)
        return (path, path.read_text(encoding="utf-8")) if path.is_file() else None

    def ids(self, address: str) -> set[str] | None:
        found = self._read(address)
        if found is None or _REFRESH.search(found[1]):
            return None
        return set(_IDS.findall(found[1]))

    def leads_to(self, address: str) -> str | None:
        found = self._read(address)
        match = found and _REFRESH.search(found[1])
        if not match:
            return None
        href = html.unescape(match.group(1)).split("#", 1)[0]
        here = found[0].relative_to(self.root).parent.as_posix()
        target = posixpath.normpath(posixpath.join(here, href or "."))
        if href.endswith("/") or not href:
            target += "/"
        return _address(target.removeprefix("./"))


def _source(config, default: str):
    docs = Path(config.docs_dir)

    def source(address: str, language: str) -> str:
        prefix = f"{language}/" if language and language != default else ""
        page = address.removeprefix(prefix).strip("/") or "index"
        folder = docs / (language or default)
        path = folder / f"{page}.md"
        if not path.exists() and (folder / page / "index.md").exists():
            path = folder / page / "index.md"
        return author_path(str(path), config.config_file_path)

    return source


@event_priority(-120)  # after static-i18n (-100) has built every language, and the stubs
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # a language's inner build: the outer pass checks the whole site
    path = Path(config.config_file_path).parent / contract.FILE
    if not path.exists():
        return
    shown = author_path(str(path), config.config_file_path)
    try:
        promises = contract.parse(path.read_text(encoding="utf-8"))
    except contract.ContractError as error:
        where = f"{shown}:{error.line}" if error.line else shown
        raise PluginError(f"{where}: {error}") from None
    _, default, _ = guide_settings.languages(config)
    site = _Site(Path(config.site_dir), config.use_directory_urls)
    found = contract.problems(promises, site.ids, site.leads_to, _source(config, default))
    if found:
        raise PluginError("\n".join(f"{shown}:{line}: {message}" for line, message in found))
