# ruff: noqa: E501  (exact author messages, one per line, read best unbroken)
"""Worksheet Markdown in, typed data, exact problems (line and message) or HTML out: no MkDocs.

The formula language (formula.py) is tested here too: parse trees, every error with its column,
evaluation (the reference for worksheet.js, which the browser tests check against it).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from components import blocks, formula, inline, strings, worksheet, worksheet_html  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
/// worksheet | Vérité n° 2 : *combien* ?
    id: verite-2

? number #v2-heures Heures par semaine
    unit: h
    min: 0
    max: 80
    step: 0.5
    hint: Rédaction, [visuels](verite-1.md).

? number #v2-taux Coût horaire
    unit: €

? choice #v2-qui Qui s'en charge ?
    - stagiaire = 0: Un stagiaire
    - expert = 1: Une personne expérimentée

? text #v2-plateforme Votre plateforme principale
? long #v2-notes Vos remarques

= #v2-mensuel Coût mensuel
    formula: round(v2-heures * 52 / 12 * v2-taux, 2)
    unit: €
    key: true
> Les heures par semaine, multipliées par 52 puis divisées par 12,
> multipliées par le coût horaire.

= #v2-annuel Coût annuel
    formula: v2-mensuel * 12 - v2-qui
    digits: 0
> Le coût mensuel multiplié par 12.
///
"""


def parse(text: str, first_line: int = 1):
    found, problems = blocks.scan(text, {"worksheet": worksheet.OPTIONS}, first_line)
    models = []
    for block in found:
        model, more = worksheet.parse(block)
        models.append(model)
        problems += more
    problems.sort(key=lambda problem: problem.line)
    return models, [(problem.line, problem.message) for problem in problems]


FIELD = "? number #a Un nombre\n"
RESULT = "= #r Un résultat\n    formula: a * 2\n> Le double.\n"


def problems_of(body: str, options: str = "    id: w1\n") -> list[tuple[int, str]]:
    """Problems of a worksheet whose body starts on line 3 (line 1: header, line 2: options)."""
    return parse(f"/// worksheet | Titre\n{options}{body}///\n")[1]


