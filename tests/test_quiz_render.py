"""Component text and quizzes in, HTML out; fr/en comparison and interface strings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from components import blocks, inline, quiz, quiz_html, site, strings  # noqa: E402

STRINGS = Path(__file__).resolve().parent.parent / "hooks" / "components" / "locales"


def keep(url: str) -> str | None:
    return url if inline.is_safe_url(url) else None


@pytest.mark.parametrize(
    "source, html",
    [
        (
            "*em* **strong** _em_ __strong__",
            "<em>em</em> <strong>strong</strong> <em>em</em> <strong>strong</strong>",
        ),
        ("`<b>` and ``a`b``", "<code>&lt;b&gt;</code> and <code>a`b</code>"),
        ("snake_case_name and 2*3*4", "snake_case_name and 2<em>3</em>4"),
        (r"\*not em\* \[x\]", "*not em* [x]"),
        ("[*the* `section`](#v1-x)", '<a href="#v1-x"><em>the</em> <code>section</code></a>'),
        (
            "[wiki](https://fr.wikipedia.org/wiki/A_(b))",
            '<a href="https://fr.wikipedia.org/wiki/A_(b)">wiki</a>',
        ),
        ('Tom & "Jerry"', 'Tom &amp; "Jerry"'),
    ],
)
def test_the_inline_subset(source, html):
    assert inline.render(source, keep) == html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](java\nscript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox)",
        "[x](&#106;avascript:alert(1))",
        '[x](https://a.b/" onmouseover="alert(1))',
        "`</code><script>alert(1)</script>`",
        "**<svg onload=alert(1)>**",
    ],
)
def test_author_text_never_becomes_markup(source):
    tree = BeautifulSoup(f"<div>{inline.render(source, keep)}</div>", "html.parser")
    assert tree.find_all(["script", "img", "svg"]) == []
    for element in tree.find_all(True):
        assert not any(name.startswith("on") for name in element.attrs), element
        href = element.get("href", "")
        assert inline.is_safe_url(href), href


def test_unsafe_links_are_dropped_and_reported_by_the_callback():
    seen = []

    def resolve(url):
        seen.append(url)
        return url if inline.is_safe_url(url) else None

    assert inline.render("[x](javascript:alert(1)) [y](verite-2.md#a)", resolve) == (
        'x <a href="verite-2.md#a">y</a>'
    )
    assert seen == ["javascript:alert(1)", "verite-2.md#a"]


def _quiz(text: str) -> quiz.Quiz:
    (block,), problems = blocks.scan(text, {"quiz": quiz.OPTIONS})
    model, more = quiz.parse(block)
    assert problems + more == []
    return model


SAMPLE = """\
/// quiz | Le *titre* <script>alert(1)</script>
    id: demo

? single #demo-a
Une question <img src=x onerror=alert(1)> ?

- [ ] Non
    > Parce que.
- [x] Oui

