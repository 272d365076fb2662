"""Hostile reader input in Debian's Chromium (issue 18): addresses whose hash or `?h=` (Material's
search highlight) holds markup, broken percent-encoding or thousands of characters, and garbage in
the browser's storage under every key the guide uses (not JSON, wrong types, out-of-range answers,
megabytes, `__proto__` keys). Nothing runs, every page still works, and the reader is told once,
in a static notice, which saved results could not be read."""

from __future__ import annotations

import json

import pytest
from a11y import assert_no_axe_violations
from conftest import plain
from test_results_browser import problems, visit, words
from test_share import SHARE_MOCK

TRUTHS = [f"verite-{number}" for number in range(1, 6)]
NOTICE = ".gd-notice"
QUIZ = "#gd-quiz-verite-1"
CHECKLIST = "#gd-checklist-verite-1"
SHEET = "#gd-worksheet-verite-1"
FIRST = "#gd-verite-1-v1-restaurant"  # single choice, the second answer is right
NOTHING_RAN = """() => ({
  pwned: window.pwned === undefined ? null : String(window.pwned),
  handlers: document.querySelectorAll("[onerror], [onload], script:not([src]):not([type])").length,
  polluted: [({}).polluted, [].polluted, Object.prototype.polluted]
    .filter((value) => value !== undefined).length,
})"""
# Inline scripts of the page itself: Material's, the palette's, the share capability test.
INLINE_SCRIPTS = "() => document.querySelectorAll('script:not([src]):not([type])').length"


def prefix(language: str) -> str:
    return "" if language == "fr" else language + "/"


def assert_nothing_ran(page, inline: int) -> None:
    page.wait_for_timeout(100)  # an onerror or onload would have run by now
    found = page.evaluate(NOTHING_RAN)
    assert found == {"pwned": None, "handlers": inline, "polluted": 0}
    assert problems(page) == []


def answer_the_first_question(page) -> None:
    page.locator(f"{FIRST}-2").check()
    page.locator(f"{FIRST} .gd-quiz__check").click()
    page.locator(f"{FIRST} .gd-quiz__result--right").wait_for()
    assert "1 / 6" in plain(page.locator(f"{QUIZ} .gd-quiz__score").inner_text())


def fill_the_worksheet(page) -> None:
    """Truth 1's sheet: 10 hours a week, a written strategy, 500 € a month -> 3 resources."""
    field = SHEET + "-v1-{}"
    page.fill(field.format("heures-semaine"), "10")
    page.locator(field.format("strategie-ecrite-ecrite")).check()
    page.fill(field.format("budget-mensuel"), "500")
    value = page.locator(f'{SHEET} [data-gd-result="v1-ressources-en-place"] .gd-worksheet__value')
    assert plain(value.inner_text()) == "3"


def truth_page_works(page, server: str, language: str) -> None:
    """The quiz answers, the worksheet computes, the share button shares the canonical address."""
    answer_the_first_question(page)
    fill_the_worksheet(page)
    page.locator(f"{CHECKLIST} input").first.check()
    assert "1 / 8" in plain(page.locator(f"{CHECKLIST} .gd-checklist__score").inner_text())
    page.locator(".gd-sharebar__button").click()
    shared = page.evaluate("() => window.__shared")
    assert [item["url"] for item in shared] == [f"{server}{prefix(language)}verite-1/"]


# --- The address ---------------------------------------------------------------------------------

MARKUP = [
    "#<img src=x onerror=window.pwned=1>",
    "?h=<script>window.pwned=1</script>",
    '#"><svg onload=window.pwned=1>',
    '?h="><svg onload=window.pwned=1><img src=x onerror=window.pwned=2>#"><img src=x'
    " onerror=window.pwned=3>",
    "#x'];window.pwned=1;//",
    "#javascript:window.pwned=1",
]
BROKEN = ["#%E0%A4%A", "?h=%", "?h=%E0%A4%A&h=%%#%zz%", "#%"]
LONG = [
    "#" + "a" * 10_000,
    "?h=" + "a" * 10_000,
    "#" + "é<b>" * 25_000,  # 100 000 characters
    # The query goes to the server, which refuses a longer one (414: nginx over 8 KB by default,
    # the test server over 64 KB); the hash stays in the browser.
    "?h=" + "mot " * 2_500 + "#" + "x" * 100_000,
]
ADDRESSES = MARKUP + BROKEN + LONG


