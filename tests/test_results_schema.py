"""The results file's JSON Schema (hooks/components/results.schema.json) and the browser's own
check (overrides/assets/progress.js, parseImport) agree: a real export from Chromium validates;
each hostile or damaged file is refused by both, the browser saying why and changing nothing,
with Object.prototype left alone; a few valid edge files are accepted by both."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import ROOT, plain, soup
from test_results_browser import (
    STATUS,
    answer_truth_1,
    checklist_entry,
    problems,
    quiz_entry,
    seed,
    stored,
    visit,
)

sys.path.insert(0, str(ROOT / "hooks"))
from components import guide  # noqa: E402

SCHEMA_FILE = ROOT / "hooks" / "components" / "results.schema.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
STRINGS = {"fr": yaml.safe_load((ROOT / "hooks/components/locales/fr.yml").read_text("utf-8"))}
UNCHANGED = "Rien n'a été modifié."
POLLUTED = (
    "() => [({}).polluted, [].polluted, Object.prototype.polluted, Object.polluted,"
    " ({}).constructor.polluted, Function.prototype.polluted].every(v => v === undefined)"
)


def strict_json(content: bytes):
    """The file as RFC 8259 reads it (what JSON.parse accepts): no NaN or Infinity."""

    def refuse(name):
        raise ValueError(f"not JSON: {name}")

    return json.loads(content.decode("utf-8"), parse_constant=refuse)


def schema_errors(content: bytes) -> list[str]:
    """Why the schema refuses a file (a file that is not JSON cannot be valid), or []."""
    try:
        data = strict_json(content)
    except ValueError as error:
        return [str(error)]
    return [error.message for error in VALIDATOR.iter_errors(data)]


def import_file(page, content: bytes, name: str = "resultats.json") -> str:
    """« Mon bilan »'s import of one file: the status line it ends with (its live region)."""
    upload = {"name": name, "mimeType": "application/json", "buffer": content}
    page.locator("#gd-results-import").set_input_files(upload)
    status = page.locator(STATUS.format("share"))
    status.filter(has_text="importés").or_(
        status.filter(has_text="Rien n’a été modifié.")
    ).wait_for()
    assert status.get_attribute("aria-live") == "polite"
    return " ".join(plain(status.inner_text()).split())


def message(key: str, **values) -> str:
    text = STRINGS["fr"]["results"][key]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return f"{text} {UNCHANGED}"


@pytest.fixture
def folder(served_site) -> Path:
    return served_site[1]


@pytest.fixture
def guide_id(folder) -> str:
    data = json.loads(soup(folder / "bilan" / "index.html").select_one("#gd-results-data").string)
    return data["id"]


# --- The schema itself ---------------------------------------------------------------------------


def test_the_schema_is_a_valid_2020_12_schema_that_says_what_it_is_for():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "for other tools" in SCHEMA["description"]
    assert SCHEMA["properties"]["version"]["const"] == guide.VERSION
    assert SCHEMA["properties"]["guide_id"]["pattern"] == guide.GUIDE_ID.pattern.replace("?:", "")
    assert SCHEMA["properties"]["guide_id"]["maxLength"] == guide.GUIDE_ID_LENGTH
    assert set(SCHEMA["$defs"]["id"]["not"]["enum"]) | {"__proto__"} == guide.RESERVED_IDS
    # The browser's list of fields is the schema's, and its text fields are checked alike.
    script = (ROOT / "hooks/mkdocs_guide/results/assets/progress.js").read_text(encoding="utf-8")
    fields = script.split("const FIELDS = [", 1)[1].split("]", 1)[0]
    assert sorted(json.loads(f"[{fields.strip().rstrip(',')}]")) == sorted(SCHEMA["properties"])
    texts = [key for key, value in SCHEMA["properties"].items() if value.get("type") == "string"]
    assert sorted(texts) == ["exported", "guide", "guide_id", "language", "name"]
    for key in texts:
        rule = SCHEMA["properties"][key]
        pattern = f", /{rule['pattern']}/]" if "pattern" in rule else "]"
        longest = rule.get("maxLength", 40)  # a date's pattern bounds it
        assert f'["{key}", {longest}{pattern}' in script, key