def test_a_good_worksheet_is_typed_data():
    [sheet], problems = parse(GOOD)
    assert problems == []
    assert (sheet.id, sheet.title, sheet.line) == ("verite-2", "Vérité n° 2 : *combien* ?", 1)
    hours, rate, who, platform, notes = sheet.fields
    assert (hours.type, hours.unit, hours.min, hours.max, hours.step) == ("number", "h", 0, 80, 0.5)
    assert hours.hint.source == "Rédaction, [visuels](verite-1.md)." and hours.hint.line == 9
    assert [(c.value, c.number, c.label) for c in who.choices] == [
        ("stagiaire", 0, "Un stagiaire"),
        ("expert", 1, "Une personne expérimentée"),
    ]
    assert (platform.type, notes.type, notes.line) == ("text", "long", 19)
    monthly, annual = sheet.results
    assert monthly.key and monthly.unit == "€" and monthly.digits is None
    assert monthly.text[0].source == (
        "Les heures par semaine, multipliées par 52 puis divisées par 12, "
        "multipliées par le coût horaire."
    )
    assert formula.strip_columns(annual.tree) == [
        "-",
        ["*", ["ref", "v2-mensuel"], ["num", 12]],
        ["ref", "v2-qui"],
    ]
    assert annual.digits == 0 and not annual.key


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", [(1, worksheet.say.NO_FIELDS)]),
        (
            "? #a Un\n",
            [(3, 'field has no type. Write it after "?": "? number|text|long|choice #id Label".')],
        ),
        (
            "? dropdown #a Un\n",
            [(3, 'unknown field type "dropdown". Use one of: number, text, long, choice.')],
        ),
        (
            "? numbr #a Un\n",
            [
                (
                    3,
                    'unknown field type "numbr" (did you mean "number"?). Use one of: number, text, long, choice.',
                )
            ],
        ),
        (
            "? text Un\n",
            [(3, 'field has no id. Write it after the type, e.g. "? text #c1-my-field Label".')],
        ),
        (
            "? text #2a Un\n",
            [
                (
                    3,
                    'invalid field id "2a". Use lowercase letters, digits and hyphens, starting with a letter, e.g. "c1-my-field".',
                )
            ],
        ),
        ("? text #a\n", [(3, 'field "a" has no label. Write it after the id: "? text #a Label".')]),
        (
            FIELD + "    unite: h\n",
            [
                (
                    4,
                    'unknown option "unite" for a number field (did you mean "unit"?). Use one of: unit, min, max, step, hint.',
                )
            ],
        ),
        (
            FIELD + "    min: zéro\n",
            [(4, 'option "min" is "zéro", not a number. Write it with digits, e.g. 0.5.')],
        ),
        (
            FIELD + "    min: 5\n    max: 1\n",
            [(3, 'field "a": min (5) is above max (1). Swap them.')],
        ),
        (FIELD + "    step: 0\n", [(3, 'field "a": step must be above 0 (it is 0).')]),
        (
            FIELD + "    hint:\n",
            [(4, 'option "hint" has no value. Write it after the colon: "hint: …".')],
        ),
        (
            "? choice #c Choix\n",
            [
                (
                    3,
                    'choice "c" has no option. Add indented lines such as "    - value: Label" under it.',
                )
            ],
        ),
        (
            "? choice #c Choix\n    - Oui\n    - non: Non\n",
            [(4, worksheet.say.CHOICE_OPTION_FORM)],
        ),
        (
            "? choice #c Choix\n    - x: A\n    - x: B\n",
            [(5, 'choice "c" has the option "x" twice. Give each option its own value.')],
        ),
        (
            FIELD + "    - x: A\n",
            [
                (
                    4,
                    'an option line ("- value: Label") belongs under a choice field; "a" is a number field.',
                )
            ],
        ),
        (FIELD + "Du texte.\n", [(4, worksheet.say.WORKSHEET_STRAY_TEXT)]),
        (
            FIELD + "= Résultat\n    formula: a\n> x\n",
            [(4, 'result has no id. Write it after "=", e.g. "= #c1-my-result Label".')],
        ),
        (
            FIELD + "= #r\n    formula: a\n> x\n",
            [(4, 'result "r" has no label. Write it after the id: "= #r Label".')],
        ),
        (
            FIELD + "= #r Résultat\n> x\n",
            [
                (
                    4,
                    'result "r" has no formula. Add the indented line "    formula: a + b" under its "=" line.',
                )
            ],
        ),
        (
            FIELD + "= #r Résultat\n    formula: a\n",
            [(4, worksheet.say.RESULT_NO_TEXT.format(id="r"))],
        ),
        (
            FIELD + "= #r Résultat\n    formula: a / 0\n> x\n",
            [
                (
                    5,
                    'result "r", formula column 3: division by zero. Divide by another number or a field.',
                )
            ],
        ),
        (
            FIELD + "= #r Résultat\n    formula: a +\n> x\n",
            [
                (
                    5,
                    'result "r", formula column 4: a number, a field id or ( expected, found the end of the formula.',
                )
            ],
        ),
        (
            FIELD + "= #r Résultat\n    formula: ab * 2\n> x\n",
            [
                (
                    4,
                    'result "r" reads "ab", which is no field or result of this worksheet (did you mean "a"?).',
                )
            ],
        ),
        (
            FIELD + "? number #b Autre\n= #r Résultat\n    formula: a-b\n> x\n",
            [
                (
                    5,
                    'result "r" reads "a-b", which is no field or result of this worksheet. To subtract, put spaces around the minus: "a - b".',
                )
            ],
        ),
        (
            "? text #t Texte\n= #r Résultat\n    formula: t * 2\n> x\n",
            [
                (
                    4,
                    'result "r" reads "t", a text field. A formula reads number fields, choices whose options have a number ("- value = 1: Label") and other results.',
                )
            ],
        ),
        (
            FIELD + "= #r Un\n    formula: s + a\n> x\n= #s Deux\n    formula: r * 2\n> x\n",
            [(4, 'results "r" → "s" → "r" depend on each other in a circle. Break the circle.')],
        ),
        (
            FIELD + "? text #a Encore\n",
            [(4, '"a" names two things in this worksheet (also line 3).')],
        ),
        (
            FIELD + "= #r Un\n    formula: a\n    digits: 9\n> x\n",
            [(4, 'result "r": digits must be a whole number from 0 to 6 (it is 9).')],
        ),
        (
            FIELD + "= #r Un\n    formula: a\n    key: oui\n> x\n",
            [(6, 'option "key" is "oui". Write "key: true" or "key: false".')],
        ),
    ],
)
def test_each_mistake_gives_its_line_and_fix(body, expected):
    assert problems_of(body) == expected


def test_the_header_needs_an_id_and_a_title():
    assert parse("/// worksheet\n" + FIELD + "///\n")[1] == [
        (1, worksheet.say.WORKSHEET_NO_ID),
        (1, worksheet.say.WORKSHEET_NO_TITLE),
    ]
    assert problems_of(FIELD, "    id: Fiche 1\n") == [
        (
            2,
            'invalid worksheet id "Fiche 1". Use lowercase letters, digits and hyphens, e.g. "chapter-1".',
        )
    ]


