/* Worksheets (hooks/components/worksheet_html.py): the reader's answers, saved in this browser, and
   the results their formulas compute. The markup is a form that can be printed and filled in by
   hand; this script adds what paper cannot do. Formulas arrive as JSON trees (formula.py) and are
   evaluated by formula.js's small interpreter: nothing is ever passed to eval or Function.
   Answers are kept under "gd:v1:worksheet:<id>" as {values: {<field id>: number | text | choice}}:
   numbers as numbers, so that « 12,5 » typed on the French page reads 12.5 on the English one.
   Saved answers this script would not have written (core.js checks them as progress.js does) are
   set aside and named in components.js's notice (window.gdDamaged). */
(() => {
  "use strict";

  const PAUSE = 700; // ms without typing before results are announced
  const { format, decimal } = window.gdFormula;
  const { store, worksheetValid, fill, say } = window.gdCore;

  /* The fields and results a formula tree reads. */
  function refs(tree, found = []) {
    if (tree[0] === "ref") found.push(tree[1]);
    else if (tree[0] === "call") tree[2].forEach((argument) => refs(argument, found));
    else if (tree[0] !== "num") tree.slice(1).forEach((branch) => refs(branch, found));
    return found;
  }

  /* A number as the reader would type it in the page's language (« 12,5 »), without grouping. */
  const typed = (value) => String(value).replace(".", decimal);

  /* « 12,5 », "12.5", « 1 234,5 » or "1,234.5" -> 12.5 / 1234.5; empty -> null; else NaN. */
  function parseNumber(text) {
    let value = String(text).replace(/[\s\u00a0\u202f']/g, "");
    if (!value) return null;
    const comma = value.lastIndexOf(",");
    const dot = value.lastIndexOf(".");
    if (comma >= 0 && dot >= 0) {
      const separator = comma > dot ? "," : ".";
      value = value.split(separator === "," ? "." : ",").join("").replace(",", ".");
    } else if (comma >= 0) {
      value = value.replace(",", ".");
    }
    return /^-?(\d+(\.\d+)?|\.\d+)$/.test(value) ? Number(value) : NaN;
  }

  const plain = (node) => (node ? node.textContent.replace(/\s+/g, " ").trim() : "");

  /* The saved answers ("worksheet:<id>"), or none: what is not valid is set aside. */
  function read(key, fields, root) {
    const saved = store.get(key);
    if (worksheetValid(saved, fields)) return saved.values;
    if (window.gdDamaged) window.gdDamaged(key, "worksheet", root);
    return {};
  }

  /* False when storage is blocked or full: the answers last as long as the page. */
  const write = (key, values) => (Object.keys(values).length ? store.set(key, { values }) : store.remove(key));

  function mount(root) {
    const t = JSON.parse(root.dataset.gdStrings);
    const sheet = JSON.parse(root.dataset.gdSheet);
    const key = "worksheet:" + root.dataset.gdId;
    const live = root.querySelector(".gd-worksheet__live");
    const erase = root.querySelector(".gd-worksheet__erase");
    const fields = new Map(sheet.fields.map((field) => [field.id, field]));
    const results = new Map(sheet.results.map((result) => [result.id, result]));
    const part = (id) => root.querySelector(`[data-gd-field="${id}"]`);
    const control = (id) => part(id).querySelector("input:not([type=radio]), textarea");
    const label = (id) => plain(part(id).querySelector(".gd-worksheet__label"));
    let values = read(key, sheet.fields, root);
    let timer = 0;
    let shown = {};
    let unsaved = false;

    /* A field's value for the formulas: a number, or null when it is empty or not a number
       (the field then says what is wrong, and the result which fields it still needs). */
    function numberOf(id) {
      const field = fields.get(id);
      const value = values[id];
      if (field.type === "choice") return Object.hasOwn(field.choices, value) ? field.choices[value] : null;
      return typeof value === "number" ? value : null;
    }

    /* The fields a result still needs (through the results it reads), in worksheet order. */
    function missing(id, seen = new Set()) {
      if (seen.has(id)) return [];
      seen.add(id);
      return refs(results.get(id).tree).flatMap((name) =>
        results.has(name) ? missing(name, seen) : numberOf(name) === null ? [name] : [],
      );
    }

    function compute() {
      const computed = window.gdFormula.results(sheet, values);
      const texts = {};
      for (const result of sheet.results) {
        const value = computed[result.id];
        const box = root.querySelector(`[data-gd-result="${result.id}"]`);
        const note = box.querySelector(".gd-worksheet__missing");
        let text = "";
        let why = "";
        if (value === null) {
          const names = [...new Set(missing(result.id))].map(label);
          why = names.length ? fill(t.missing, { fields: names.join(", ") }) : "";
        } else if (!Number.isFinite(value)) {
          why = t.not_computable;
        } else {
          text = format(value, result.unit, result.digits);
        }
        box.querySelector(".gd-worksheet__value").textContent = text || "—";
        note.textContent = why;
        note.hidden = !why;
        box.classList.toggle("gd-worksheet__result--done", Boolean(text));
        texts[result.id] = text;
      }
      return texts;
    }

    function check(field, input) {
      const error = part(field.id).querySelector(".gd-worksheet__error");
      let message = "";
      const value = values[field.id];
      if (field.type === "number" && input.value.trim()) {
        if (typeof value !== "number") message = t.invalid_number;
        else if (field.min !== null && value < field.min) message = fill(t.too_low, { min: format(field.min, "", null) });
        else if (field.max !== null && value > field.max) message = fill(t.too_high, { max: format(field.max, "", null) });
      }
      error.textContent = message;
      error.hidden = !message;
      if (field.type === "choice") return;
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }

    /* Results that changed since the last announcement, said once the reader pauses. */
    function announce() {
      const texts = compute();
      const said = sheet.results
        .filter((result) => texts[result.id] && texts[result.id] !== shown[result.id])
        .map((result) => {
          const name = plain(root.querySelector(`[data-gd-result="${result.id}"] dt`));
          return fill(t.announce, { result: name, value: texts[result.id] });
        });
      shown = texts;
      if (said.length) say(live, said.join(" "));
    }

    /* Storage blocked or full: said once, and shown in place of the promise that answers are kept. */
    function save() {
      if (!write(key, values) && !unsaved) {
        unsaved = true;
        root.querySelector(".gd-worksheet__intro").textContent = t.storage_blocked;
        say(live, t.storage_blocked);
      }
      erase.hidden = !Object.keys(values).length;
    }

    function take(field, input) {
      if (field.type === "number") {
        const number = parseNumber(input.value);
        if (number === null) delete values[field.id];
        else values[field.id] = Number.isNaN(number) ? input.value : number;
      } else if (field.type === "choice") {
        values[field.id] = input.value;
      } else if (input.value.trim()) {
        values[field.id] = input.value;
      } else {
        delete values[field.id];
      }
    }

    /* Restore the saved answers (quietly: nothing is announced on load); the markup's maxlength
       keeps a typed answer within what « Mon bilan » accepts. */
    for (const field of sheet.fields) {
      const value = values[field.id];
      if (field.type === "choice") {
        const radio = part(field.id).querySelector(`input[value="${CSS.escape(String(value))}"]`);
        if (radio) radio.checked = true;
        continue;
      }
      const input = control(field.id);
      if (value === undefined) continue;
      input.value = typeof value === "number" ? typed(value) : String(value);
      check(field, input);
    }
    shown = compute();
    erase.hidden = !Object.keys(values).length;

    root.addEventListener("input", (event) => {
      const fieldPart = event.target.closest("[data-gd-field]");
      if (!fieldPart) return;
      const field = fields.get(fieldPart.dataset.gdField);
      take(field, event.target);
      save();
      compute();
      clearTimeout(timer);
      timer = setTimeout(() => {
        check(field, event.target);
        announce();
      }, PAUSE);
    });
    root.addEventListener("change", (event) => {
      const fieldPart = event.target.closest("[data-gd-field]");
      if (!fieldPart) return;
      const field = fields.get(fieldPart.dataset.gdField);
      take(field, event.target);
      save();
      clearTimeout(timer);
      check(field, event.target);
      announce();
    });
    erase.addEventListener("click", () => {
      values = {};
      write(key, values);
      root.querySelectorAll("input, textarea").forEach((input) => {
        if (input.type === "radio") input.checked = false;
        else input.value = "";
        input.removeAttribute("aria-invalid");
      });
      root.querySelectorAll(".gd-worksheet__error").forEach((error) => {
        error.textContent = "";
        error.hidden = true;
      });
      shown = compute();
      erase.hidden = true;
      say(live, t.erased);
      const first = root.querySelector("input, textarea");
      if (first) first.focus();
    });
  }

  document.querySelectorAll("[data-gd=worksheet]").forEach(mount);
})();
