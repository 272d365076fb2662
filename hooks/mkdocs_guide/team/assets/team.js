/* The manager's team view (hooks/components/results_html.py, marker "team"): several results files
   exported from « Mon bilan », read in this browser and shown as one table, a row per person.
   Each file is checked exactly as « Mon bilan »'s import checks it (progress.js, window.gdResults);
   a refused file is named with its reason and the others stay. The same person twice keeps the
   newest export. Nothing leaves the browser; nothing is stored unless the manager asks
   ("gd:v1:team": the accepted files' contents). Sortable, exportable as CSV (no cell a
   spreadsheet would run as a formula), printable. Names and answers are only ever text. */
(() => {
  "use strict";

  const root = document.querySelector("[data-gd-results=team]");
  const api = window.gdResults;
  if (!root || !api) return;
  const { store, fill, node, say } = window.gdCore;
  const { guide, language } = api;
  const m = guide.strings.team;
  const KEY = "team"; // "gd:v1:team" (core.js)
  const $ = (selector) => root.querySelector(selector);
  const status = $(".gd-team__status");
  const messages = $(".gd-team__messages");
  const table = $(".gd-team__table");
  const keep = $("#gd-team-keep");
  let people = new Map(); // person key -> {file, name, exported, writes, states}
  let sort = { column: 0, direction: 1 };
  let dates = null; // made on first use: the first Intl formatter is slow on a phone
  const day = (iso) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return "";
    return (dates ||= new Intl.DateTimeFormat(language, { dateStyle: "medium" })).format(date);
  };

  /* The columns: [heading, value(person) -> text, sort key(person)]. */
  function columns() {
    const list = [[m.col_name, (p) => p.name, (p) => p.name.toLocaleLowerCase(language)]];
    guide.chapters.forEach((chapter, index) => {
      const state = (p) => p.states[index];
      if (chapter.quiz) {
        list.push([
          fill(m.col_quiz, { chapter: chapter.label }),
          (p) => api.quizText(state(p)),
          (p) => (api.quizComplete(state(p)) ? state(p).quiz.score / state(p).quiz.total : -1),
        ]);
      }
      if (chapter.checklist) {
        list.push([
          fill(m.col_checklist, { chapter: chapter.label }),
          (p) => (state(p).checklist ? state(p).checklist.band.title : api.checklistText(state(p))),
          (p) => (state(p).checklist ? state(p).checklist.score : -1),
        ]);
      }
      if (chapter.worksheet) {
        const keys = chapter.worksheet.results.filter((result) => result.key);
        keys.forEach((result) => {
          const value = (p) => (state(p).worksheet ? state(p).worksheet.results[result.id] : null);
          list.push([
            fill(m.col_worksheet, { chapter: chapter.label, result: result.label }),
            (p) =>
              Number.isFinite(value(p))
                ? window.gdFormula.format(value(p), result.unit, result.digits)
                : api.worksheetText(state(p)),
            (p) => (Number.isFinite(value(p)) ? value(p) : -Infinity),
          ]);
        });
      }
    });
    const passedAll = (p) => p.states.every((state) => !state.chapter.quiz || api.passed(state));
    list.push([m.col_certificate, (p) => (passedAll(p) ? m.certificate_yes : m.certificate_no), (p) => +passedAll(p)]);
    list.push([m.col_exported, (p) => day(p.exported), (p) => p.exported]);
    return list;
  }

  function render() {
    const list = columns();
    const rows = [...people.values()].sort((a, b) => {
      const [x, y] = [list[sort.column][2](a), list[sort.column][2](b)];
      return (x < y ? -1 : x > y ? 1 : 0) * sort.direction;
    });
    const head = node("tr");
    list.forEach(([heading], index) => {
      const cell = node("th");
      cell.scope = "col";
      if (index === sort.column) cell.setAttribute("aria-sort", sort.direction > 0 ? "ascending" : "descending");
      const button = node("button", "gd-team__sort", heading);
      button.type = "button";
      button.title = fill(m.sort, { column: heading });
      button.addEventListener("click", () => {
        sort = { column: index, direction: sort.column === index ? -sort.direction : 1 };
        render();
        table.querySelectorAll(".gd-team__sort")[index].focus();
      });
      cell.append(button);
      head.append(cell);
    });
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren(
      ...rows.map((person) => {
        const row = node("tr");
        list.forEach(([, value], index) => {
          const cell = node(index ? "td" : "th", "", value(person));
          if (!index) cell.scope = "row";
          row.append(cell);
        });
        return row;
      }),
    );
    table.hidden = rows.length === 0;
    $(".gd-team__buttons").hidden = rows.length === 0;
  }

  const forget = () => store.remove(KEY); // blocked: nothing was kept

  function save() {
    if (!keep.checked) return;
    const kept = [...people.values()].map(({ file, name, exported, writes }) => ({ file, name, exported, writes }));
    if (!store.set(KEY, kept)) {
      keep.checked = false;
      say(status, guide.strings.results.storage_blocked);
    }
  }

  /* One file's person, or a reason to refuse it (its size first: a huge file is never read). */
  async function read(file) {
    if (file.size > api.MAX_BYTES) throw new api.Refused(guide.strings.results.import_too_big);
    const { writes, name, exported } = api.parseImport(await file.text());
    const shown = name || fill(m.unnamed, { file: file.name });
    return { file: file.name, name: shown, exported, writes, states: api.statesOf(writes) };
  }

  function add(person, said) {
    const key = person.name.trim().toLocaleLowerCase(language);
    const known = people.get(key);
    if (known && known.exported > person.exported) {
      said.push(fill(m.older, { name: person.name, date: day(person.exported), newer: day(known.exported) }));
      return false;
    }
    if (known) said.push(fill(m.replaced, { name: person.name, date: day(person.exported), older: day(known.exported) }));
    people.set(key, person);
    return true;
  }

  async function load(files) {
    const said = [];
    let count = 0;
    let refused = 0;
    for (const file of files) {
      try {
        if (add(await read(file), said)) count += 1;
      } catch (error) {
        const known = error instanceof api.Refused && error.message !== guide.strings.results.import_not_json;
        said.push(fill(m.refused, { file: file.name, reason: known ? error.message : m.not_json }));
        refused += 1;
      }
    }
    messages.replaceChildren(...said.map((text) => node("li", "", text)));
    // The live region says how many were refused; the list (not live) says which and why.
    const added = fill(m.added, { count, total: people.size });
    say(status, refused ? `${added} ${fill(m.refused_count, { count: refused })}` : added);
    render();
    save();
  }

  /* A CSV cell: always quoted, quotes doubled; and text that a spreadsheet would take for a
     formula (=, +, -, @, a tab or a carriage return first) kept as text by a leading ' (OWASP).
     Every cell is the table's text as shown, figures with their unit ("-1 234,00 €") included:
     none is a bare number, so a negative figure loses nothing by it. */
  const quote = (text) => {
    const value = String(text);
    return `"${(/^[=+\-@\t\r]/.test(value) ? "'" + value : value).replace(/"/g, '""')}"`;
  };

  function csv() {
    const list = columns();
    const separator = language === "fr" ? ";" : ",";
    const lines = [list.map(([heading]) => quote(heading)).join(separator)];
    [...table.tBodies[0].rows].forEach((row) => {
      lines.push([...row.cells].map((cell) => quote(cell.textContent)).join(separator));
    });
    const file = `${m.file_name}-${new Date().toISOString().slice(0, 10)}.csv`;
    api.download(file, "text/csv;charset=utf-8", "\ufeff" + lines.join("\r\n") + "\r\n");
    say(status, fill(guide.strings.results.exported, { file }));
  }

  const input = $("#gd-team-import");
  input.addEventListener("change", async () => {
    await load([...input.files]);
    input.value = "";
  });
  const drop = $(".gd-team__drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("gd-team__drop--over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("gd-team__drop--over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("gd-team__drop--over");
    load([...event.dataTransfer.files]);
  });
  keep.addEventListener("change", () => {
    if (keep.checked) {
      save();
      if (keep.checked) say(status, m.kept);
    } else {
      forget();
      say(status, m.not_kept);
    }
  });
  root.querySelector("[data-gd-action=team-csv]").addEventListener("click", csv);
  root.querySelector("[data-gd-action=team-print]").addEventListener("click", () => window.print());
  root.querySelector("[data-gd-action=team-clear]").addEventListener("click", () => {
    people = new Map();
    messages.replaceChildren();
    keep.checked = false;
    forget();
    render();
    say(status, m.cleared);
  });

  /* A team kept in this browser earlier: each file checked again, as if it were imported now.
     What cannot be read is left out, said once, and no longer kept. */
  const kept = store.text(KEY); // null when storage is blocked: an empty team
  if (kept !== null) {
    let list = null;
    try {
      list = JSON.parse(kept);
    } catch {
      // Not JSON: all of it is damaged.
    }
    const entries = Array.isArray(list) ? list : [null];
    let lost = 0;
    entries.forEach((entry) => {
      const valid =
        entry &&
        typeof entry.name === "string" &&
        entry.name &&
        typeof entry.exported === "string" &&
        Array.isArray(entry.writes) &&
        entry.writes.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === "string");
      // statesOf checks every result against the guide, as an import does.
      if (valid) add({ ...entry, states: api.statesOf(entry.writes) }, []);
      else lost += 1;
    });
    keep.checked = people.size > 0;
    if (lost) {
      messages.replaceChildren(node("li", "", fill(m.kept_damaged, { count: lost, total: entries.length })));
      if (keep.checked) save();
      else forget();
    }
  }
  render();
  $(".gd-team__controls").hidden = false;
})();