def test_translations_keep_ids_types_bounds_and_formulas():
    [source], _ = parse(GOOD)
    english = GOOD.replace("Heures par semaine", "Hours a week").replace(
        "Un stagiaire", "An intern"
    )
    [same], _ = parse(english)
    assert worksheet.compare(source, "docs/fr/verite-2.md", same) == []
    changed = english.replace("max: 80", "max: 60").replace(
        "v2-mensuel * 12 - v2-qui", "v2-mensuel * 12"
    )
    [other], _ = parse(changed.replace("? long #v2-notes Vos remarques\n", ""))
    assert [
        (p.line, p.message) for p in worksheet.compare(source, "docs/fr/verite-2.md", other)
    ] == [
        (
            1,
            'worksheet "verite-2" has 4 fields here and 5 in docs/fr/verite-2.md:1. Translate every field, in the same order.',
        ),
        (
            4,
            'field 1 is "number #v2-heures 0..60 step 0.5" here but "number #v2-heures 0..80 step 0.5" in docs/fr/verite-2.md:4. Keep the same fields (ids, types, options, formulas) in every language, in the same order.',
        ),
        (
            27,
            "result 2 is \"#v2-annuel = ['*', ['ref', 'v2-mensuel'], ['num', 12]] digits 0 key False\" here but "
            "\"#v2-annuel = ['-', ['*', ['ref', 'v2-mensuel'], ['num', 12]], ['ref', 'v2-qui']] digits 0 key False\" "
            "in docs/fr/verite-2.md:28. Keep the same results (ids, types, options, formulas) in every language, in the same order.",
        ),
    ]


def test_ids_are_registered_for_the_whole_site():
    [sheet], _ = parse(GOOD)
    assert worksheet.ids(sheet)[:3] == [
        ("worksheet", "verite-2", 1),
        ("worksheet field", "v2-heures", 4),
        ("worksheet field", "v2-taux", 11),
    ]


# --- Formulas -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("1 + 2 * 3", ["+", ["num", 1], ["*", ["num", 2], ["num", 3]]]),
        ("(1 + 2) * 3", ["*", ["+", ["num", 1], ["num", 2]], ["num", 3]]),
        ("-a - -2.5", ["-", ["neg", ["ref", "a"]], ["neg", ["num", 2.5]]]),
        ("a / b / c", ["/", ["/", ["ref", "a"], ["ref", "b"]], ["ref", "c"]]),
        ("max(a, 0)", ["call", "max", [["ref", "a"], ["num", 0]]]),
    ],
)
def test_formulas_parse_with_the_usual_precedence(text, tree):
    assert formula.strip_columns(formula.parse(text)) == tree


@pytest.mark.parametrize(
    ("text", "column", "start"),
    [
        ("12,5", 3, "a comma is not expected here. Write decimals with a dot"),
        ("a $ b", 3, '"$" cannot be used in a formula.'),
        ("floor(a)", 1, 'unknown function "floor". Use round(), min(), max().'),
        ("round(a, 1, 2)", 1, "round() takes 1 to 2 values, not 3."),
        ("(a + b", 7, '")" expected, found the end of the formula.'),
        ("a b", 3, '"b" is not expected here.'),
        ("", 1, "the formula is empty."),
    ],
)
def test_formula_errors_name_their_column(text, column, start):
    with pytest.raises(formula.FormulaError) as caught:
        formula.parse(text)
    assert caught.value.column == column and caught.value.message.startswith(start)


def test_evaluation_rounds_half_up_and_refuses_division_by_zero():
    tree = formula.strip_columns(formula.parse("round(a / b, 1) + min(a, b)"))
    assert formula.evaluate(tree, {"a": 1, "b": 8}) == 0.1 + 1
    assert formula.evaluate(tree, {"a": 1, "b": 0}) is None
    assert formula.evaluate(tree, {"a": 1}) is None
    assert formula.evaluate(formula.strip_columns(formula.parse("round(2.5)")), {}) == 3
    assert formula.evaluate(formula.strip_columns(formula.parse("round(-2.5)")), {}) == -2


_NAMES = st.sampled_from(["a", "b", "c-d"])


def _formulas():
    leaves = st.one_of(
        st.integers(0, 10**9).map(str),
        st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:.3f}"),
        _NAMES,
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(
                lambda t: f"({t[0]} {t[1]} {t[2]})"
            ),
            inner.map(lambda x: f"-{x}"),
            st.tuples(st.sampled_from(["round", "min", "max"]), inner, inner).map(
                lambda t: f"{t[0]}({t[1]}, {t[2]})" if t[0] != "round" else f"round({t[1]})"
            ),
        ),
        max_leaves=8,
    )


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_formulas())
def test_any_well_formed_formula_parses_and_its_tree_round_trips_through_json(text):
    try:
        tree = formula.strip_columns(formula.parse(text))
    except formula.FormulaError as error:
        assert error.message.startswith("division by zero")
        return
    assert json.loads(json.dumps(tree)) == tree
    assert {name for name, _ in formula.references(formula.parse(text))} <= {"a", "b", "c-d"}


