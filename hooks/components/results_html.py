"""The markup of the results pages (« Mon bilan », the onboarding path, the home page's cards).

A page asks for a piece by writing a marker element on its own line of Markdown, e.g.
`<div data-gd-results="summary"></div>` (or, inside a home card, a
`<span data-gd-results="chapter-progress" data-gd-chapter="chapter-1"></span>` paragraph); the glue
replaces it with what `render` returns here. Each piece works without JavaScript: it says that
results are kept in the reader's browser and links to every chapter, quiz and checklist; controls
that need the script start `hidden`, and `results/assets/results.js` fills in the results.
Only build data reaches the markup: page titles and ids, escaped, and band text already made safe.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from .quiz_html import fill

Strings = dict[str, dict[str, str]]  # the results, onboarding and certificate sections


def _nojs(text: str) -> str:
    return f'<p class="gd-results__nojs">{escape(text)}</p>'


def _button(action: str, label: str, extra: str = "") -> str:
    return (
        f'<button type="button" class="gd-results__button" data-gd-action="{action}"{extra}>'
        f"{escape(label)}</button>"
    )


def _link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def summary(data: dict, t: Strings, chapter: str | None = None) -> str:
    """The results table: without JavaScript, a link to each chapter's page, quiz and checklist."""
    r = t["results"]
    rows = []
    sheets = any(item.get("worksheet") for item in data["chapters"])
    for item in data["chapters"]:
        quiz, checklist, sheet = item["quiz"], item["checklist"], item.get("worksheet")
        quiz_cell = checklist_cell = ""
        if quiz:
            size = escape(fill(r["quiz_size"], total=quiz["total"]))
            quiz_cell = f"{_link(quiz['url'], r['quiz_link'])} ({size})"
        if checklist:
            size = escape(fill(r["checklist_size"], total=checklist["total"]))
            checklist_cell = f"{_link(checklist['url'], r['checklist_link'])} ({size})"
        rows.append(
            f'<tr data-gd-chapter="{item["id"]}"><th scope="row">{_link(item["url"], item["name"])}'
            f'</th><td data-gd-cell="read">{_link(item["url"], r["read_link"])}</td>'
            f'<td data-gd-cell="quiz">{quiz_cell}</td>'
            f'<td data-gd-cell="checklist">{checklist_cell}</td>'
            + (
                f'<td data-gd-cell="worksheet">'
                f"{_link(sheet['url'], r['worksheet_link']) if sheet else ''}</td>"
                if sheets
                else ""
            )
            + "</tr>"
        )
    columns = ["col_chapter", "col_read", "col_quiz", "col_checklist"]
    head = "".join(
        f'<th scope="col">{escape(r[key])}</th>'
        for key in columns + (["col_worksheet"] if sheets else [])
    )
    return (
        f'<div class="gd-results" data-gd-results="summary">{_nojs(r["nojs"])}'
        '<p class="gd-results__owner" hidden></p>'
        '<p class="gd-results__printed" hidden></p>'
        '<p class="gd-results__overview" hidden></p>'
        f'<table class="gd-results__table"><caption>{escape(r["caption"])}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def worksheets(data: dict, t: Strings, chapter: str | None = None) -> str:
    """The reader's worksheets: their key results and answers (filled by the script), each with a
    link to its page; without JavaScript, the links only."""
    r = t["results"]
    items = "".join(
        f'<li class="gd-worksheets__item" data-gd-worksheet="{escape(sheet["id"])}">'
        f"{_link(sheet['url'], sheet['title'])}"
        '<p class="gd-worksheets__none" hidden></p>'
        '<dl class="gd-worksheets__answers" hidden></dl></li>'
        for item in data["chapters"]
        if (sheet := item.get("worksheet"))
    )
    return (
        f'<div class="gd-worksheets" data-gd-results="worksheets">{_nojs(r["worksheets_nojs"])}'
        f'<ul class="gd-worksheets__list">{items}</ul></div>'
    )


def team(data: dict, t: Strings, chapter: str | None = None) -> str:
    """The manager's team view: several results files at once, one row per person (script)."""
    m = t["team"]
    return (
        f'<div class="gd-team" data-gd-results="team">{_nojs(m["nojs"])}'
        '<div class="gd-team__controls" hidden>'
        f'<div class="gd-team__drop"><p>{escape(m["drop"])}</p><p class="gd-share__import">'
        '<input type="file" id="gd-team-import" class="gd-share__file" multiple'
        ' accept=".json,application/json">'
        '<label for="gd-team-import" class="gd-results__button gd-share__pick">'
        f"{escape(m['pick'])}</label></p></div>"
        '<p class="gd-team__keep"><input type="checkbox" id="gd-team-keep">'
        f' <label for="gd-team-keep">{escape(m["keep"])}</label></p>'
        '<p class="gd-team__status" aria-live="polite"></p>'
        '<ul class="gd-team__messages"></ul>'
        f'<p class="gd-team__buttons" hidden>{_button("team-csv", m["export_csv"])} '
        f"{_button('team-print', m['print'])} {_button('team-clear', m['clear'])}</p>"
        '<div class="gd-team__scroll"><table class="gd-team__table" hidden>'
        f"<caption>{escape(m['caption'])}</caption><thead></thead><tbody></tbody></table>"
        "</div></div></div>"
    )


def steps(data: dict) -> int:
    """The onboarding path's steps: reading each chapter, and its quiz, checklist and worksheet."""
    parts = ("quiz", "checklist", "worksheet")
    return sum(1 + sum(bool(item.get(part)) for part in parts) for item in data["chapters"])


def chart(data: dict, t: Strings, chapter: str | None = None) -> str:
    """Room for the SVG chart that results.js draws (nothing to show without it)."""
    return '<figure class="gd-chart" data-gd-results="chart" hidden></figure>'


def bands(data: dict, t: Strings, chapter: str | None = None) -> str:
    """What each self-assessment score means, for the reader's own scores (filled by the script)."""
    return (
        f'<div class="gd-bands" data-gd-results="bands">{_nojs(t["results"]["bands_nojs"])}'
        '<ul class="gd-bands__list" hidden></ul></div>'
    )


def share(data: dict, t: Strings, chapter: str | None = None) -> str:
    """Print, export and import: buttons and a file input, with one polite status line."""
    r = t["results"]
    return (
        f'<div class="gd-share" data-gd-results="share">{_nojs(r["share_nojs"])}'
        '<div class="gd-share__controls" hidden>'
        '<p class="gd-share__name"><label for="gd-results-name">'
        f'{escape(r["name_label"])}</label><input type="text" id="gd-results-name"'
        ' autocomplete="name" maxlength="80" spellcheck="false"'
        f' aria-describedby="gd-results-name-hint"><span class="gd-share__hint"'
        f' id="gd-results-name-hint">{escape(r["name_hint"])}</span></p>'
        '<p class="gd-share__buttons">'
        f"{_button('print', r['print'])} {_button('export-json', r['export_json'])} "
        f"{_button('export-text', r['export_text'])}</p>"
        # The file input's own button says "Choose File" in the browser's language: it is kept
        # (focusable, for keyboards and screen readers) but hidden, and its label is the button.
        '<p class="gd-share__import"><input type="file" id="gd-results-import"'
        ' class="gd-share__file" accept=".json,application/json">'
        '<label for="gd-results-import" class="gd-results__button gd-share__pick">'
        f"{escape(r['import_label'])}</label></p></div>"
        '<p class="gd-results__status" aria-live="polite"></p></div>'
    )


def erase(data: dict, t: Strings, chapter: str | None = None) -> str:
    """Erase everything, after a confirmation step in the page itself."""
    r = t["results"]
    confirm = "gd-results-erase-confirm"
    return (
        f'<div class="gd-erase" data-gd-results="erase">{_nojs(r["erase_nojs"])}'
        '<p class="gd-erase__start" hidden>'
        + _button("erase", r["erase"], f' aria-expanded="false" aria-controls="{confirm}"')
        + f'</p><div class="gd-erase__confirm" id="{confirm}" role="group"'
        f' aria-labelledby="{confirm}-question" hidden>'
        f'<p id="{confirm}-question">{escape(r["erase_question"])}</p><p>'
        f"{_button('erase-yes', r['erase_yes'])} {_button('erase-no', r['erase_no'])}</p></div>"
        '<p class="gd-results__status" aria-live="polite"></p></div>'
    )


def _progress(chapter: str, tag: str = "p") -> str:
    return f'<{tag} class="gd-progress" data-gd-progress="{chapter}" hidden></{tag}>'


def progress(data: dict, t: Strings, chapter: str | None = None) -> str:
    """The onboarding path's progress: a bar and, for each chapter in order, what is done."""
    o = t["onboarding"]
    total = steps(data)
    items = "".join(
        f"<li>{_link(item['url'], item['name'])} {_progress(item['id'], 'span')}</li>"
        for item in data["chapters"]
    )
    return (
        f'<div class="gd-path" data-gd-results="progress">{_nojs(o["nojs"])}'
        '<p class="gd-path__total" hidden><label for="gd-results-progress">'
        f'{escape(o["label"])}</label> <progress id="gd-results-progress" max="{total}"'
        ' value="0"></progress> <span class="gd-path__count"></span></p>'
        f'<ol class="gd-path__list">{items}</ol>'
        '<p class="gd-results__overview" hidden></p></div>'
    )


def chapter_progress(data: dict, t: Strings, chapter: str | None = None) -> str:
    """One chapter's progress, for its card on the home page: nothing until the script fills it."""
    return _progress(chapter or "")


def certificate(data: dict, t: Strings, chapter: str | None = None) -> str:
    """The completion certificate: why it is not available yet, or a name field and a print button.

    The certificate itself is a sheet that only the print stylesheet shows.
    """
    c, name = t["certificate"], "gd-certificate-name"
    values = {"threshold": data["pass"], "guide": data["guide"]}
    sheet = "".join(
        f'<p class="gd-certificate__{part}">{escape(fill(c[key], **values)) if key else ""}</p>'
        for part, key in (
            ("issuer", "issuer"),
            ("title", "title"),
            ("intro", "intro"),
            ("name", ""),
            ("body", "body"),
            ("scores-title", "scores"),
        )
    )
    return (
        f'<div class="gd-certificate" data-gd-results="certificate">{_nojs(c["nojs"])}'
        f'<div class="gd-certificate__locked" hidden><p>{escape(fill(c["locked"], **values))}</p>'
        '<ul class="gd-certificate__missing"></ul></div>'
        f'<div class="gd-certificate__ready" hidden><p>{escape(fill(c["ready"], **values))}</p>'
        f'<p class="gd-certificate__field"><label for="{name}">{escape(c["name_label"])}</label>'
        f'<input type="text" id="{name}" autocomplete="name" maxlength="80" spellcheck="false"'
        f' aria-describedby="{name}-hint"><span class="gd-certificate__hint" id="{name}-hint">'
        f"{escape(c['name_hint'])}</span></p>"
        f"<p>{_button('print-certificate', c['print'])}</p>"
        '<p class="gd-results__status" aria-live="polite"></p></div>'
        f'<div class="gd-certificate__sheet" hidden>{sheet}'
        '<ul class="gd-certificate__scores"></ul><p class="gd-certificate__date"></p></div></div>'
    )


MARKERS: dict[str, Callable[..., str]] = {
    "summary": summary,
    "worksheets": worksheets,
    "chart": chart,
    "bands": bands,
    "share": share,
    "erase": erase,
    "progress": progress,
    "chapter-progress": chapter_progress,
    "certificate": certificate,
    "team": team,
}
NEEDS_CHAPTER = frozenset({"chapter-progress"})


def render(name: str, data: dict, t: Strings, chapter: str | None = None) -> str:
    """The HTML that replaces the marker `name` (one of MARKERS)."""
    return MARKERS[name](data, t, chapter)