def test_a_real_export_validates(server, page, folder, guide_id):
    """Answers typed in Chromium (a quiz, a self-assessment, a worksheet), exported by « Mon
    bilan », downloaded: the file the schema describes."""
    answer_truth_1(page, server, folder)
    page.fill(
        "#gd-worksheet-verite-1-v1-attentes", "Des clients « fidèles », enfin.\nEt <b>vite</b>."
    )
    page.fill("#gd-worksheet-verite-1-v1-heures-semaine", "12,5")
    page.check("#gd-worksheet-verite-1-v1-strategie-ecrite-orale")
    page.wait_for_function(
        "() => (JSON.parse(localStorage.getItem('gd:v1:worksheet:verite-1')) || {values: {}})"
        ".values['v1-strategie-ecrite'] === 'orale'"
    )
    visit(page, server + "bilan/")
    page.fill("#gd-results-name", "Camille 🌿 Durand")
    with page.expect_download() as download:
        page.click("[data-gd-action=export-json]")
    content = Path(download.value.path()).read_bytes()
    data = strict_json(content)
    assert schema_errors(content) == []
    assert data["guide_id"] == guide_id == "les-5-verites-du-marketing-des-medias-sociaux"
    assert data["quizzes"]["verite-1"]["score"] == 6
    assert len(data["checklists"]["verite-1"]["ticked"]) == 3
    assert data["worksheets"]["verite-1"]["values"] == {
        "v1-attentes": "Des clients « fidèles », enfin.\nEt <b>vite</b>.",
        "v1-heures-semaine": 12.5,
        "v1-strategie-ecrite": "orale",
    }
    assert data["name"] == "Camille 🌿 Durand" and data["language"] == "fr"
    assert problems(page) == []


# --- Hostile and damaged files: refused by the schema and by the browser ------------------------

GOOD = {"format": "gd-results", "version": 1, "quizzes": {}, "checklists": {}, "read": []}
QUIZ = {"answers": {}, "score": 0, "total": 6}


def file(**changes) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


def raw(text: str) -> bytes:
    return text.encode()