def address_id(address: str) -> str:
    return address[:24].encode("unicode_escape").decode() + (
        f"…{len(address)}" if len(address) > 24 else ""
    )


@pytest.mark.parametrize("address", ADDRESSES, ids=address_id)
def test_a_hostile_address_on_a_truth_page_runs_nothing_and_breaks_nothing(
    server, context, page, address
):
    language = "en" if ADDRESSES.index(address) % 2 else "fr"
    context.add_init_script(SHARE_MOCK)
    visit(page, f"{server}{prefix(language)}verite-1/{address}")
    inline = page.evaluate(INLINE_SCRIPTS)
    page.locator(f"{QUIZ} .gd-quiz__score").wait_for()
    truth_page_works(page, server, language)
    assert page.locator(NOTICE).count() == 0
    assert_nothing_ran(page, inline)


@pytest.mark.parametrize("address", MARKUP[:4] + BROKEN[:2] + [LONG[2], LONG[3]], ids=address_id)
def test_a_hostile_address_on_the_results_and_the_path(server, page, address):
    language = "en" if ADDRESSES.index(address) % 2 else "fr"
    for where in ("bilan/", "parcours/"):
        visit(page, f"{server}{prefix(language)}{where}{address}")
        inline = page.evaluate(INLINE_SCRIPTS)
        page.locator(".gd-results__overview").first.wait_for()
        todo = "À lire" if language == "fr" else "Not read yet"
        if where == "bilan/":
            cell = page.locator('tr[data-gd-chapter=verite-1] [data-gd-cell="read"]')
            assert words(cell.inner_text()).startswith(todo)
        else:
            assert words(page.locator(".gd-path__count").inner_text()).endswith("20")
        assert_nothing_ran(page, inline)


MOUNTS = """
window.__mounted = [];
new MutationObserver((records) => records.forEach((record) => {
  const box = record.target;
  if (record.attributeName === "hidden" && box.matches(".gd-quiz__score, .gd-checklist__score")
      && !box.hidden) window.__mounted.push(box.closest("[data-gd]").id);
})).observe(document, {subtree: true, attributes: true, attributeFilter: ["hidden"]});
"""


@pytest.mark.parametrize(
    ("hash", "first"),
    [
        ("", "gd-checklist-verite-1"),  # page order: the self-assessment comes before the quiz
        ("#quiz", "gd-quiz-verite-1"),
        ("#auto-evaluation", "gd-checklist-verite-1"),
        ("#gd-verite-1-v1-restaurant", "gd-quiz-verite-1"),  # an element inside the quiz
        ("#%71uiz", "gd-quiz-verite-1"),  # percent-encoded "quiz"
        ("#<img src=x onerror=window.pwned=1>", "gd-checklist-verite-1"),
    ],
)
def test_the_block_the_address_leads_to_mounts_first(server, context, page, hash, first):
    context.add_init_script(MOUNTS)
    visit(page, f"{server}verite-1/{hash}")
    page.wait_for_function("() => window.__mounted.length === 2")
    assert page.evaluate("() => window.__mounted")[0] == first
    assert page.evaluate("() => window.pwned") is None
    assert problems(page) == []


# --- Saved data ----------------------------------------------------------------------------------

PROTO = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'
# The same garbage under every key the guide uses (and Material's palette entry).
GARBAGE = {
    "not-json": "{not json",
    "number": "5",
    "array": "[1, 2]",
    "string": '"text"',
    "null": "null",
    "nulls": '{"answers": null, "ticked": null, "values": null, "read": null, "score": null}',
    "proto": '{"__proto__": {"polluted": 1}, "answers": {"__proto__": [0], "constructor": [0]},'
    ' "ticked": ["__proto__"], "values": {"__proto__": {"polluted": 1}, "constructor": "x"},'
    ' "read": {"__proto__": true}, "score": 0, "total": 6}',
}


