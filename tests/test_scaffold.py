"""`make new-guide NAME=…` (scaffold/new_guide.py): a new guide's skeleton that builds green.

The skeleton (home, one chapter with a checklist and a quiz, results page and onboarding path, in
French and English) is created in a temporary folder outside the repository, built with --strict
by this repository's hooks and overrides, and read: every page, the components, the results data,
the short links, and the titles given on the command line as text, never as markup.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT, run_build, soup

TITLE = 'Le "guide" : <b>essai</b> & {co}'
SCAFFOLD = ROOT / "scaffold" / "new_guide.py"


def new_guide(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCAFFOLD), *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def skeleton(tmp_path_factory):
    folder = tmp_path_factory.mktemp("guides") / "essai"
    done = new_guide("essai", "--dir", str(folder), "--title-fr", TITLE, "--author", 'A "B"')
    assert done.returncode == 0, done.stderr
    result = run_build(folder, folder / "site")
    assert result.returncode == 0 and result.warnings == [], result.output
    return folder


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("page", ["", "chapitre-1/", "bilan/", "parcours/"])
def test_the_skeleton_builds_every_page_in_both_languages(skeleton, prefix, page):
    document = soup(skeleton / "site" / prefix / page / "index.html")
    assert document.html["lang"] == (prefix.rstrip("/") or "fr")


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_chapter_has_its_quiz_and_checklist_and_the_results_know_it(skeleton, prefix):
    chapter = soup(skeleton / "site" / prefix / "chapitre-1" / "index.html")
    assert len(chapter.select("[data-gd=quiz] fieldset.gd-quiz__question")) == 3
    assert chapter.select_one("[data-gd=checklist]") is not None
    results = soup(skeleton / "site" / prefix / "bilan" / "index.html")
    data = json.loads(results.select_one("#gd-results-data").string)
    assert [chapter["id"] for chapter in data["chapters"]] == ["chapitre-1"]
    short = soup(skeleton / "site" / prefix / "1" / "index.html")
    assert short.select_one('link[rel="canonical"]')["href"].endswith(f"{prefix}chapitre-1/")


def test_the_titles_given_are_text(skeleton):
    home = soup(skeleton / "site" / "index.html")

    def text(tag) -> str:  # with the French typography undone (a no-break space before « : »)
        return tag.get_text().replace("\u00a0", " ").removesuffix("¶")

    assert text(home.title) == TITLE
    assert text(home.select_one("article h1")) == TITLE
    assert home.select_one("article h1 b") is None


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's tags (!ENV, !!python/name) read as nothing: only the structure matters."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def plugin_names(text: str) -> list[str]:
    config = yaml.load(text, Loader=_Loader)
    return [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]


GUIDES = [
    ROOT / "scaffold" / "template" / "mkdocs.yml",
    *sorted(ROOT.glob("examples/*/mkdocs.yml")),
]


@pytest.mark.parametrize("config", GUIDES, ids=lambda path: path.parent.name)
def test_a_new_guide_names_the_generator_once_in_40_lines(config):
    """A new guide's mkdocs.yml: its name, languages, nav and the `guide` plugin with its
    settings; the plugin brings the rest (no hook list, no theme folder, no extensions)."""
    text = config.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 40
    names = plugin_names(text)
    assert names.count("guide") == 1 and names[-1] == "guide"
    parsed = yaml.load(text, Loader=_Loader)
    assert "hooks" not in parsed and "markdown_extensions" not in parsed
    assert "custom_dir" not in parsed["theme"] and "extra" not in parsed


def test_the_skeleton_names_the_generator_as_its_plugin(skeleton):
    config = (skeleton / "mkdocs.yml").read_text(encoding="utf-8")
    assert len(config.splitlines()) <= 40
    assert plugin_names(config)[-1] == "guide"
    assert plugin_names((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))[-1] == "guide"


def test_a_bad_name_or_a_used_folder_is_one_line(tmp_path):
    done = new_guide("Mon Guide", "--dir", str(tmp_path / "x"))
    assert done.returncode == 2
    assert done.stderr == (
        'new-guide: the name "Mon Guide" is not usable in an address. Use lowercase letters, '
        'digits and hyphens, e.g. "email-marketing".\n'
    )
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "mkdocs.yml").write_text("", encoding="utf-8")
    done = new_guide("essai", "--dir", str(tmp_path / "used"))
    assert done.returncode == 2
    assert done.stderr.startswith("new-guide: ") and "already exists" in done.stderr
    assert len(done.stderr.splitlines()) == 1
