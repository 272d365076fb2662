"""hooks/valid_html.py: Material's toggles without the invalid `autocomplete` on checkboxes."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT, html_pages, soup
from mkdocs.exceptions import PluginError

_spec = importlib.util.spec_from_file_location(
    "valid_html", ROOT / "hooks" / "mkdocs_guide" / "site" / "valid_html.py"
)
valid_html = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(valid_html)

MATERIAL_SHELL = (
    "<body>\n"
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"'
    ' autocomplete="off">\n'
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"'
    ' autocomplete="off">\n'
)


def test_toggles_belong_to_a_form_that_turns_autocomplete_off():
    html = valid_html.valid_toggles(MATERIAL_SHELL, "index.md")
    assert html == (
        "<body>\n"
        '<form id="__md_toggles" autocomplete="off" hidden></form>'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer"'
        ' form="__md_toggles">\n'
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"'
        ' form="__md_toggles">\n'
    )


def test_changed_material_markup_fails_the_build_with_the_page():
    changed = MATERIAL_SHELL.replace('id="__search" autocomplete="off"', 'id="__search"')
    with pytest.raises(PluginError, match=r"__search toggle .* in verite-1\.md; update the hook"):
        valid_html.valid_toggles(changed, "verite-1.md")


def test_every_built_page_has_valid_toggles(site):
    for path in html_pages(site):
        page = soup(path)
        for name in ("__drawer", "__search"):
            toggle = page.find("input", id=name)
            if toggle is None:  # redirect pages have no Material shell
                continue
            assert "autocomplete" not in toggle.attrs, path
            assert page.find("form", id=toggle["form"]).get("autocomplete") == "off", path
