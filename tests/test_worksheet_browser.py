# ruff: noqa: E501  (exact texts the reader sees, read best unbroken)
"""Worksheets in Debian's Chromium: typing, results and their announcement, keyboard only, reload,
language switch, storage blocked or full, erase, invalid input, and axe in both palettes."""

from __future__ import annotations

import json

import pytest
from a11y import assert_no_axe_violations, use_palette
from conftest import plain
from test_quiz_browser import BLOCKED_STORAGE, FULL_STORAGE

SHEET = "#gd-worksheet-verite-2"
KEY = "gd:v1:worksheet:verite-2"
FIELD = SHEET + "-v2-{}"
HOURS = {"heures-creation": "3,5", "heures-publication": "2", "heures-promotion": "1"}


def open_sheet(page, server: str, language: str = "fr") -> None:
    page.goto(f"{server}{'en/' if language == 'en' else ''}verite-2/#v2-fiche")
    page.locator(SHEET).wait_for()


def fill_costs(page, rate: str = "40", ads: str = "1 000") -> None:
    for name, value in {**HOURS, "cout-horaire": rate, "promotion-mensuelle": ads}.items():
        page.fill(FIELD.format(name), value)


def result(page, ident: str) -> str:
    return plain(
        page.locator(f'{SHEET} [data-gd-result="{ident}"] .gd-worksheet__value').inner_text()
    )


def live(page) -> str:
    return plain(page.locator(f"{SHEET} .gd-worksheet__live").inner_text())


def stored(page):
    return page.evaluate(f"() => JSON.parse(localStorage.getItem({json.dumps(KEY)}))")


def test_typing_with_a_decimal_comma_computes_and_formats_in_french(server, page):
    open_sheet(page, server)
    assert result(page, "v2-cout-mensuel") == "—"
    fill_costs(page)
    # (3.5 + 2 + 1) h × 52 / 12 × 40 € + 1000 € = 2126.67 €; × 12 = 25520 €.
    assert result(page, "v2-cout-mensuel") == "2 126,67 €"
    assert result(page, "v2-cout-annuel") == "25 520,00 €"
    missing = page.locator(f'{SHEET} [data-gd-result="v2-ecart"] .gd-worksheet__missing')
    assert plain(missing.inner_text()) == (
        "Pour obtenir ce résultat, remplissez ou corrigez : "
        "Budget annuel accordé aujourd'hui aux médias sociaux."
    )
    page.fill(FIELD.format("budget-actuel"), "30000")
    assert result(page, "v2-ecart") == "-4 480,00 €"
    assert missing.is_hidden()
    assert stored(page)["values"]["v2-heures-creation"] == 3.5
    assert page.problems == []


def test_results_are_announced_once_the_reader_pauses_not_on_load_nor_per_keystroke(server, page):
    open_sheet(page, server)
    assert live(page) == ""
    for name, value in {**HOURS, "promotion-mensuelle": "0"}.items():
        page.fill(FIELD.format(name), value)
    page.locator(FIELD.format("cout-horaire")).press_sequentially("40", delay=60)
    assert live(page) == "", "nothing said while the reader types"
    page.wait_for_timeout(1000)
    assert live(page) == "Coût mensuel : 1 126,67 €. Coût annuel : 13 520,00 €."
    page.reload()
    page.locator(SHEET).wait_for()
    page.wait_for_timeout(1000)
    assert live(page) == "", "restored answers are not announced"
    assert result(page, "v2-cout-annuel") == "13 520,00 €"
    assert page.input_value(FIELD.format("heures-creation")) == "3,5"


def test_keyboard_only(server, page):
    open_sheet(page, server)
    page.locator(FIELD.format("heures-creation")).focus()
    page.keyboard.type("4")
    for value in ("2", "1", "50", "0"):
        page.keyboard.press("Tab")
        page.keyboard.type(value)
    page.keyboard.press("Tab")
    assert (
        page.evaluate("() => document.activeElement.id") == "gd-worksheet-verite-2-v2-budget-actuel"
    )
    assert result(page, "v2-cout-mensuel") == "1 516,67 €"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # nothing to submit: no reload, no loss
    assert result(page, "v2-cout-mensuel") == "1 516,67 €"