def every_key(text: str) -> dict[str, str]:
    keys = {"gd:v1:name": text, "gd:v1:team": text}
    for truth in TRUTHS:
        for kind in ("quiz", "checklist", "worksheet", "read"):
            keys[f"gd:v1:{kind}:{truth}"] = text
    return keys


def seed_raw(page, server: str, entries: dict[str, str], palette: str | None = None) -> None:
    """Write raw texts into the site's storage (from a page that reads none of them), before the
    page under test loads; `palette`: Material's own "__palette" entry too."""
    visit(page, server + "glossaire/")
    page.evaluate(
        """([entries, palette]) => {
          localStorage.clear();
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
          if (palette !== null) localStorage.setItem(__md_scope.pathname + ".__palette", palette);
        }""",
        [entries, palette],
    )


def raw(page, key: str):
    return page.evaluate("key => localStorage.getItem(key)", key)


def notice(page) -> str:
    return words(page.locator(NOTICE).inner_text())


@pytest.mark.parametrize("case", GARBAGE)
def test_garbage_under_every_key_on_a_truth_page(server, context, page, case):
    text = GARBAGE[case]
    language = "en" if list(GARBAGE).index(case) % 2 else "fr"
    context.add_init_script(SHARE_MOCK)
    seed_raw(page, server, every_key(text), palette=text)
    visit(page, f"{server}{prefix(language)}verite-1/")
    inline = page.evaluate(INLINE_SCRIPTS)
    page.locator(f"{QUIZ} .gd-quiz__score").wait_for()
    assert page.locator(f"{QUIZ} input:checked, {CHECKLIST} input:checked").count() == 0
    expected = {
        "fr": "Certains résultats enregistrés dans ce navigateur étaient illisibles et ont été"
        " ignorés : fiche, auto-évaluation, quiz.",
        "en": "Some results saved in this browser could not be read and were ignored:"
        " worksheet, self-assessment, quiz.",
    }[language]
    assert notice(page) == expected
    assert page.locator(f"{NOTICE} [aria-live], {NOTICE}[aria-live], {NOTICE}[role]").count() == 0
    # Moved aside, so that the key is free and the next page has nothing to report.
    for kind in ("quiz", "checklist", "worksheet"):
        assert raw(page, f"gd:v1:{kind}:verite-1") is None
        assert raw(page, f"gd:v1:damaged:{kind}:verite-1") == text
    assert raw(page, "gd:v1:quiz:verite-2") == text, "other chapters' entries are not read here"

    truth_page_works(page, server, language)
    assert json.loads(raw(page, "gd:v1:quiz:verite-1")) == {
        "answers": {"v1-restaurant": [1]},
        "score": 1,
        "total": 6,
    }
    assert json.loads(raw(page, "gd:v1:worksheet:verite-1"))["values"]["v1-heures-semaine"] == 10
    assert_nothing_ran(page, inline)

    page.reload(wait_until="networkidle")
    page.locator(f"{FIRST}-2:checked").wait_for()
    assert page.locator(NOTICE).count() == 0, "told once"
    assert problems(page) == []

    # « Mon bilan » shows the new results, and names only what this page did not read (its
    # reading mark: the page was not read to its end).
    visit(page, f"{server}{prefix(language)}bilan/")
    page.locator(NOTICE).wait_for()
    quiz = page.locator('tr[data-gd-chapter=verite-1] [data-gd-cell="quiz"]')
    assert "1/6" in words(quiz.inner_text())
    first = {"fr": "Vérité n° 1 (suivi de lecture), Vérité n° 2 (quiz,", "en": "Truth no. 1"
             " (reading progress), Truth no. 2 (quiz,"}[language]  # fmt: skip
    assert first in notice(page)
    assert problems(page) == []


