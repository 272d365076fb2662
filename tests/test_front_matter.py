"""A page's front matter: broken YAML or a missing description fails the build with file:line."""

from __future__ import annotations

from conftest import copy_project, run_build


def test_invalid_front_matter_fails_with_file_and_line(tmp_path):
    project = copy_project(tmp_path)
    page = project / "docs/en/verite-1.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "---" and lines[1].startswith("description:")
    lines[1] = "description: Truth one: it is not magic"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_build(project, tmp_path / "site")

    assert result.returncode != 0
    assert (
        "docs/en/verite-1.md:2: the front matter is not valid YAML (mapping values are not "
        'allowed here). Put the value in double quotes, e.g. description: "…: …".'
    ) in result.output
    assert "Traceback" not in result.output


def test_missing_description_fails(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs/fr/auteur.md").write_text("# Auteur { #auteur }\n", encoding="utf-8")

    result = run_build(project, tmp_path / "site", strict=False)

    assert result.returncode != 0
    assert "docs/fr/auteur.md:1: the page has no meta description." in result.output
    assert "Traceback" not in result.output