> Voir [la section](#section).

? multiple #demo-b
Deux ?

- [x] A
- [x] B
- [ ] C
///
"""


@pytest.fixture(scope="module")
def rendered() -> BeautifulSoup:
    t = strings.load("fr", "fr")["quiz"]
    html = quiz_html.render(_quiz(SAMPLE), t, lambda text: inline.render(text.source, keep))
    return BeautifulSoup(html, "html.parser")


def test_quiz_markup_is_semantic(rendered):
    root = rendered.select_one("section.gd-quiz")
    assert root["data-gd"] == "quiz" and root["data-gd-id"] == "demo"
    assert root["aria-labelledby"] == "gd-quiz-demo-title"
    assert rendered.select_one("#gd-quiz-demo-title").name == "h3"
    first, second = rendered.select("fieldset.gd-quiz__question")
    assert first.legend.get_text(" ", strip=True).startswith("Question 1 sur 2")
    assert "(une seule réponse)" in first.legend.get_text()
    assert "(plusieurs réponses possibles)" in second.legend.get_text()
    assert [i["type"] for i in first.select("input")] == ["radio", "radio"]
    assert [i["type"] for i in second.select("input")] == ["checkbox"] * 3
    for field in rendered.select("input"):
        assert rendered.select_one(f'label[for="{field["id"]}"]') is not None
    assert (first["data-gd-correct"], second["data-gd-correct"]) == ("1", "0 1")
    assert first.select_one(".gd-quiz__feedback")["aria-live"] == "polite"
    assert all(
        button["type"] == "button" and button.has_attr("hidden")
        for button in rendered.select("button")
    )


def test_without_javascript_the_solution_is_in_a_details(rendered):
    details = rendered.select_one("#gd-demo-demo-a details")
    assert details.summary.get_text() == "Voir la solution"
    items = [li.get_text(" ", strip=True) for li in details.select("li")]
    assert items == ["Mauvaise réponse Non Parce que.", "Bonne réponse Oui"]
    assert details.select_one(".gd-quiz__explanation a")["href"] == "#section"


def test_author_html_is_shown_as_text(rendered):
    assert rendered.find_all(["script", "img"]) == []
    assert "<script>alert(1)</script>" in rendered.select_one("h3").get_text()
    assert "<img src=x onerror=alert(1)>" in rendered.select_one("legend").get_text()


def test_fill_leaves_unknown_placeholders():
    assert quiz_html.fill("{score} / {total} {other}", score=3, total=5) == "3 / 5 {other}"


def _translated(replacements: dict[str, str]) -> quiz.Quiz:
    text = SAMPLE
    for old, new in replacements.items():
        text = text.replace(old, new)
    return _quiz(text)


@pytest.mark.parametrize(
    "replacements, expected",
    [
        ({}, []),
        ({"Non\n": "No\n", "Deux ?": "Two?"}, []),
        (
            {"- [ ] C\n": ""},
            [
                (
                    13,
                    'question "demo-b" has 2 answers here and 3 in docs/fr/x.md:13. Translate '
                    "every answer, in the same order.",
                )
            ],
        ),
        (
            {"- [ ] Non": "- [x] Non", "- [x] Oui": "- [ ] Oui"},
            [
                (
                    4,
                    'question "demo-a": correct answers are 1 here but 2 in docs/fr/x.md:4. '
                    'Mark the same answers with "- [x]" in every language.',
                )
            ],
        ),
        (
            {"#demo-b": "#demo-c"},
            [
                (
                    13,
                    'question 2 is "demo-c" here but "demo-b" in docs/fr/x.md:13. Use the '
                    "same question ids, in the same order, in every language.",
                )
            ],
        ),
        (
            {"? multiple #demo-b": "? single #demo-b", "- [x] B": "- [ ] B"},
            [
                (
                    13,
                    'question "demo-b" is single here but multiple in docs/fr/x.md:13. Use '
                    "the same type in every language.",
                ),
                (
                    13,
                    'question "demo-b": correct answers are 1 here but 1, 2 in '
                    'docs/fr/x.md:13. Mark the same answers with "- [x]" in every language.',
                ),
            ],
        ),
    ],
)
def test_translation_parity(replacements, expected):
    problems = quiz.compare(_quiz(SAMPLE), "docs/fr/x.md", _translated(replacements))
    assert [(problem.line, problem.message) for problem in problems] == expected


def test_question_count_parity():
    shorter = _translated({SAMPLE[SAMPLE.index("? multiple") : SAMPLE.index("///\n", 30)]: ""})
    problems = quiz.compare(_quiz(SAMPLE), "docs/fr/x.md", shorter)
    assert [(p.line, p.message) for p in problems] == [
        (
            1,
            'quiz "demo" has 1 questions here and 2 in docs/fr/x.md:1. Translate every '
            "question, in the same order.",
        )
    ]


def test_site_reports_duplicates_and_missing_translations():
    model = _quiz(SAMPLE)
    registry = site.Site()
    assert registry.add("fr", "quiz", "docs/fr/a.md", model, quiz.ids(model)) == []
    duplicates = registry.add("fr", "quiz", "docs/fr/b.md", model, quiz.ids(model))
    assert [str(error) for error in duplicates] == [
        'docs/fr/b.md:1: duplicate quiz id "demo", already used at docs/fr/a.md:1. Give each '
        "quiz its own id.",
        'docs/fr/b.md:4: duplicate question id "demo-a", already used at docs/fr/a.md:4. Give '
        "each question its own id.",
        'docs/fr/b.md:13: duplicate question id "demo-b", already used at docs/fr/a.md:13. '
        "Give each question its own id.",
    ]
    other = _translated({"id: demo": "id: other"})
    registry.add("en", "quiz", "docs/en/c.md", other, [("quiz", "other", 1)])

    def counterpart(path, language):
        return path.replace("/fr/", f"/{language}/").replace("/en/", f"/{language}/")

    errors = registry.compare("fr", "en", counterpart, {"quiz": quiz.compare})
    assert [str(error) for error in errors] == [
        'docs/fr/b.md:1: quiz "demo" has no "en" version. Add it, with the same id, to '
        "docs/en/b.md.",
        'docs/en/c.md:1: quiz "other" has no "fr" version. Add it, with the same id, to '
        "docs/fr/c.md, or remove it.",
    ]


def test_every_language_has_every_string():
    default = yaml.safe_load((STRINGS / "fr.yml").read_text(encoding="utf-8"))
    for path in STRINGS.glob("*.yml"):
        catalogue = strings.load(path.stem, "fr")
        assert {k: set(v) for k, v in catalogue.items()} == {k: set(v) for k, v in default.items()}
        assert set(catalogue["quiz"]) >= set(quiz_html.SCRIPT_STRINGS) | set(quiz.TYPES)


def test_a_missing_or_incomplete_language_file_is_reported(tmp_path):
    (tmp_path / "fr.yml").write_text(
        "quiz:\n  check: Vérifier\n  retry: Réessayer\n", encoding="utf-8"
    )
    (tmp_path / "de.yml").write_text("quiz:\n  check: Prüfen\n  other: x\n", encoding="utf-8")
    with pytest.raises(strings.StringsError, match=r"de\.yml: missing quiz\.retry\. Translate"):
        strings.load("de", "fr", folder=tmp_path)
    with pytest.raises(
        strings.StringsError, match=r'it\.yml: no interface strings for "it"\. Copy .*fr\.yml'
    ):
        strings.load("it", "fr", folder=tmp_path)


def test_a_guide_changes_some_strings_and_a_new_language_gives_them_all(tmp_path):
    generator, docs = tmp_path / "strings", tmp_path / "docs"
    generator.mkdir()
    (generator / "fr.yml").write_text(
        'quiz:\n  check: "Vérifier"\nresults:\n  label: "Chapitre {number}"\n'
        '  issuer: "Un guide de {publisher}, par {author}"\n',
        encoding="utf-8",
    )
    for language, text in {
        "fr": 'results:\n  label: "Leçon {number}"\n',
        "de": 'quiz:\n  check: "Prüfen"\nresults:\n  label: "Lektion {number}"\n'
        '  issuer: "Von {author}"\n',
    }.items():
        (docs / language).mkdir(parents=True)
        (docs / language / "_strings.yml").write_text(text, encoding="utf-8")
    values = {"author": "A {b}", "publisher": "P"}
    french = strings.load("fr", "fr", docs, values, folder=generator)
    assert french["results"]["label"] == "Leçon {number}"
    assert french["results"]["issuer"] == "Un guide de P, par A {b}"
    assert french["quiz"]["check"] == "Vérifier"
    assert strings.load("de", "fr", docs, values, folder=generator)["results"] == {
        "label": "Lektion {number}",
        "issuer": "Von A {b}",
    }


def test_a_guide_strings_file_with_a_mistake_names_the_file_and_the_fix(tmp_path):
    generator, docs = tmp_path / "strings", tmp_path / "docs"
    generator.mkdir()
    (generator / "fr.yml").write_text('results:\n  label: "Chapitre"\n', encoding="utf-8")
    (docs / "fr").mkdir(parents=True)
    (docs / "de").mkdir()
    guide = docs / "fr" / "_strings.yml"
    guide.write_text('results:\n  lable: "Leçon"\n', encoding="utf-8")
    with pytest.raises(
        strings.StringsError,
        match=r'^docs/fr/_strings\.yml: unknown "results\.lable" '
        r'\(did you mean "results\.label"\?\)',
    ):
        strings.load("fr", "fr", docs, folder=generator)
    guide.write_text('results:\n  label: "Leçon\n  other: x: y\n', encoding="utf-8")
    with pytest.raises(strings.StringsError, match=r"^docs/fr/_strings\.yml:\d+: "):
        strings.load("fr", "fr", docs, folder=generator)
    guide.write_text("", encoding="utf-8")
    (docs / "de" / "_strings.yml").write_text("results: {}\n", encoding="utf-8")
    with pytest.raises(
        strings.StringsError,
        match=r"^docs/de/_strings\.yml: missing results\.label\. Translate them",
    ):
        strings.load("de", "fr", docs, folder=generator)