@pytest.mark.parametrize("case", GARBAGE)
def test_garbage_under_every_key_on_the_results_pages(server, page, case):
    text = GARBAGE[case]
    language = "en" if list(GARBAGE).index(case) % 2 else "fr"
    seed_raw(page, server, every_key(text), palette=text)
    visit(page, f"{server}{prefix(language)}bilan/")
    inline = page.evaluate(INLINE_SCRIPTS)
    page.locator(f"{NOTICE}").wait_for()
    chapters = [
        f"Vérité n° {n} (quiz, auto-évaluation, fiche, suivi de lecture)"
        if language == "fr"
        else f"Truth no. {n} (quiz, self-assessment, worksheet, reading progress)"
        for n in range(1, 6)
    ]
    if case != "string":  # a text is a name
        chapters.append("votre nom" if language == "fr" else "your name")
    intro = {
        "fr": "Certains résultats enregistrés dans ce navigateur étaient illisibles et ont été"
        " ignorés : ",
        "en": "Some results saved in this browser could not be read and were ignored: ",
    }[language]
    assert notice(page) == intro + ", ".join(chapters) + "."
    cell = page.locator('tr[data-gd-chapter=verite-1] [data-gd-cell="read"]')
    assert words(cell.inner_text()).startswith("À lire" if language == "fr" else "Not read yet")
    assert raw(page, "gd:v1:damaged:quiz:verite-3") == text
    assert raw(page, "gd:v1:quiz:verite-3") is None
    assert_nothing_ran(page, inline)

    # Told once: the path, the home page and « Mon bilan » again have nothing left to report.
    for where in ("parcours/", "", "bilan/"):
        visit(page, f"{server}{prefix(language)}{where}")
        page.locator(".gd-results__overview, [data-gd-progress]").first.wait_for(state="attached")
        page.wait_for_timeout(300)
        assert page.locator(NOTICE).count() == 0, where
        assert problems(page) == []
    visit(page, f"{server}{prefix(language)}equipe/")
    page.locator(".gd-team__controls").wait_for()
    assert problems(page) == []


def test_the_path_and_home_page_tell_too(server, page):
    seed_raw(page, server, {"gd:v1:read:verite-2": "[]", "gd:v1:name": "{"})
    visit(page, f"{server}parcours/")
    page.locator(NOTICE).wait_for()
    assert notice(page).endswith(": Vérité n° 2 (suivi de lecture), votre nom.")
    seed_raw(page, server, {"gd:v1:worksheet:verite-4": '{"values": []}'})
    visit(page, f"{server}en/")
    page.locator(NOTICE).wait_for()
    assert notice(page).endswith(": Truth no. 4 (worksheet).")
    assert problems(page) == []


BAD_ENTRIES = {
    # Out-of-range or wrong answers: the whole entry is set aside, as « Mon bilan » would.
    "gd:v1:quiz:verite-1": {"answers": {"v1-restaurant": [7]}, "score": 0, "total": 6},
    "gd:v1:quiz:verite-2": {"answers": {"v2-gratuit": [0, 0]}, "score": 0, "total": 6},
    "gd:v1:quiz:verite-3": {"answers": {"v3-nope": [0]}, "score": 0, "total": 6},
    "gd:v1:quiz:verite-4": {"answers": {}, "score": 0, "total": 5},
    "gd:v1:quiz:verite-5": {"answers": {}, "score": 9, "total": 6},
    "gd:v1:checklist:verite-1": {"ticked": ["nope"], "score": 1, "total": 8},
    "gd:v1:checklist:verite-2": {"ticked": [], "score": 1, "total": 8},
    "gd:v1:worksheet:verite-1": {"values": {"v1-strategie-ecrite": "constructor"}},
    "gd:v1:worksheet:verite-2": {"values": {"v2-cout-horaire": "x" * 5001}},
    "gd:v1:worksheet:verite-3": {"values": {"v3-nope": 1}},
    "gd:v1:read:verite-1": {"read": "yes"},
    "gd:v1:name": "x" * 81,
}
GOOD_ENTRIES = {
    "gd:v1:quiz:verite-3": {"answers": {}, "score": 0, "total": 6},
    "gd:v1:worksheet:verite-4": {"values": {}},
    "gd:v1:read:verite-5": {"read": True},
    "gd:v1:name": "Camille",
}


