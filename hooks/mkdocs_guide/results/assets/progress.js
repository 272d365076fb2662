/* The reader's results, read and checked: what « Mon bilan », the onboarding path, the home page's
   cards (results.js) and the team view (team.js) share, as window.gdResults. From the guide's
   structure in <script id="gd-results-data" type="application/json"> and the storage that
   components.js and worksheet.js write (its keys and layout: core.js, window.gdCore); the reader's
   name (results, certificate) is "gd:v1:name". Stored and imported results are checked against
   the guide's ids and counts; nothing ever leaves the browser. Served in one file with core.js
   and the script that uses it (hooks/mkdocs_guide/assets.py, templates/main.html). */
(() => {
  "use strict";

  const source = document.getElementById("gd-results-data");
  if (!source) return;
  const guide = JSON.parse(source.textContent);
  const { results: t } = guide.strings;
  const { isObject, characters: length, store, quizValid, checklistValid, worksheetValid, fill, node } = window.gdCore;
  const FORMAT = "gd-results";
  const FIELDS = [
    "format",
    "version",
    "guide_id",
    "guide",
    "language",
    "exported",
    "name",
    "quizzes",
    "checklists",
    "worksheets",
    "read",
  ];
  const MAX_BYTES = 1 << 20;
  const language = document.documentElement.lang || guide.language;
  const chapters = guide.chapters;
  const percent = (score, total) => Math.round((100 * score) / total);

  /* A saved entry that cannot be read (not JSON, or not what the guide writes) is ignored, and
     the reader told once, in a notice on the page that found it (results.js; components.js and
     worksheet.js on a chapter's page): it is set aside (core.js, store.aside). `damaged`:
     [chapter, kind] of what this page set aside (null, "name"). */
  const damaged = [];

  /* Results as components.js and worksheet.js store them, or as an export carries them, checked
     as they check them (core.js): valid, or null. */
  function quizResult(entry, spec) {
    if (!quizValid(entry, spec.questions)) return null;
    return { score: entry.score, total: spec.total, answered: Object.keys(entry.answers).length, raw: entry };
  }

  function checklistResult(entry, spec) {
    if (!checklistValid(entry, spec.items)) return null;
    const band = spec.bands.find((item) => item.low <= entry.score && entry.score <= item.high);
    return band ? { score: entry.score, total: spec.total, band, raw: entry } : null;
  }

  function worksheetResult(entry, spec) {
    if (!worksheetValid(entry, spec.fields)) return null;
    const answered = spec.fields.filter((field) => {
      const value = entry.values[field.id];
      return field.type === "number" ? typeof value === "number" : typeof value === "string" && value.trim();
    }).length;
    // formula.js is loaded where figures are shown (« Mon bilan », the team view), not elsewhere.
    const results = window.gdFormula ? window.gdFormula.results(spec, entry.values) : {};
    return { values: entry.values, answered, total: spec.fields.length, results, raw: entry };
  }

  /* Every chapter's results, from `get(key)` (the reader's storage, or an imported file's). In the
     reader's storage, what is there but not valid is set aside (see `damaged`), the name too. */
  function readState(get = store.get) {
    const states = chapters.map((chapter) => {
      const read = get("read:" + chapter.id);
      const sheet = chapter.worksheet;
      const state = {
        chapter,
        read: isObject(read) && read.read === true,
        quiz: chapter.quiz && quizResult(get("quiz:" + chapter.quiz.id), chapter.quiz),
        checklist: chapter.checklist && checklistResult(get("checklist:" + chapter.checklist.id), chapter.checklist),
        worksheet: sheet && worksheetResult(get("worksheet:" + sheet.id), sheet),
      };
      if (get === store.get)
        ["quiz", "checklist", "worksheet", "read"].forEach((kind) => {
          const spec = kind === "read" ? chapter : chapter[kind];
          if (spec && !state[kind] && store.aside(kind + ":" + spec.id)) damaged.push([chapter, kind]);
        });
      return state;
    });
    if (get === store.get) storedName();
    return states;
  }

  // The reader's name as results.js saves it (the field's maxlength; an import's 80 characters).
  const storedName = () => {
    const name = store.get("name");
    if (typeof name === "string" && name.length <= 160 && length(name) <= 80) return name.trim();
    if (store.aside("name")) damaged.push([null, "name"]);
    return "";
  };
  const quizComplete = (state) => Boolean(state.quiz && state.quiz.answered === state.quiz.total);
  const worksheetFilled = (state) => Boolean(state.worksheet && state.worksheet.answered === state.worksheet.total);
  const stepsDone = (state) =>
    [state.read, quizComplete(state), Boolean(state.checklist), worksheetFilled(state)].filter(Boolean).length;
  const stepsTotal = () =>
    chapters.reduce((sum, chapter) => sum + 1 + !!chapter.quiz + !!chapter.checklist + !!chapter.worksheet, 0);
  const passed = (state) => quizComplete(state) && percent(state.quiz.score, state.quiz.total) >= guide.pass;
  const started = (states) => states.some((state) => state.read || state.quiz || state.checklist || state.worksheet);

  const quizText = (state) => {
    if (quizComplete(state)) {
      const value = fill(t.percent, { percent: percent(state.quiz.score, state.quiz.total) });
      return fill(t.quiz_done, { score: state.quiz.score, total: state.quiz.total, percent: value });
    }
    if (state.quiz && state.quiz.answered)
      return fill(t.quiz_partial, { answered: state.quiz.answered, total: state.quiz.total });
    return t.quiz_todo;
  };
  const worksheetText = (state) => {
    if (worksheetFilled(state)) return t.worksheet_done;
    if (state.worksheet && state.worksheet.answered)
      return fill(t.worksheet_partial, { answered: state.worksheet.answered, total: state.worksheet.total });
    return t.worksheet_todo;
  };
  /* A worksheet's key figures, written as the page writes them: [[label, text]]. */
  const figures = (state) => {
    if (!state.worksheet || !window.gdFormula) return [];
    const { format } = window.gdFormula;
    const keys = state.chapter.worksheet.results.filter((result) => result.key);
    return (keys.length ? keys : state.chapter.worksheet.results)
      .filter((result) => Number.isFinite(state.worksheet.results[result.id]))
      .map((result) => [result.label, format(state.worksheet.results[result.id], result.unit, result.digits)]);
  };
  /* A worksheet's written answers (text and choices): [[label, text]]. */
  const answers = (state) => {
    if (!state.worksheet) return [];
    return state.chapter.worksheet.fields
      .filter((field) => field.type !== "number")
      .map((field) => {
        const value = state.worksheet.values[field.id];
        if (typeof value !== "string" || !value.trim()) return null;
        return [field.label, field.type === "choice" ? field.choices[value].label : value.trim()];
      })
      .filter(Boolean);
  };
  const checklistText = (state) =>
    state.checklist
      ? fill(t.checklist_done, {
          score: state.checklist.score,
          total: state.checklist.total,
          band: state.checklist.band.title,
        })
      : t.checklist_todo;


  /* Import: the whole file is checked before anything is written; a problem changes nothing.
     The file's shape is hooks/components/results.schema.json's (the format, for other tools):
     what the schema refuses is refused here too, and here also what this guide does not have
     (its ids, totals and scores). */
  class Refused extends Error {}
  // Keys that lead to an object's prototype: refused anywhere (the build refuses them as ids).
  const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);
  // The text fields, as the schema says them: [key, longest, pattern].
  const TEXTS = [
    ["guide_id", 64, /^[a-z0-9]+(-[a-z0-9]+)*$/],
    ["guide", 200],
    ["language", 35, /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/],
    ["exported", 40, /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$/],
    ["name", 80],
  ];
  function parseImport(text) {
    const invalid = (where) => new Refused(fill(t.import_invalid, { where: String(where).slice(0, 60) }));
    let data;
    try {
      data = JSON.parse(text, (key, value) => {
        if (UNSAFE.has(key)) throw invalid(key);
        return value;
      });
    } catch (error) {
      throw error instanceof Refused ? error : new Refused(t.import_not_json);
    }
    if (!isObject(data) || data.format !== FORMAT) throw new Refused(t.import_foreign);
    const has = (key) => Object.hasOwn(data, key);
    TEXTS.forEach(([key, max, pattern]) => {
      const value = data[key];
      if (has(key) && !(typeof value === "string" && length(value) <= max && (!pattern || pattern.test(value))))
        throw invalid(key);
    });
    // Files exported before guides had an id have none: their ids and counts say whose they are.
    if (has("guide_id") && data.guide_id !== guide.id) {
      const title = [...((has("guide") && data.guide.trim()) || data.guide_id)].slice(0, 80).join("");
      throw new Refused(fill(t.import_other_guide, { guide: title }));
    }
    if (data.version !== guide.version)
      throw new Refused(fill(t.import_version, { version: String(data.version).slice(0, 20) }));
    Object.keys(data).forEach((key) => {
      if (!FIELDS.includes(key)) throw invalid(key);
    });
    const entries = (field, kind, check, allowed) => {
      if (!isObject(data[field])) throw invalid(field);
      const specs = new Map(chapters.filter((chapter) => chapter[kind]).map((chapter) => [chapter[kind].id, chapter[kind]]));
      return Object.entries(data[field]).map(([id, entry]) => {
        const where = `${field} › ${id}`;
        if (!specs.has(id) || !isObject(entry) || !Object.keys(entry).every((key) => allowed.includes(key)))
          throw invalid(where);
        if (!check(entry, specs.get(id))) throw invalid(where);
        return [kind + ":" + id, entry];
      });
    };
    const writes = [
      ...entries("quizzes", "quiz", quizResult, ["answers", "score", "total"]),
      ...entries("checklists", "checklist", checklistResult, ["ticked", "score", "total"]),
      // Exports made before the worksheets have none.
      ...(has("worksheets") ? entries("worksheets", "worksheet", worksheetResult, ["values"]) : []),
    ];
    const ids = chapters.map((chapter) => chapter.id);
    if (!Array.isArray(data.read) || new Set(data.read).size !== data.read.length) throw invalid("read");
    data.read.forEach((id) => {
      if (!ids.includes(id)) throw invalid("read › " + id);
      writes.push(["read:" + id, { read: true }]);
    });
    if (data.name && data.name.trim()) writes.push(["name", data.name.trim()]);
    return { writes, name: data.name ? data.name.trim() : "", exported: data.exported || "" };
  }

  /* A file for the reader to keep (an export): a link clicked at once, its address freed later. */
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const anchor = Object.assign(node("a"), { href: url, download: name, hidden: true });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  window.gdResults = {
    guide,
    FORMAT,
    MAX_BYTES,
    language,
    percent,
    damaged,
    download,
    readState,
    statesOf: (writes) => {
      const entries = new Map(writes);
      return readState((key) => (entries.has(key) ? entries.get(key) : null));
    },
    storedName,
    quizComplete,
    worksheetFilled,
    stepsDone,
    stepsTotal,
    passed,
    started,
    quizText,
    worksheetText,
    figures,
    answers,
    checklistText,
    Refused,
    parseImport,
  };
})();