def test_answers_follow_the_reader_to_the_other_language(server, page):
    open_sheet(page, server)
    fill_costs(page)
    page.locator(f"{SHEET} .gd-worksheet__live").wait_for(state="attached")
    open_sheet(page, server, "en")
    assert page.input_value(FIELD.format("heures-creation")) == "3.5"
    assert page.input_value(FIELD.format("promotion-mensuelle")) == "1000"
    assert result(page, "v2-cout-mensuel") == "€2,126.67"
    assert live(page) == ""


def test_an_invalid_or_out_of_range_number_says_what_is_wrong(server, page):
    open_sheet(page, server)
    box = page.locator(FIELD.format("heures-creation"))
    box.fill("trois")
    box.blur()
    error = page.locator(f"{FIELD.format('heures-creation')}-error")
    assert plain(error.inner_text()) == "Saisissez un nombre, par exemple 12,5."
    assert box.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in box.get_attribute("aria-describedby")
    box.fill("200")
    box.blur()
    assert plain(error.inner_text()) == "Saisissez un nombre inférieur ou égal à 168."
    box.fill("-1")
    box.blur()
    assert plain(error.inner_text()) == "Saisissez un nombre supérieur ou égal à 0."
    box.fill("1e309")
    box.blur()
    assert plain(error.inner_text()) == "Saisissez un nombre, par exemple 12,5."
    box.fill("")
    box.blur()
    assert error.is_hidden() and box.get_attribute("aria-invalid") is None


def test_huge_and_decimal_values_stay_readable(server, page):
    open_sheet(page, server)
    fill_costs(page, rate="1 234 567,891", ads="0")  # 6.5 h × 52 / 12 × 1234567.891
    assert result(page, "v2-cout-mensuel") == "34 773 662,26 €"


def test_erase_clears_this_worksheet_only_and_says_so(server, page):
    quiz = '{"answers": {}, "score": 0, "total": 6}'  # as components.js writes it
    page.add_init_script(f"localStorage.setItem('gd:v1:quiz:verite-2', {json.dumps(quiz)})")
    open_sheet(page, server)
    erase = page.locator(f"{SHEET} .gd-worksheet__erase")
    assert erase.is_hidden()
    fill_costs(page)
    erase.click()
    assert live(page) == "Vos réponses à cette fiche ont été effacées."
    assert stored(page) is None
    assert page.input_value(FIELD.format("heures-creation")) == ""
    assert result(page, "v2-cout-mensuel") == "—"
    assert page.evaluate("() => localStorage.getItem('gd:v1:quiz:verite-2')") is not None
    assert (
        page.evaluate("() => document.activeElement.id")
        == "gd-worksheet-verite-2-v2-heures-creation"
    )


@pytest.mark.parametrize("script", [BLOCKED_STORAGE, FULL_STORAGE], ids=["blocked", "full"])
def test_without_storage_it_still_computes_and_says_answers_are_not_kept(
    server, context, page, script
):
    context.add_init_script(script)
    open_sheet(page, server)
    fill_costs(page)
    assert result(page, "v2-cout-mensuel") == "2 126,67 €"
    intro = plain(page.locator(f"{SHEET} .gd-worksheet__intro").inner_text())
    assert intro.startswith("Votre navigateur ne permet pas d'enregistrer vos réponses")
    assert [p for p in page.problems if "worksheet" in p] == []


