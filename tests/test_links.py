"""Links gate, the part MkDocs does not do: every link to another site is listed, with its purpose.

Internal links and anchors: MkDocs' `validation:` at warn turns them into build warnings, which the
`build` fixture (--strict) fails on, and tests/test_site.py checks the built HTML as well. Nothing
here can reach the web, so external addresses are not fetched: they are listed in one place,
tests/external_links.json (address -> what it is for), where a reviewer can check them.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import yaml
from conftest import ROOT, SITE_URL, html_pages, soup

EXTERNAL_LINKS = ROOT / "tests" / "external_links.json"
# Where a page can point at or load something: (tag, attribute).
LINKING = [
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("form", "action"),
]


def is_external(address: str) -> bool:
    if address.startswith("mailto:"):
        return True
    parts = urlsplit(address)
    return bool(parts.netloc) and parts.netloc != urlsplit(SITE_URL).netloc


def external_links(site) -> dict[str, set[str]]:
    """Each external address in the built site -> the pages that use it."""
    found: dict[str, set[str]] = {}
    for path in html_pages(site):
        for tag, attribute in LINKING:
            for element in soup(path).find_all(tag):
                address = element.get(attribute, "")
                if is_external(address):
                    page = path.relative_to(site).as_posix()
                    # Listed without query: a share link's address carries the page's own.
                    found.setdefault(address.split("#")[0].split("?")[0], set()).add(page)
    return found


def listed() -> dict[str, str]:
    return json.loads(EXTERNAL_LINKS.read_text(encoding="utf-8"))


def test_every_external_link_is_listed_with_its_purpose(site):
    entries = listed()
    missing = {a: pages for a, pages in external_links(site).items() if a not in entries}
    report = [
        f"{address}  (in {', '.join(sorted(pages))}): add it with what it is for"
        for address, pages in sorted(missing.items())
    ]
    assert not missing, "Not in tests/external_links.json:\n" + "\n".join(report)
    unexplained = [address for address, purpose in entries.items() if not purpose.strip()]
    assert not unexplained, f"say what these links are for in external_links.json: {unexplained}"


def test_no_stale_entry_in_the_list(site):
    stale = sorted(set(listed()) - set(external_links(site)))
    assert not stale, f"no page links to these any more, remove them from the list: {stale}"


def test_mkdocs_validates_internal_links_and_anchors():
    """Broken links and anchors are warnings (fatal with --strict), never mere info."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text.replace("!!python/name:", "python_name:"), Loader=yaml.BaseLoader)
    validation = config.get("validation", {})
    for key in ("omitted_files", "absolute_links", "unrecognized_links", "anchors"):
        assert validation.get(key) == "warn", f"mkdocs.yml: set validation.{key}: warn"


def test_external_links_are_found_and_the_site_itself_is_not(tmp_path):
    (tmp_path / "index.html").write_text(
        '<a href="https://example.org/a#part">x</a> <a href="mailto:erwan@example.org">y</a>'
        f' <a href="{SITE_URL}verite-1/">z</a> <img src="/assets/i.svg" alt="">',
        encoding="utf-8",
    )
    assert external_links(tmp_path) == {
        "https://example.org/a": {"index.html"},
        "mailto:erwan@example.org": {"index.html"},
    }
