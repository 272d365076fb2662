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


def test_the_skeleton_uses_the_repository_hooks_in_order(skeleton):
    config = (skeleton / "mkdocs.yml").read_text(encoding="utf-8")
    ours = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    hooks = [line.strip() for line in config.split("\nhooks:\n")[1].split("\n\n")[0].splitlines()]
    expected = [line.strip() for line in ours.split("\nhooks:\n")[1].split("\n\n")[0].splitlines()]
    relative = [line.replace("- ../../", "- ") for line in hooks]
    assert len(hooks) == len(expected) and all(h.startswith("- ") for h in hooks)
    assert [line.rsplit("/", 1)[-1] for line in relative] == [
        line.rsplit("/", 1)[-1] for line in expected
    ]


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's tags (!ENV, !!python/name) read as nothing: only the structure matters."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def shape(text: str) -> tuple:
    """What every guide shares with this one: plugins, hooks (by file), extensions, features."""
    config = yaml.load(text, Loader=_Loader)
    names = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    hooks = [hook.rsplit("/", 1)[-1] for hook in config["hooks"] or []]
    return names, hooks, extensions, config["theme"]["features"], config["validation"]


GUIDES = [
    ROOT / "scaffold" / "template" / "mkdocs.yml",
    *sorted(ROOT.glob("examples/*/mkdocs.yml")),
]


@pytest.mark.parametrize("config", GUIDES, ids=lambda path: path.parent.name)
def test_every_guide_config_keeps_up_with_this_one(config):
    """A plugin, hook or extension added to mkdocs.yml is added to the template and the examples."""
    text = config.read_text(encoding="utf-8")
    hooks = "\n".join(f"  - {hook}" for hook in new_guide_hooks())
    ours = shape((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert shape(text.replace("${hooks}", hooks)) == ours


def new_guide_hooks() -> list[str]:
    sys.path.insert(0, str(SCAFFOLD.parent))
    try:
        import new_guide
    finally:
        sys.path.pop(0)
    return new_guide.generator_hooks()


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