PROTO = {"polluted": 1}
# name: (file, the key of the browser's message, where it says the problem is, if it does)
HOSTILE = {
    "__proto__ at the top": (file(__proto__=PROTO), "import_invalid", "__proto__"),
    "constructor.prototype at the top": (
        file(constructor={"prototype": PROTO}),
        "import_invalid",
        "prototype",
    ),
    "prototype at the top": (file(prototype=PROTO), "import_invalid", "prototype"),
    "__proto__ as a quiz id": (file(quizzes={"__proto__": QUIZ}), "import_invalid", ""),
    "constructor as a quiz id": (file(quizzes={"constructor": QUIZ}), "import_invalid", ""),
    "prototype as a checklist id": (
        file(checklists={"prototype": {"ticked": [], "score": 0, "total": 8}}),
        "import_invalid",
        "",
    ),
    "__proto__ as a question id": (
        file(quizzes={"verite-1": {**QUIZ, "answers": {"__proto__": [0]}}}),
        "import_invalid",
        "",
    ),
    "constructor in a quiz entry": (
        file(quizzes={"verite-1": {**QUIZ, "constructor": {"prototype": PROTO}}}),
        "import_invalid",
        "",
    ),
    "__proto__ in an answer list": (
        file(quizzes={"verite-1": {**QUIZ, "answers": {"v1-trio": [{"__proto__": PROTO}]}}}),
        "import_invalid",
        "",
    ),
    "__proto__ in worksheet values": (
        file(worksheets={"verite-2": {"values": {"__proto__": PROTO}}}),
        "import_invalid",
        "",
    ),
    "prototype in worksheet values": (
        file(worksheets={"verite-2": {"values": {"prototype": PROTO}}}),
        "import_invalid",
        "",
    ),
    "constructor as a worksheet id": (
        file(worksheets={"constructor": {"values": {}}}),
        "import_invalid",
        "",
    ),
    "other version": (file(version=2), "import_version", ""),
    "version as text": (file(version="1"), "import_version", ""),
    "version true": (file(version=True), "import_version", ""),
    "not JSON": (b"{this is not json", "import_not_json", ""),
    "NaN": (raw('{"format": "gd-results", "version": NaN}'), "import_not_json", ""),
    "a JSON list": (b"[1, 2, 3]", "import_foreign", ""),
    "another format": (json.dumps({**GOOD, "format": "gd-result"}).encode(), "import_foreign", ""),
    "guide id not an id": (file(guide_id="Les 5 vérités"), "import_invalid", "guide_id"),
    "guide id too long": (file(guide_id="a" * 65), "import_invalid", "guide_id"),
    "unknown field": (file(extra=1), "import_invalid", "extra"),
    "no read list": (
        json.dumps({k: v for k, v in GOOD.items() if k != "read"}).encode(),
        "import_invalid",
        "read",
    ),
    "read twice": (file(read=["verite-1", "verite-1"]), "import_invalid", "read"),
    "name of 81 characters": (file(name="é" * 81), "import_invalid", "name"),
    "name not text": (file(name=["<b>x</b>"]), "import_invalid", "name"),
    "exported not a date": (file(exported="hier"), "import_invalid", "exported"),
    "exported with markup": (
        file(exported="2026-01-01T00:00:00Z<img src=x>"),
        "import_invalid",
        "exported",
    ),
    "language with markup": (file(language="<b>fr</b>"), "import_invalid", "language"),
    "negative answer": (
        file(quizzes={"verite-1": {**QUIZ, "answers": {"v1-trio": [-1]}}}),
        "import_invalid",
        "",
    ),
    "empty answer": (
        file(quizzes={"verite-1": {**QUIZ, "answers": {"v1-trio": []}}}),
        "import_invalid",
        "",
    ),
    "answer twice": (
        file(quizzes={"verite-1": {**QUIZ, "answers": {"v1-trio": [0, 0]}}}),
        "import_invalid",
        "",
    ),
    "score not whole": (file(quizzes={"verite-1": {**QUIZ, "score": 0.5}}), "import_invalid", ""),
    "score true": (file(quizzes={"verite-1": {**QUIZ, "score": True}}), "import_invalid", ""),
    "ticked twice": (
        file(
            checklists={
                "verite-1": {"ticked": ["v1-calendrier", "v1-calendrier"], "score": 2, "total": 8}
            }
        ),
        "import_invalid",
        "",
    ),
    "infinite figure": (
        raw(
            json.dumps(GOOD)[:-1]
            + ', "worksheets": {"verite-2": {"values": {"v2-cout-horaire": 1e999}}}}'
        ),
        "import_invalid",
        "",
    ),
    "answer over 5000 characters": (
        file(worksheets={"verite-1": {"values": {"v1-attentes": "x" * 5001}}}),
        "import_invalid",
        "",
    ),
    "worksheet value an object": (
        file(worksheets={"verite-1": {"values": {"v1-attentes": {"text": "x"}}}}),
        "import_invalid",
        "",
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_file_is_refused_by_the_schema_and_the_browser(server, page, folder, case):
    content, key, where = HOSTILE[case]
    assert schema_errors(content), f"the schema accepts {case}"
    before = {
        "gd:v1:name": "Camille Durand",
        "gd:v1:quiz:verite-1": quiz_entry(folder, "verite-1", 4),
    }
    seed(page, server, before)
    visit(page, server + "bilan/")
    said = import_file(page, content)
    if key == "import_invalid":
        assert said.startswith("Ce fichier de résultats est altéré ou incomplet (« "), said
        assert said.endswith(UNCHANGED)
        if where:
            assert f"(« {where}" in said, said
    elif key == "import_version":
        version = json.loads(content)["version"]
        assert said == message("import_version", version=str(version).lower()), said
    else:
        assert said == plain(message(key)), said
    assert stored(page) == before
    assert page.evaluate(POLLUTED), "Object.prototype polluted"
    assert problems(page) == []


# --- Valid edge files: accepted by both ----------------------------------------------------------


def edges(folder: Path, guide_id: str) -> dict[str, tuple[dict, dict]]:
    """name: (file, what the browser stores from it)."""
    long_answer = "🌿" * 5000  # 5,000 characters, 10,000 UTF-16 units
    name = "é🌿" * 40  # 80 characters, 120 UTF-16 units
    quiz = quiz_entry(folder, "verite-1", 4)
    ticks = checklist_entry(folder, "verite-1", 8)
    return {
        "an export made before the guide id and the worksheets": (
            GOOD,
            {},
        ),
        "everything at its limit": (
            {
                **GOOD,
                "guide_id": guide_id,
                "guide": "x" * 200,
                "language": "en-GB",
                "exported": "2026-11-30T10:00:00.123456789Z",
                "name": name,
                "quizzes": {"verite-1": quiz},
                "checklists": {"verite-1": ticks},
                "worksheets": {
                    "verite-1": {"values": {"v1-attentes": long_answer, "v1-heures-semaine": -2.5}},
                    "verite-2": {"values": {}},
                },
                "read": ["verite-1", "verite-5"],
            },
            {
                "gd:v1:name": name,
                "gd:v1:quiz:verite-1": quiz,
                "gd:v1:checklist:verite-1": ticks,
                "gd:v1:worksheet:verite-1": {
                    "values": {"v1-attentes": long_answer, "v1-heures-semaine": -2.5}
                },
                "gd:v1:worksheet:verite-2": {"values": {}},
                "gd:v1:read:verite-1": {"read": True},
                "gd:v1:read:verite-5": {"read": True},
            },
        ),
        "markup as a name, version 1.0": (
            {**GOOD, "version": 1.0, "name": "<img src=x onerror=window.pwned=1>"},
            {"gd:v1:name": "<img src=x onerror=window.pwned=1>"},
        ),
    }


EDGES = [
    "an export made before the guide id and the worksheets",
    "everything at its limit",
    "markup as a name, version 1.0",
]


@pytest.mark.parametrize("case", EDGES)
def test_a_valid_edge_file_is_accepted_by_the_schema_and_the_browser(
    server, page, folder, guide_id, case
):
    data, expected = edges(folder, guide_id)[case]
    content = json.dumps(data, ensure_ascii=False).encode()
    assert schema_errors(content) == []
    seed(page, server, {"gd:v1:read:verite-3": {"read": True}})
    visit(page, server + "bilan/")
    said = import_file(page, content)
    assert "importés" in said and UNCHANGED not in said, said
    assert stored(page) == expected
    assert page.evaluate("() => window.pwned === undefined")
    assert problems(page) == []
