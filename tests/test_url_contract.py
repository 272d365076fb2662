"""The URL contract (urls.yml) is kept by the build itself: a promised page, section, short link or
former address that the site no longer has fails it, with the promise's line in urls.yml.

The pure checks (components/contract.py) against a small made-up site; then real builds of a copy
of the guide with a promise broken as an author would break it, also for the file:// bundle.
"""

from __future__ import annotations

import sys

import pytest
import yaml
from conftest import ROOT, copy_project, error_lines, run_build
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(ROOT / "hooks"))
from components import contract  # noqa: E402

CONTRACT = """\
pages:
  - fr: ""
    en: en/
    sections: [accueil]
  - fr: verite-1/
    en: en/verite-1/
    sections: [objectifs, a-retenir]
short_links:
  1/: verite-1/
redirects:
  a-propos/: auteur/
"""
PAGES = {
    "": {"accueil"},
    "en/": {"accueil"},
    "verite-1/": {"objectifs", "a-retenir"},
    "en/verite-1/": {"objectifs"},
    "auteur/": set(),
    "qui/": set(),
}


def check(text: str, pages: dict, redirects: dict) -> list[tuple[int, str]]:
    return contract.problems(
        contract.parse(text),
        pages.get,
        redirects.get,
        lambda address, language: f"docs/{language}/{address.strip('/') or 'index'}.md",
    )


def test_every_kind_of_promise_is_read_with_its_line():
    promises = contract.parse(CONTRACT)
    assert [(p.line, p.address, p.section, p.target) for p in promises] == [
        (2, "", None, None),
        (3, "en/", None, None),
        (4, "", "accueil", None),
        (4, "en/", "accueil", None),
        (5, "verite-1/", None, None),
        (6, "en/verite-1/", None, None),
        (7, "verite-1/", "objectifs", None),
        (7, "verite-1/", "a-retenir", None),
        (7, "en/verite-1/", "objectifs", None),
        (7, "en/verite-1/", "a-retenir", None),
        (9, "1/", None, "verite-1/"),
        (11, "a-propos/", None, "auteur/"),
    ]


def test_a_kept_contract_has_no_problem_and_a_chain_of_redirects_is_kept():
    pages = {**PAGES, "en/verite-1/": {"objectifs", "a-retenir"}}
    assert check(CONTRACT, pages, {"1/": "verite-1/", "a-propos/": "auteur/"}) == []
    # auteur/ renamed qui/: the old address leads to the new page through the chain.
    renamed = {**pages, "auteur/": None}
    chain = {"1/": "verite-1/", "a-propos/": "qui/", "auteur/": "qui/"}
    assert check(CONTRACT, renamed, chain) == []


def test_each_broken_promise_is_named_at_its_line():
    pages = {**PAGES, "en/": None}
    found = check(CONTRACT, pages, {"a-propos/": "glossaire/"})
    assert [line for line, _ in found] == [3, 7, 9, 11]
    assert found[0][1].startswith('the site no longer has the page "en/", which articles')
    assert found[1][1].startswith('the page "en/verite-1/" no longer has the section "a-retenir"')
    assert "Put the id back on its heading in docs/en/en/verite-1.md" in found[1][1]
    assert found[2][1].startswith('the site no longer leads "1/" to "verite-1/".')
    assert found[3][1].startswith('"a-propos/" leads to "glossaire/", not to "auteur/"')


@pytest.mark.parametrize(
    ("text", "line", "start"),
    [
        ("pages:\n  - fr: [\n", 3, "invalid YAML ("),
        ("pages: {fr: x}\n", 1, '"pages:" is no list.'),
        ("page:\n  - fr: x\n", 1, 'unknown key "page".'),
        ("redirects:\n  a/: [b/]\n", 2, "an address is not text."),
        ("pages:\n  - fr: x/\n    sections: a\n", 3, '"sections:" is no list.'),
    ],
)
def test_a_contract_that_cannot_be_read_says_where(text, line, start):
    with pytest.raises(contract.ContractError) as raised:
        contract.parse(text)
    assert raised.value.line == line
    assert str(raised.value).startswith(start)


# --- Real builds --------------------------------------------------------------------------------


def build_fails(project, tmp_path, env=None) -> list[str]:
    result = run_build(project, tmp_path / "site", env=env)
    assert result.returncode == 1, result.output
    assert "Traceback" not in result.output, result.output
    return [line for line in error_lines(result.output) if line.startswith("urls.yml")]


