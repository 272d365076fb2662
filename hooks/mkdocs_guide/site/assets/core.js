/* What every script of the guide shares, once, as window.gdCore (frozen): hooks/mkdocs_guide/
   assets.py makes it the first part of each page's script file (requests.js, alone, has none).
   The reader's results are kept in localStorage under "gd:v1:<key>": "quiz:<id>" {answers:
   {<question>: [choice index]}, score, total} and "checklist:<id>" {ticked: [item id], score,
   total} (components.js), "worksheet:<id>" {values: {<field>: number | text | choice}}
   (worksheet.js), "read:<chapter>" {read: true}, "name" (results.js), "team" (team.js). Ids are
   language-neutral, so results follow the reader across languages. Reading never throws (blocked,
   full or garbage storage reads as empty); nothing is logged; nothing ever leaves the browser.
   The checks below are the stored layout's: components.js and worksheet.js apply them to what they
   restore, progress.js to what « Mon bilan » reads and imports, so all agree on what is valid. */
(() => {
  "use strict";

  const PREFIX = "gd:v1:";
  const MAX_TEXT = 5000; // characters of one worksheet answer (the markup's maxlength)
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const isCount = (value, max) => Number.isInteger(value) && value >= 0 && value <= max;
  const characters = (text) => [...text].length; // code points, as JSON Schema counts
  const attempt = (run, otherwise) => {
    try {
      return run();
    } catch {
      return otherwise; // storage blocked, full, or not JSON
    }
  };

  const store = {
    /* The stored text, or null (none, or storage blocked). */
    text: (key) => attempt(() => localStorage.getItem(PREFIX + key), null),
    /* The stored value, or null (none, not JSON, or storage blocked). */
    get: (key) => attempt(() => JSON.parse(store.text(key)), null),
    /* False when storage is blocked or full: the value then lasts as long as the page. */
    set: (key, value) => attempt(() => (localStorage.setItem(PREFIX + key, JSON.stringify(value)), true), false),
    remove: (key) => attempt(() => (localStorage.removeItem(PREFIX + key), true), false),
    /* Every key of the guide, prefix included. */
    keys: () => attempt(() => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX)), []),
    /* A saved entry that cannot be read (not JSON, or not what the guide writes: a fault, a hand
       edit, another version of the guide) is moved aside under "gd:v1:damaged:<key>", which
       nothing reads and « Effacer tous mes résultats » erases, so its key is free for the next
       save and no later page finds it again. Over 64 KB it is removed instead: no result is that
       big, and kept it could fill the storage the next saves need (full: it is only removed).
       False when there was none, or storage is blocked: nothing to tell the reader then. */
    aside(key) {
      const text = store.text(key);
      if (text === null) return false;
      attempt(() => {
        localStorage.removeItem(PREFIX + key);
        if (text.length <= 65536) localStorage.setItem(PREFIX + "damaged:" + key, text);
      });
      return true;
    },
  };

  /* A quiz's result for its questions, [[id, number of choices, single choice?]]: every answer one
     of these questions, each choice once and in range (only one for a single choice), the score
     at most the number answered. (progress.js does not know which questions take one choice.) */
  function quizValid(entry, questions) {
    const answers = isObject(entry) && entry.answers;
    return (
      isObject(answers) &&
      entry.total === questions.length &&
      isCount(entry.score, Object.keys(answers).length) &&
      Object.entries(answers).every(([id, chosen]) => {
        const [, size, single] = questions.find(([question]) => question === id) || []; // none: not this quiz's
        return (
          size &&
          Array.isArray(chosen) &&
          chosen.length > 0 &&
          (!single || chosen.length === 1) &&
          new Set(chosen).size === chosen.length &&
          chosen.every((index) => isCount(index, size - 1))
        );
      })
    );
  }

  /* A self-assessment's result for its item ids: known items, each once, the score their number. */
  function checklistValid(entry, items) {
    const ticked = isObject(entry) && entry.ticked;
    return (
      Array.isArray(ticked) &&
      entry.total === items.length &&
      entry.score === ticked.length &&
      new Set(ticked).size === ticked.length &&
      ticked.every((id) => items.includes(id))
    );
  }

  /* A worksheet's answers for its fields: every key a field, a number for a number field (or the
     text typed when it was not one), a known value for a choice, bounded text. */
  function worksheetValid(entry, fields) {
    return (
      isObject(entry) &&
      isObject(entry.values) &&
      Object.entries(entry.values).every(([id, value]) => {
        const field = fields.find((item) => item.id === id);
        if (!field) return false;
        if (field.type === "choice") return typeof value === "string" && Object.hasOwn(field.choices, value);
        if (field.type === "number" && typeof value === "number") return Number.isFinite(value);
        return typeof value === "string" && value.length <= 2 * MAX_TEXT && characters(value) <= MAX_TEXT;
      })
    );
  }

  /* "{score} sur {total}" with {score: 3, total: 5}; an unknown {name} stays as written. */
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (Object.hasOwn(values, name) ? values[name] : all));

  const node = (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };

  /* An announcement: the text of a live region (aria-live="polite" or role="status" in the
     markup), which assistive technology reads out when it changes. */
  const say = (region, text) => {
    region.textContent = text;
  };

  window.gdCore = Object.freeze({
    PREFIX,
    isObject,
    characters,
    store: Object.freeze(store),
    quizValid,
    checklistValid,
    worksheetValid,
    fill,
    node,
    say,
  });
})();
