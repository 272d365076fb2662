/* The reader's results, read and checked: what « Mon bilan », the onboarding path, the home page's
   cards (results.js) and the team view (team.js) share, as window.gdResults. From the guide's
   structure in <script id="gd-results-data" type="application/json"> and the storage components.js
   writes: "gd:v1:quiz:<id>", "gd:v1:checklist:<id>", "gd:v1:read:<chapter>", and worksheet.js
   "gd:v1:worksheet:<id>"; the reader's name (results, certificate) is "gd:v1:name". Stored and
   imported results are checked against the guide's ids and counts; nothing ever leaves the browser.
   Served in one file with the script that uses it (hooks/assets.py, overrides/main.html). */
(() => {
  "use strict";

  const source = document.getElementById("gd-results-data");
  if (!source) return;
  const guide = JSON.parse(source.textContent);
  const { results: t } = guide.strings;
  const PREFIX = "gd:v1:";
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
  const MAX_TEXT = 5000; // characters of one worksheet answer
  const MAX_BYTES = 1 << 20;
  const language = document.documentElement.lang || guide.language;
  const chapters = guide.chapters;

  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (Object.hasOwn(values, name) ? values[name] : all));
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const isCount = (value, max) => Number.isInteger(value) && value >= 0 && value <= max;
  const length = (text) => [...text].length; // in characters (code points), as JSON Schema counts
  const percent = (score, total) => Math.round((100 * score) / total);

  /* Storage: reading never throws (blocked, full or garbage storage reads as empty); writing does,
     so that import can tell the reader and put things back as they were. */
  const store = {
    get(key) {
      try {
        return JSON.parse(localStorage.getItem(PREFIX + key));
      } catch (error) {
        return null;
      }
    },
    keys() {
      try {
        return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
          (key) => key && key.startsWith(PREFIX),
        );
      } catch (error) {
        return [];
      }
    },
  };

  /* A saved entry that cannot be read (not JSON, or not what the guide writes: a fault, a hand
     edit, another version of the guide) is ignored, and the reader told once, in a notice on the
     page that found it (results.js; components.js and worksheet.js on a chapter's page): it is
     moved aside under "gd:v1:damaged:<key>", which nothing reads and « Effacer tous mes
     résultats » erases, so its key is free for the next save and no later page finds it again.
     Over 64 KB it is removed instead: no result is that big, and kept it could fill the storage
     the next saves need. `damaged`: [chapter, kind] of what this page set aside (null, "name"). */
  const damaged = [];
  function setAside(key) {
    let text = null;
    try {
      text = localStorage.getItem(PREFIX + key);
      if (text !== null) {
        localStorage.removeItem(PREFIX + key);
        if (text.length <= 65536) localStorage.setItem(PREFIX + "damaged:" + key, text);
      }
    } catch (error) {
      // Blocked: nothing was read. Full: the entry is only removed.
    }
    return text !== null;
  }

  /* Results as components.js stores them, or as an export carries them: valid, or null. */
  function quizResult(entry, spec) {
    if (!isObject(entry) || !isObject(entry.answers) || entry.total !== spec.total) return null;
    if (!isCount(entry.score, spec.total)) return null;
    const sizes = new Map(spec.questions);
    const answered = Object.keys(entry.answers);
    const valid = answered.every((id) => {
      const chosen = entry.answers[id];
      return (
        sizes.has(id) &&
        Array.isArray(chosen) &&
        chosen.length > 0 &&
        new Set(chosen).size === chosen.length &&
        chosen.every((index) => Number.isInteger(index) && index >= 0 && index < sizes.get(id))
      );
    });
    if (!valid || entry.score > answered.length) return null;
    return { score: entry.score, total: spec.total, answered: answered.length, raw: entry };
  }

  function checklistResult(entry, spec) {
    if (!isObject(entry) || !Array.isArray(entry.ticked) || entry.total !== spec.total) return null;
    const ticked = entry.ticked;
    if (!ticked.every((id) => spec.items.includes(id)) || new Set(ticked).size !== ticked.length) return null;
    if (entry.score !== ticked.length) return null;
    const band = spec.bands.find((item) => item.low <= entry.score && entry.score <= item.high);
    return band ? { score: entry.score, total: spec.total, band, raw: entry } : null;
  }

  /* A worksheet's answers: every key a field of it, numbers for number fields (or the text typed
     when it was not a number), a known value for choices, bounded text. */
  function worksheetResult(entry, spec) {
    if (!isObject(entry) || !isObject(entry.values)) return null;
    const fields = new Map(spec.fields.map((field) => [field.id, field]));
    const valid = Object.entries(entry.values).every(([id, value]) => {
      const field = fields.get(id);
      if (!field) return false;
      if (field.type === "choice") return typeof value === "string" && Object.hasOwn(field.choices, value);
      if (field.type === "number" && typeof value === "number") return Number.isFinite(value);
      return typeof value === "string" && length(value) <= MAX_TEXT;
    });
    if (!valid) return null;
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
          if (spec && !state[kind] && setAside(kind + ":" + spec.id)) damaged.push([chapter, kind]);
        });
      return state;
    });
    if (get === store.get) storedName();
    return states;
  }

  // The reader's name as results.js saves it (the field's maxlength; an import's 80 characters).
  const storedName = () => {
    const name = store.get("name");
    if (typeof name === "string" && name.length <= 160 && [...name].length <= 80) return name.trim();
    if (setAside("name")) damaged.push([null, "name"]);
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

  window.gdResults = {
    guide,
    PREFIX,
    FORMAT,
    MAX_BYTES,
    language,
    fill,
    percent,
    store,
    damaged,
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
