"""Checklist Markdown in, typed data, exact problems (line and message) or HTML out: no MkDocs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from components import blocks, checklist, checklist_html, inline, quiz, site, strings  # noqa: E402

STRINGS = Path(__file__).resolve().parent.parent / "hooks" / "components" / "locales"

GOOD = """\
/// checklist | Vérité n° 4 : votre *stratégie* d'abord ?
    id: verite-4

- [ ] #v4-objectif Chaque compte social a un objectif écrit.
- [ ] #v4-kpi Vos objectifs sont mesurables,
  et suivis par un KPI.
* [ ] #v4-tri Vous triez vos actions.

= 0-1 #v4-debut Les fondations sont à poser
> Commencez par [le pourquoi](verite-4.md#v4-pourquoi).
>
> Puis écrivez vos objectifs.

= 2 #v4-milieu En bonne voie
> Reliez chaque publication à un objectif.

= 3 #v4-fin Un cap clair
> Passez à [la vérité n° 5](verite-5.md).
///
"""


def parse(text: str, first_line: int = 1):
    found, problems = blocks.scan(text, {"checklist": checklist.OPTIONS}, first_line)
    models = []
    for block in found:
        model, more = checklist.parse(block)
        models.append(model)
        problems += more
    problems.sort(key=lambda problem: problem.line)
    return models, [(problem.line, problem.message) for problem in problems]


ITEMS = "- [ ] #a Un.\n- [ ] #b Deux.\n"
BANDS = "= 0-1 #low Bas\n> Texte.\n= 2 #high Haut\n> Texte.\n"


def problems_of(body: str, options: str = "    id: c1\n") -> list[tuple[int, str]]:
    """Problems of a checklist whose body starts on line 3 (line 1: header, line 2: options)."""
    return parse(f"/// checklist | Titre\n{options}{body}///\n")[1]


def test_a_valid_checklist_becomes_typed_data():
    (model,), problems = parse(GOOD)
    assert problems == []
    assert (model.id, model.title, model.line) == (
        "verite-4",
        "Vérité n° 4 : votre *stratégie* d'abord ?",
        1,
    )
    assert model.items == (
        checklist.Item("v4-objectif", "Chaque compte social a un objectif écrit.", 4),
        checklist.Item("v4-kpi", "Vos objectifs sont mesurables,\net suivis par un KPI.", 5),
        checklist.Item("v4-tri", "Vous triez vos actions.", 7),
    )
    first, second, third = model.bands
    assert (first.id, first.low, first.high, first.title, first.line) == (
        "v4-debut",
        0,
        1,
        "Les fondations sont à poser",
        9,
    )
    assert first.text == (
        "Commencez par [le pourquoi](verite-4.md#v4-pourquoi).\n\nPuis écrivez vos objectifs."
    )
    assert first.paragraphs() == [
        quiz.Text("Commencez par [le pourquoi](verite-4.md#v4-pourquoi).", 10),
        quiz.Text("Puis écrivez vos objectifs.", 12),
    ]
    assert (second.low, second.high, third.low, third.high) == (2, 2, 3, 3)
    assert [model.band_for(score).id for score in range(4)] == [
        "v4-debut",
        "v4-debut",
        "v4-milieu",
        "v4-fin",
    ]


def test_an_en_dash_range_and_blank_lines_between_paragraphs():
    body = f"{ITEMS}= 0\u20131 #low Bas\n> Un.\n\n> Deux.\n= 2 #high Haut\n> Trois.\n"
    (model,), problems = parse(f"/// checklist | T\n    id: c\n\n{body}///\n")
    assert problems == []
    assert (model.bands[0].high, model.bands[0].text) == (1, "Un.\n\nDeux.")
    assert [piece.line for piece in model.bands[0].paragraphs()] == [7, 9]


def test_lines_count_from_the_first_line_given():
    _, problems = parse(f"/// checklist | T\n    id: c\n{BANDS}///\n", first_line=40)
    assert (40, checklist.say.NO_ITEMS) in problems


def test_fenced_code_and_other_blocks_are_not_read():
    text = "```markdown\n/// checklist | Exemple\n```\n\n/// details | Résumé\n\nTexte\n///\n"
    assert parse(text) == ([], [])


def test_no_items():
    assert problems_of("= 0 #only Seul\n> Rien à cocher.\n") == [
        (
            1,
            'checklist has no item. Add one statement per line, e.g. "- [ ] #c1-my-item What '
            'is true".',
        )
    ]


def test_no_bands():
    assert problems_of(ITEMS) == [
        (
            1,
            "checklist has no band. Add bands covering every score from 0 to 2, each starting "
            'with a line such as "= 0-3 #c1-my-band Title".',
        )
    ]


def test_overlapping_bands():
    bands = "= 0-1 #low Bas\n> Texte.\n= 1-2 #high Haut\n> Texte.\n"
    assert problems_of(ITEMS + bands) == [
        (
            7,
            'bands "high" and "low" (line 5) both cover a score of 1. Give each score to one '
            "band only.",
        )
    ]


def test_a_score_left_uncovered():
    bands = "= 0 #low Bas\n> Texte.\n= 2 #high Haut\n> Texte.\n"
    assert problems_of("- [ ] #c Trois.\n" + ITEMS + bands) == [
        (
            1,
            "no band covers a score of 1, 3. The bands must cover every score from 0 to 3: "
            "widen a band or add one.",
        )
    ]


def test_a_band_beyond_the_number_of_items():
    bands = "= 0-1 #low Bas\n> Texte.\n= 2-4 #high Haut\n> Texte.\n"
    assert problems_of(ITEMS + bands) == [
        (7, 'band "high" goes up to 4 but the checklist has 2 items. End the last band at 2.')
    ]


@pytest.mark.parametrize(
    "band, message",
    [
        (
            "= 3-1 #high Haut",
            'invalid band range "3-1". Write the lowest and highest scores of the band, e.g. '
            '"= 0-3 #c1-my-band Title" (or "= 7 #id Title" for one score).',
        ),
        (
            "= deux #high Haut",
            'invalid band range "deux". Write the lowest and highest scores of the band, e.g. '
            '"= 0-3 #c1-my-band Title" (or "= 7 #id Title" for one score).',
        ),
        (
            "= #high Haut",
            'band has no score range. Write it after "=", e.g. "= 0-3 #c1-my-band Title".',
        ),
        (
            "= 2 Haut",
            'band "2" has no id. Write it after the range, e.g. "= 2 #c1-my-band Title".',
        ),
        (
            "= 2 #Haut_2 Haut",
            'invalid band id "Haut_2". Use lowercase letters, digits and hyphens, '
            'e.g. "c1-my-band".',
        ),
    ],
)
def test_band_headers(band, message):
    assert problems_of(f"{ITEMS}= 0-1 #low Bas\n> Texte.\n{band}\n> Texte.\n") == [(7, message)]


def test_empty_items_and_bands():
    body = "- [ ] #a\n- [ ] #b Deux.\n= 0-1 #low\n> Texte.\n= 2 #high Haut\n"
    assert problems_of(body) == [
        (3, 'item "a" has no text. Write the statement after "#a", or delete the line.'),
        (5, 'band "low" has no title. Write it after the id: "= 0-1 #low Title".'),
        (
            7,
            'band "high" has no text. Under its "=" line, say what the score means and what to '
            'read next, on lines starting with ">".',
        ),
    ]


def test_item_ids():
    body = "- [ ] Sans identifiant.\n- [ ] # Vide.\n- [ ] #B_2 Mauvais.\n" + BANDS
    body = body.replace("= 2 #high", "= 2-3 #high")
    assert problems_of(body) == [
        (3, 'item has no id. Write it right after the box, e.g. "- [ ] #c1-my-item Text".'),
        (4, 'item has no id. Write it right after the box, e.g. "- [ ] #c1-my-item Text".'),
        (
            5,
            'invalid item id "B_2". Use lowercase letters, digits and hyphens, e.g. "c1-my-item".',
        ),
    ]


def test_misplaced_lines():
    body = "Intro\n- [x] #a Un.\n- #b Deux.\n- [ ] #b Deux.\nTexte perdu\n" + BANDS
    body += "Texte sans chevron\n- [ ] #c Trop tard.\n"
    assert problems_of(body) == [
        (
            3,
            'text before the first item. Start each item with "- [ ] #id", or move the text '
            'above "/// checklist".',
        ),
        (4, 'ticked item. Items start unticked: write "- [ ]", the reader ticks them.'),
        (5, 'item without a box. Start every item with "- [ ] #id".'),
        (
            7,
            "unexpected text after the items. Indent it to continue an item, "
            'or start a band with "= 0-3 #id Title".',
        ),
        (
            12,
            'unexpected text in a band. Start each line of its text with ">", '
            'or start a new band with "= 4-6 #id Title".',
        ),
        (13, "item after the bands. Put every item first, then the bands."),
    ]


def test_unknown_option():
    assert problems_of(ITEMS + BANDS, "    id: c1\n    shuffle: true\n") == [
        (3, 'unknown checklist option "shuffle". Use one of: id.')
    ]


def test_missing_id_and_title():
    assert parse(f"/// checklist\n{ITEMS}{BANDS}///\n")[1] == [
        (
            1,
            'checklist has no id. Add the indented line "    id: chapter-1" right under '
            '"/// checklist | ...".',
        ),
        (1, 'checklist has no title. Write it after a bar: "/// checklist | My title".'),
    ]


def test_invalid_checklist_id():
    assert problems_of(ITEMS + BANDS, "    id: Vérité 4\n") == [
        (
            2,
            'invalid checklist id "Vérité 4". Use lowercase letters, digits and hyphens, e.g. '
            '"chapter-1".',
        )
    ]


def test_unclosed_block():
    assert parse(f"Intro\n\n/// checklist | T\n    id: c\n\n{ITEMS}{BANDS}")[1] == [
        (3, 'unclosed checklist block. Add a line "///" after its last line.')
    ]


def test_ids_for_the_site_checks():
    (model,), _ = parse(GOOD)
    assert checklist.ids(model) == [
        ("checklist", "verite-4", 1),
        ("checklist item", "v4-objectif", 4),
        ("checklist item", "v4-kpi", 5),
        ("checklist item", "v4-tri", 7),
        ("band", "v4-debut", 9),
        ("band", "v4-milieu", 14),
        ("band", "v4-fin", 17),
    ]


# Across pages and languages (site.py with checklist.compare).


def _model(text: str = GOOD) -> checklist.Checklist:
    (model,), problems = parse(text)
    assert problems == []
    return model


def test_duplicate_ids_in_the_site():
    model = _model()
    registry = site.Site()
    assert registry.add("fr", "checklist", "docs/fr/a.md", model, checklist.ids(model)) == []
    twice = GOOD.replace("#v4-tri", "#v4-objectif").replace("id: verite-4", "id: autre")
    other = _model(twice)
    errors = registry.add("fr", "checklist", "docs/fr/b.md", other, checklist.ids(other))
    assert [str(error) for error in errors] == [
        'docs/fr/b.md:4: duplicate checklist item id "v4-objectif", already used at '
        "docs/fr/a.md:4. Give each checklist item its own id.",
        'docs/fr/b.md:5: duplicate checklist item id "v4-kpi", already used at docs/fr/a.md:5. '
        "Give each checklist item its own id.",
        'docs/fr/b.md:7: duplicate checklist item id "v4-objectif", already used at '
        "docs/fr/a.md:4. Give each checklist item its own id.",
        'docs/fr/b.md:9: duplicate band id "v4-debut", already used at docs/fr/a.md:9. Give each '
        "band its own id.",
        'docs/fr/b.md:14: duplicate band id "v4-milieu", already used at docs/fr/a.md:14. Give '
        "each band its own id.",
        'docs/fr/b.md:17: duplicate band id "v4-fin", already used at docs/fr/a.md:17. Give each '
        "band its own id.",
    ]
    again = registry.add("fr", "checklist", "docs/fr/c.md", model, checklist.ids(model))
    assert str(again[0]) == (
        'docs/fr/c.md:1: duplicate checklist id "verite-4", already used at docs/fr/a.md:1. '
        "Give each checklist its own id."
    )


def test_a_quiz_and_a_checklist_share_their_page_id():
    """One of each per truth page, both `verite-4`: the registry keeps them apart by kind."""
    model = _model()
    quizzes, _ = blocks.scan(
        "/// quiz | Q\n    id: verite-4\n? single #q\nQ ?\n- [x] A\n- [ ] B\n///\n",
        {"quiz": quiz.OPTIONS},
    )
    quiz_model, _ = quiz.parse(quizzes[0])
    registry = site.Site()
    assert registry.add("fr", "quiz", "docs/fr/v.md", quiz_model, quiz.ids(quiz_model)) == []
    assert registry.add("fr", "checklist", "docs/fr/v.md", model, checklist.ids(model)) == []
    assert registry.entries("fr", "checklist")["verite-4"].model is model
    assert registry.entries("fr", "quiz")["verite-4"].model is quiz_model
    assert registry.entries("en", "checklist") == {}


def test_missing_translations():
    model = _model()
    registry = site.Site()
    registry.add("fr", "checklist", "docs/fr/v.md", model, checklist.ids(model))
    other = _model(GOOD.replace("id: verite-4", "id: autre"))
    registry.add("en", "checklist", "docs/en/w.md", other, [("checklist", "autre", 1)])

    def counterpart(path, language):
        return path.replace("/fr/", f"/{language}/").replace("/en/", f"/{language}/")

    errors = registry.compare("fr", "en", counterpart, {"checklist": checklist.compare})
    assert [str(error) for error in errors] == [
        'docs/fr/v.md:1: checklist "verite-4" has no "en" version. Add it, with the same id, '
        "to docs/en/v.md.",
        'docs/en/w.md:1: checklist "autre" has no "fr" version. Add it, with the same id, to '
        "docs/fr/w.md, or remove it.",
    ]


@pytest.mark.parametrize(
    "replace, expected",
    [
        ({}, []),
        (
            {"#v4-kpi": "#v4-kpis"},
            [
                (
                    5,
                    'item 2 is "v4-kpis" here but "v4-kpi" in docs/fr/x.md:5. Use the same item '
                    "ids, in the same order, in every language.",
                )
            ],
        ),
        (
            {"* [ ] #v4-tri Vous triez vos actions.\n": ""},
            [
                (
                    1,
                    'checklist "verite-4" has 2 items here and 3 in docs/fr/x.md:1. Translate '
                    "every item, in the same order.",
                ),
            ],
        ),
        (
            {"= 2 #v4-milieu": "= 2 #v4-moyen"},
            [
                (
                    14,
                    'band 2 is "v4-moyen" here but "v4-milieu" in docs/fr/x.md:14. Use the same '
                    "band ids, in the same order, in every language.",
                )
            ],
        ),
        (
            {"= 0-1 #v4-debut": "= 0 #v4-debut", "= 2 #v4-milieu": "= 1-2 #v4-milieu"},
            [
                (
                    9,
                    'band "v4-debut" covers 0-0 here but 0-1 in docs/fr/x.md:9. '
                    "Use the same scores in every language.",
                ),
                (
                    14,
                    'band "v4-milieu" covers 1-2 here but 2-2 in docs/fr/x.md:14. '
                    "Use the same scores in every language.",
                ),
            ],
        ),
        (
            {"\n= 2 #v4-milieu En bonne voie\n> Reliez chaque publication à un objectif.\n": ""},
            [
                (
                    1,
                    'checklist "verite-4" has 2 bands here and 3 in docs/fr/x.md:1. Translate '
                    "every band, in the same order.",
                ),
                (
                    14,
                    'band 2 is "v4-fin" here but "v4-milieu" in docs/fr/x.md:14. Use the same '
                    "band ids, in the same order, in every language.",
                ),
            ],
        ),
    ],
)
def test_translation_parity(replace, expected):
    translated = GOOD
    for old, new in replace.items():
        assert old in translated
        translated = translated.replace(old, new)
    (copy,), _ = parse(translated)
    problems = checklist.compare(_model(), "docs/fr/x.md", copy)
    assert [(problem.line, problem.message) for problem in problems] == expected


# HTML (checklist_html.py)


def keep(url: str) -> str | None:
    return url if inline.is_safe_url(url) else None


def _render(text: str = GOOD, language: str = "fr") -> BeautifulSoup:
    catalogue = strings.load(language, "fr")
    html = checklist_html.render(
        _model(text), catalogue["checklist"], lambda piece: inline.render(piece.source, keep)
    )
    return BeautifulSoup(html, "html.parser")


def test_checklist_markup_works_without_javascript():
    page = _render()
    root = page.select_one("section.gd-checklist")
    assert (root["data-gd"], root["data-gd-id"], root["data-gd-page"]) == (
        "checklist",
        "verite-4",
        "verite-4",
    )
    assert root["aria-labelledby"] == "gd-checklist-verite-4-title"
    assert page.select_one("h3#gd-checklist-verite-4-title").decode_contents() == (
        "Vérité n° 4 : votre <em>stratégie</em> d'abord ?"
    )
    legend = page.select_one("fieldset > legend").get_text()
    assert legend == "Cochez chaque affirmation vraie pour votre marque ou votre pratique."
    boxes = page.select("fieldset input[type=checkbox]")
    assert [box["value"] for box in boxes] == ["v4-objectif", "v4-kpi", "v4-tri"]
    for box in boxes:
        assert not box.has_attr("checked")
        assert page.select_one(f"label[for={box['id']}]").get_text()
    bands = page.select("li.gd-checklist__band")
    assert [" ".join(band.p.get_text().split()) for band in bands] == [
        "Score de 0 à 1 : Les fondations sont à poser Votre résultat",
        "Score de 2 : En bonne voie Votre résultat",
        "Score de 3 : Un cap clair Votre résultat",
    ]
    assert all(band.select_one(".gd-checklist__current").has_attr("hidden") for band in bands)
    assert [(band["data-gd-low"], band["data-gd-high"]) for band in bands] == [
        ("0", "1"),
        ("2", "2"),
        ("3", "3"),
    ]
    assert str(bands[0].select("p")[1]) == (
        '<p>Commencez par <a href="verite-4.md#v4-pourquoi">le pourquoi</a>.</p>'
    )
    live = page.select_one(".gd-checklist__live")
    assert live["aria-live"] == "polite" and live.get_text() == "", "silent until a tick"
    assert page.select_one(".gd-checklist__score").has_attr("hidden")


def test_english_strings():
    page = _render(language="en")
    assert page.select_one("legend").get_text().startswith("Tick each statement")
    assert page.select_one(".gd-checklist__range").get_text() == "Score 0 to 1:"


def test_author_html_is_shown_as_text():
    hostile = GOOD.replace(
        "Chaque compte social a un objectif écrit.",
        '<img src=x onerror="alert(1)"> <script>x</script>',
    ).replace("Les fondations sont à poser", "<b>Gras</b>")
    page = _render(hostile)
    assert not page.select("section img, section script, section b")
    assert (
        page.select_one("label").get_text() == '<img src=x onerror="alert(1)"> <script>x</script>'
    )


def test_band_text_helper_for_other_pages():
    model = _model()
    html = checklist_html.band_text(model.bands[0], lambda piece: f"[{piece.line}]{piece.source}")
    assert html == (
        "<p>[10]Commencez par [le pourquoi](verite-4.md#v4-pourquoi).</p>"
        "<p>[12]Puis écrivez vos objectifs.</p>"
    )


def test_every_language_has_the_checklist_strings():
    default = yaml.safe_load((STRINGS / "fr.yml").read_text(encoding="utf-8"))
    needed = set(checklist_html.SCRIPT_STRINGS) | {"legend", "bands", "range", "range_one"}
    assert set(default["checklist"]) >= needed | {"current"}
    for path in STRINGS.glob("*.yml"):
        assert set(strings.load(path.stem, "fr")["checklist"]) == set(default["checklist"])


def test_every_checklist_message_is_in_the_authors_guide():
    """AUTHORING.md lists each message with its fix: a new message needs its row there."""
    source = (Path(checklist.__file__)).read_text(encoding="utf-8")
    guide = (STRINGS.parents[2] / "AUTHORING.md").read_text(encoding="utf-8").replace("\\|", "|")
    names = sorted(set(re.findall(r"say\.([A-Z_]+)", source)))
    assert len(names) > 20
    for name in names:
        template = getattr(checklist.say, name)
        # Compare the fixed text between placeholders: the guide shows one example of each.
        for fixed in re.split(r"\{\w*\}", template):
            if len(fixed) > 12:
                assert fixed in guide, f"{name}: {fixed!r} is not in AUTHORING.md"