@pytest.mark.parametrize(
    "garbage",
    [
        "{not json",
        "null",
        "[]",
        '{"values": 3}',
        '{"values": {"v2-cout-horaire": "<img src=x onerror=alert(1)>"}}',
    ],
)
def test_garbage_in_storage_is_ignored_or_shown_as_text(server, page, garbage):
    page.add_init_script(f"localStorage.setItem({json.dumps(KEY)}, {json.dumps(garbage)})")
    open_sheet(page, server)
    fill_costs(page)
    assert result(page, "v2-cout-mensuel") == "2 126,67 €"
    assert page.locator(f"{SHEET} img").count() == 0
    assert page.problems == []


def test_without_javascript_it_is_a_form_to_fill_in_by_hand(server, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{server}verite-2/#v2-fiche")
        values = tab.locator(f"{SHEET} .gd-worksheet__value").all_inner_texts()
        assert [plain(value) for value in values] == ["………… €"] * 3
        assert tab.locator(f"{SHEET} .gd-worksheet__explain").first.is_visible()
        assert tab.locator(f"{SHEET} .gd-worksheet__erase").is_hidden()
    finally:
        context.close()


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_axe_violations_empty_and_filled(server, page, palette):
    open_sheet(page, server)
    use_palette(page, palette)
    assert_no_axe_violations(page, SHEET, f"{palette}, empty")
    fill_costs(page)
    page.fill(FIELD.format("heures-creation"), "x")
    page.locator(FIELD.format("heures-creation")).blur()
    assert_no_axe_violations(page, SHEET, f"{palette}, filled, one invalid")


def test_choices_by_keyboard_count_as_numbers(server, page):
    """Truth 4: each tactic essential (1) or nice to have (0), chosen with the arrow keys."""
    page.goto(f"{server}verite-4/#v4-fiche")
    sheet = "#gd-worksheet-verite-4"
    page.locator(sheet).wait_for()
    for tactic, essential in ((1, True), (2, False), (3, True)):
        first = page.locator(f"{sheet}-v4-tactique-{tactic}-rang-indispensable")
        first.focus()
        page.keyboard.press("Space")  # the first option: indispensable
        if not essential:
            page.keyboard.press("ArrowDown")  # moves to, and selects, « accessoire »
    value = page.locator(f'{sheet} [data-gd-result="v4-nb-indispensables"] .gd-worksheet__value')
    assert plain(value.inner_text()) == "2"
    page.wait_for_timeout(1000)
    assert "Tactiques indispensables, sur 3 : 2." in plain(
        page.locator(f"{sheet} .gd-worksheet__live").inner_text()
    )
    assert page.problems == []


@pytest.mark.parametrize(("language", "expected"), [("fr", "80 %"), ("en", "80%")])
def test_a_share_rounds_and_reads_as_a_percentage_in_each_language(
    server, page, language, expected
):
    prefix = "en/" if language == "en" else ""
    page.goto(f"{server}{prefix}verite-5/#v5-fiche")
    sheet = "#gd-worksheet-verite-5"
    page.locator(sheet).wait_for()
    for field, value in (
        ("utiles", "3"),
        ("informatives", "3"),
        ("divertissantes", "2"),
        ("sans-interet", "2"),
    ):
        page.fill(f"{sheet}-v5-nb-{field}", value)
    value = page.locator(f'{sheet} [data-gd-result="v5-part-valeur"] .gd-worksheet__value')
    assert plain(value.inner_text()) == expected
    page.fill(f"{sheet}-v5-nb-sans-interet", "1")  # 8 / 9 = 88.9 % -> 89 %
    assert plain(value.inner_text()) == expected.replace("80", "89")


def test_the_page_prints_the_readers_answers(server, page):
    open_sheet(page, server)
    fill_costs(page)
    page.emulate_media(media="print")
    assert page.input_value(FIELD.format("heures-creation")) == "3,5"
    assert page.locator(FIELD.format("heures-creation")).is_visible()
    assert result(page, "v2-cout-mensuel") == "2 126,67 €"
    assert page.locator(f"{SHEET} .gd-worksheet__erase").is_hidden()
    assert page.locator(f"{SHEET} .gd-worksheet__hint").first.is_hidden()