def test_entries_the_guide_did_not_write_are_set_aside_whole(server, page):
    entries = {key: json.dumps(value) for key, value in BAD_ENTRIES.items()}
    seed_raw(page, server, entries)
    visit(page, f"{server}verite-2/")
    page.locator(NOTICE).wait_for()
    assert notice(page).endswith(": fiche, auto-évaluation, quiz.")
    visit(page, f"{server}bilan/")
    page.locator(NOTICE).wait_for()
    assert notice(page).endswith(
        ": Vérité n° 1 (quiz, auto-évaluation, fiche, suivi de lecture), Vérité n° 3 (quiz,"
        " fiche), Vérité n° 4 (quiz), Vérité n° 5 (quiz), votre nom."
    )
    assert raw(page, "gd:v1:name") is None
    assert raw(page, "gd:v1:damaged:name") == entries["gd:v1:name"]
    assert problems(page) == []


def test_entries_as_the_guide_writes_them_are_no_damage(server, page):
    seed_raw(page, server, {key: json.dumps(value) for key, value in GOOD_ENTRIES.items()})
    for where in ("verite-3/", "verite-4/", "bilan/", "parcours/", ""):
        visit(page, server + where)
        page.wait_for_timeout(300)
        assert page.locator(NOTICE).count() == 0, where
    for key, value in GOOD_ENTRIES.items():
        assert json.loads(raw(page, key)) == value
    assert problems(page) == []


def test_prototype_keys_pollute_nothing(server, page):
    """`__proto__` and `constructor` in stored objects, every key, every page that reads them."""
    team = [
        {
            "name": "Camille",
            "exported": "2026-01-01T00:00:00Z",
            "writes": [["__proto__", {"polluted": 1}], ["quiz:verite-1", json.loads(PROTO)]],
            "__proto__": {"polluted": 1},
        }
    ]
    entries = {key: PROTO for key in every_key("")}
    entries["gd:v1:team"] = json.dumps(team)
    entries["gd:v1:quiz:verite-1"] = json.dumps(
        {
            "answers": {"__proto__": [1], "constructor": [0], "v1-restaurant": [1]},
            "score": 1,
            "total": 6,
        }
    )
    for where in ("verite-1/", "verite-2/", "bilan/", "parcours/", "", "equipe/", "en/bilan/"):
        seed_raw(page, server, entries, palette='{"index": "__proto__", "color": {"__proto__": 1}}')
        visit(page, server + where)
        page.wait_for_timeout(300)
        assert page.evaluate(NOTHING_RAN)["polluted"] == 0, where
    assert problems(page) == []


@pytest.mark.parametrize("megabytes", [1, 4])
def test_megabytes_in_one_key(server, page, megabytes):
    """Too big to be ours: removed, not kept aside (it would fill the storage saving needs)."""
    huge = json.dumps({"answers": {"v1-restaurant": ["é" * (megabytes << 20)]}}, ensure_ascii=False)
    seed_raw(
        page,
        server,
        {"gd:v1:quiz:verite-1": huge, "gd:v1:worksheet:verite-1": '"' + "a" * (1 << 19)},
    )
    visit(page, server + "verite-1/")
    page.locator(NOTICE).wait_for()
    assert raw(page, "gd:v1:quiz:verite-1") is None
    assert raw(page, "gd:v1:damaged:quiz:verite-1") is None
    assert raw(page, "gd:v1:damaged:worksheet:verite-1") is None
    answer_the_first_question(page)
    fill_the_worksheet(page)
    assert json.loads(raw(page, "gd:v1:quiz:verite-1"))["score"] == 1
    assert problems(page) == []