# --- HTML ------------------------------------------------------------------------------------


def render(text: str = GOOD, language: str = "fr") -> BeautifulSoup:
    [sheet], problems = parse(text)
    assert problems == []
    t = strings.load(language, "fr")["worksheet"]
    html = worksheet_html.render(sheet, t, lambda piece: inline.render(piece.source, lambda u: u))
    return BeautifulSoup(html, "html.parser")


def test_every_control_has_its_label_unit_and_hint():
    document = render()
    for control in document.select("input:not([type=radio]), textarea"):
        label = document.select_one(f'label[for="{control["id"]}"]')
        assert label is not None and label.get_text(strip=True)
        for described in control.get("aria-describedby", "").split():
            assert document.select_one(f"#{described}") is not None
    hours = document.select_one("#gd-worksheet-verite-2-v2-heures")
    assert hours["inputmode"] == "decimal" and hours["type"] == "text"
    assert "gd-worksheet-verite-2-v2-heures-unit" in hours["aria-describedby"]
    choice = document.select_one('fieldset[data-gd-field="v2-qui"]')
    assert choice.legend.get_text(strip=True) == "Qui s'en charge ?"
    assert [radio["value"] for radio in choice.select("input[type=radio]")] == [
        "stagiaire",
        "expert",
    ]
    assert document.select_one("textarea#gd-worksheet-verite-2-v2-notes") is not None


def test_without_javascript_each_result_is_a_blank_with_its_explanation():
    document = render()
    result = document.select_one('[data-gd-result="v2-mensuel"]')
    assert result.select_one(".gd-worksheet__value").get_text() == worksheet_html.BLANK + " €"
    assert (
        "multipliées par le coût horaire" in result.select_one(".gd-worksheet__explain").get_text()
    )
    assert document.select_one(".gd-worksheet__erase").has_attr("hidden")
    assert document.select_one(".gd-worksheet__live")["aria-live"] == "polite"
    data = json.loads(document.select_one("[data-gd=worksheet]")["data-gd-sheet"])
    assert data["results"][0]["tree"][0] == "call" and data["results"][0]["key"] is True
    assert data["fields"][2]["choices"] == {"stagiaire": 0, "expert": 1}


def test_author_text_is_escaped_everywhere():
    hostile = GOOD.replace("Coût horaire", '<script>alert(1)</script>"><b>x</b>').replace(
        "    unit: €\n    key", '    unit: "><script>\n    key'
    )
    document = render(hostile)
    assert document.find("script") is None and document.find("b") is None
    assert "<script>alert(1)</script>" in document.get_text()


def test_every_worksheet_message_is_in_the_authors_guide():
    """AUTHORING.md lists each message with its fix: a new message needs its row there."""
    guide = (ROOT / "AUTHORING.md").read_text(encoding="utf-8").replace("\\|", "|")
    names = set()
    for module in (worksheet,):
        names |= set(re.findall(r"say\.([A-Z_]+)", Path(module.__file__).read_text("utf-8")))
    assert len(names) > 25
    for name in sorted(names):
        for fixed in re.split(r"\{\w*\}", getattr(worksheet.say, name)):
            if len(fixed) > 12:
                assert fixed in guide, f"{name}: {fixed!r} is not in AUTHORING.md"


def test_no_message_is_defined_twice():
    """A second UNKNOWN_OPTION once replaced the first one, and a block's message lost its fields."""
    import ast

    tree = ast.parse((ROOT / "hooks" / "components" / "messages.py").read_text(encoding="utf-8"))
    names = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_glossary_abbreviations_reach_component_text_only():
    from components import abbreviations

    terms = abbreviations.parse("*[KPI]: Indicateur « clé »\n*[SEO]: Référencement <naturel>\n")
    assert terms == {"KPI": "Indicateur « clé »", "SEO": "Référencement <naturel>"}
    html = (
        '<p data-x="KPI">Un KPI, des KPIs, <code>KPI</code>, <abbr title="x">SEO</abbr> et SEO.</p>'
    )
    assert abbreviations.apply(html, terms) == (
        '<p data-x="KPI">Un <abbr title="Indicateur « clé »">KPI</abbr>, des KPIs, '
        '<code>KPI</code>, <abbr title="x">SEO</abbr> et '
        '<abbr title="Référencement &lt;naturel&gt;">SEO</abbr>.</p>'
    )