def contract_line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.fixture
def project(tmp_path):
    project = copy_project(tmp_path)
    (project / "urls.yml").write_text((ROOT / "urls.yml").read_text("utf-8"), "utf-8")
    return project


@pytest.mark.parametrize("offline", [False, True], ids=["web", "file-bundle"])
def test_a_section_id_changed_in_both_languages_fails_the_build(project, tmp_path, offline):
    """The read section is kept; a section an article links to is renamed, its links too."""
    for language in ("fr", "en"):
        path = project / "docs" / language / "verite-3.md"
        text = path.read_text(encoding="utf-8").replace("v3-generation", "v3-generations")
        path.write_text(text, encoding="utf-8")
    urls = (project / "urls.yml").read_text(encoding="utf-8")
    line = contract_line(urls, "v3-generation")
    env = {"OFFLINE": "true"} if offline else None
    assert build_fails(project, tmp_path, env) == [
        f'urls.yml:{line}: the page "{address}" no longer has the section "v3-generation", which '
        f"links may point to. Put the id back on its heading in docs/{language}/verite-3.md "
        "(## Title { #v3-generation }): ids are public addresses."
        for address, language in (("verite-3/", "fr"), ("en/verite-3/", "en"))
    ]


def test_a_redirect_removed_from_mkdocs_yml_fails_the_build(project, tmp_path):
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("        en/about.md: en/auteur.md\n", ""), encoding="utf-8"
    )
    urls = (project / "urls.yml").read_text(encoding="utf-8")
    line = contract_line(urls, "en/about/: en/auteur/")
    assert build_fails(project, tmp_path) == [
        f'urls.yml:{line}: the site no longer leads "en/about/" to "en/auteur/". Add the redirect '
        "in mkdocs.yml (redirects: redirect_maps, or guide.short_links for a chapter's short"
        " link)."
    ]


def test_a_page_renamed_without_a_redirect_fails_the_build(project, tmp_path):
    """The glossary renamed lexique.md in both languages, every link to it updated."""
    for language in ("fr", "en"):
        folder = project / "docs" / language
        (folder / "glossaire.md").rename(folder / "lexique.md")
        for page in folder.glob("*.md"):
            text = page.read_text(encoding="utf-8")
            page.write_text(text.replace("glossaire.md", "lexique.md"), encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("glossaire.md", "lexique.md"), encoding="utf-8"
    )
    urls = (project / "urls.yml").read_text(encoding="utf-8")
    found = build_fails(project, tmp_path)
    assert found[:2] == [
        f"urls.yml:{contract_line(urls, f'{lang}: {address}')}: the site no longer has the page "
        f'"{address}", which articles may link to. Restore docs/{lang}/glossaire.md or, if the '
        "page was renamed, redirect its old address to the new page (mkdocs.yml, redirects: "
        'redirect_maps) and list it under "redirects:". Never remove an entry.'
        for lang, address in (("fr", "glossaire/"), ("en", "en/glossaire/"))
    ]
    assert len(found) == 2, "its sections are not listed once the page is named"


def test_a_broken_contract_file_names_its_line(project, tmp_path):
    path = project / "urls.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\nextra:\n  - x\n", encoding="utf-8")
    urls = path.read_text(encoding="utf-8")
    line = contract_line(urls, "\nextra:") + 1
    assert build_fails(project, tmp_path) == [
        f'urls.yml:{line}: unknown key "extra". Write "pages:" as a list of entries with one '
        'address per language and their "sections:", and "short_links:" and "redirects:" as '
        '"old/address/: page/address/" lines.'
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=12),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(
                st.sampled_from(["pages", "sections", "fr", "en", "x"]), inner, max_size=3
            )
        ),
        max_leaves=10,
    )
)
def test_any_contract_is_read_or_refused_with_a_line(data):
    text = yaml.safe_dump({"pages": data}) if not isinstance(data, dict) else yaml.safe_dump(data)
    try:
        promises = contract.parse(text)
    except contract.ContractError as error:
        assert str(error).endswith(".") and error.line >= 0
    else:
        assert all(isinstance(p.address, str) and p.line >= 1 for p in promises)
        check(text, {}, {})  # every promise checked against an empty site: no exception