@pytest.mark.parametrize(
    "palette",
    ["{not json", "5", "[0]", '"text"', '{"index": "length"}', '{"index": "__proto__"}',
     '{"index": 99}', '{"index": -1}', '{"index": 0.5}', '{"index": 0, "color": "x"}',
     '{"index": 1, "color": null}'],
)  # fmt: skip
def test_garbage_in_materials_palette_entry(server, page, palette):
    seed_raw(page, server, {}, palette=palette)
    visit(page, server + "verite-1/")
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    assert scheme in ("default", "slate")
    page.locator("form[data-gd-palette] label:not([hidden])").click()
    page.wait_for_function(
        "s => document.body.getAttribute('data-md-color-scheme') !== s", arg=scheme
    )
    answer_the_first_question(page)
    assert problems(page) == []


def test_the_notice_is_static_reachable_and_passes_axe(server, page):
    seed_raw(page, server, {"gd:v1:quiz:verite-2": "{", "gd:v1:worksheet:verite-4": "[]"})
    visit(page, server + "bilan/")
    box = page.locator(NOTICE)
    box.wait_for()
    assert box.evaluate("e => !e.closest('[aria-live], [role=status], [role=alert]')")
    assert box.evaluate("e => e.previousElementSibling.tagName") == "H1"
    assert notice(page).endswith(": Vérité n° 2 (quiz), Vérité n° 4 (fiche).")
    assert_no_axe_violations(page, label="notice shown")

    # On a chapter's page: before the first component concerned, each named with a link to it.
    seed_raw(page, server, {f"gd:v1:{kind}:verite-3": "{" for kind in ("quiz", "checklist")})
    visit(page, server + "en/verite-3/")
    box.wait_for()
    assert box.evaluate("e => e.nextElementSibling.id") == "gd-checklist-verite-3"
    assert notice(page).endswith(": self-assessment, quiz.")
    assert_no_axe_violations(page, label="notice on a truth page")
    page.locator("h2#auto-evaluation").click()
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => !!document.activeElement.closest('{NOTICE}')"):
            break
    focused = "() => document.activeElement.getAttribute('href')"
    assert page.evaluate(focused) == "#gd-checklist-verite-3"
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "#gd-quiz-verite-3"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#gd-quiz-verite-3"
    assert problems(page) == []


TEAM_NOTICE = {
    "fr": "Une partie de l'équipe conservée dans ce navigateur était illisible et a été ignorée"
    " ({count} sur {total}).",
    "en": "Part of the team kept in this browser could not be read and was left out ({count} of"
    " {total}).",
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_damaged_kept_team_is_said_once_and_the_rest_kept(server, page, language):
    """The manager's kept team (gd:v1:team): damaged people left out and named once, the others
    shown; garbage instead of a team is one damaged entry, and no longer kept."""
    prefix = "" if language == "fr" else "en/"
    person = {
        "file": "camille.json",
        "name": "Camille",
        "exported": "2026-11-02T10:00:00.000Z",
        "writes": [["read:verite-1", {"read": True}]],
    }
    team = [person, {"name": 3}, "text", {**person, "name": "Dominique", "writes": "x"}]
    seed_raw(page, server, {"gd:v1:team": json.dumps(team)})
    visit(page, f"{server}{prefix}equipe/")
    said = page.locator(".gd-team__messages li")
    said.first.wait_for()
    assert [plain(text) for text in said.all_inner_texts()] == [
        TEAM_NOTICE[language].format(count=3, total=4)
    ]
    assert words(page.locator(".gd-team__table tbody").inner_text()).startswith("Camille")
    assert [entry["name"] for entry in json.loads(raw(page, "gd:v1:team"))] == ["Camille"]
    visit(page, f"{server}{prefix}equipe/")  # the damaged people are no longer kept: said once
    page.locator(".gd-team__table tbody tr").first.wait_for()
    assert page.locator(".gd-team__messages li").count() == 0
    seed_raw(page, server, {"gd:v1:team": "{not json"})
    visit(page, f"{server}{prefix}equipe/")
    said.first.wait_for()
    assert plain(said.inner_text()) == TEAM_NOTICE[language].format(count=1, total=1)
    assert raw(page, "gd:v1:team") is None
    assert problems(page) == []
