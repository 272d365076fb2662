/* The worksheets' formulas in the browser, shared by worksheet.js (the worksheets) and results.js
   (« Mon bilan », the team view): a small interpreter of the JSON trees that
   hooks/components/formula.py writes — ["num", n] ["ref", id] ["neg", a] ["+", a, b]
   ["call", name, [args]] — never eval or Function; and numbers read and written in the page's
   language (« 12,5 », « 1 234,50 € », "€1,234.50", « 80 % », "80%"), as its strings file says. */
(() => {
  "use strict";

  const CURRENCIES = new Set(["€", "£", "$"]);
  // How the page's language writes numbers (hooks/strings/<lang>.yml, section "numbers"), given by
  // the script tag. Not Intl.NumberFormat: its first use costs about 100 ms on a slow phone.
  const conventions = JSON.parse(document.currentScript.dataset.gdNumbers);
  const place = (template, value, unit) => template.replace("{value}", value).replace("{unit}", unit);

  /* `value` with `places` decimals (rounded half away from zero), grouped by thousands. */
  function digits(value, places, group) {
    const factor = 10 ** places;
    const [whole, fraction] = (Math.round(Math.abs(value) * factor) / factor).toFixed(places).split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group ? conventions.group : "");
    return fraction ? grouped + conventions.decimal + fraction : grouped;
  }

  /* A value for the formulas: `get(id)` gives a number, or null when it is missing. The result
     is a number, null (something is missing) or NaN (it cannot be worked out: division by 0). */
  function evaluate(tree, get) {
    const [kind] = tree;
    if (kind === "num") return tree[1];
    if (kind === "ref") return get(tree[1]);
    if (kind === "neg") {
      const value = evaluate(tree[1], get);
      return value === null ? null : -value;
    }
    if (kind === "call") {
      const args = tree[2].map((argument) => evaluate(argument, get));
      if (args.includes(null)) return null;
      if (args.some((value) => Number.isNaN(value))) return NaN;
      if (tree[1] === "round") {
        const factor = 10 ** (args.length > 1 ? Math.trunc(args[1]) : 0);
        return Math.round(args[0] * factor) / factor;
      }
      return tree[1] === "min" ? Math.min(...args) : Math.max(...args);
    }
    const left = evaluate(tree[1], get);
    const right = evaluate(tree[2], get);
    if (left === null || right === null) return null;
    if (Number.isNaN(left) || Number.isNaN(right)) return NaN;
    if (kind === "+") return left + right;
    if (kind === "-") return left - right;
    if (kind === "*") return left * right;
    return right === 0 ? NaN : left / right;
  }


  function format(value, unit, places) {
    const given = places !== null && places !== undefined;
    const sign = value < 0 ? "-" : "";
    if (unit === "%") return sign + place(conventions.percent, digits(value, given ? places : 0, true), "");
    const currency = CURRENCIES.has(unit);
    const shown = digits(value, given ? places : currency || !Number.isInteger(value) ? 2 : 0, true);
    if (currency) return sign + place(conventions.currency, shown, unit);
    return sign + (unit ? place(conventions.unit, shown, unit) : shown);
  }

  /* Every result of a worksheet from its fields' values: {id: number | null | NaN}. A field's
     value is a number (number fields), a choice's value (its number), or missing. */
  function results(sheet, values) {
    const fields = new Map(sheet.fields.map((field) => [field.id, field]));
    const trees = new Map(sheet.results.map((result) => [result.id, result.tree]));
    const memo = new Map();
    const get = (id) => {
      if (trees.has(id)) {
        if (!memo.has(id)) {
          memo.set(id, null); // the build refuses circles; this only guards against a loop
          memo.set(id, evaluate(trees.get(id), get));
        }
        return memo.get(id);
      }
      const field = fields.get(id);
      const value = values[id];
      if (!field) return null;
      if (field.type === "choice") {
        const choice = field.choices[value];
        const number = choice && typeof choice === "object" ? choice.number : choice;
        return typeof number === "number" ? number : null;
      }
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    };
    return Object.fromEntries(sheet.results.map((result) => [result.id, get(result.id)]));
  }

  window.gdFormula = { evaluate, format, results, decimal: conventions.decimal };
})();
