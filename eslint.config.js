/* ESLint (flat config) for the guide's browser scripts: `make lint` runs `node_modules/.bin/eslint .`.
   The scripts are plain scripts (no modules, no build step): each is one strict IIFE, minified by
   hooks/mkdocs_guide/assets.py and served in one file with the others a page needs. */
"use strict";

const js = require("@eslint/js");

/* The browser's globals the scripts may name (read-only). Written out rather than taken from the
   `globals` package: no further dependency, and none of the window's confusing names (`name`,
   `status`, `event`, `top`, `length`...), which would hide a typo or a missing declaration. */
const BROWSER = [
  "window", "self", "document", "navigator", "location", "history", "localStorage", "sessionStorage",
  "console", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask",
  "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback",
  "performance", "structuredClone", "fetch", "Request", "Response", "Headers", "URL",
  "URLSearchParams", "Blob", "File", "FileReader", "FormData", "TextEncoder", "TextDecoder",
  "AbortController", "Event", "CustomEvent", "EventTarget", "Node", "Element", "HTMLElement",
  "DOMParser", "CSS", "getComputedStyle", "matchMedia", "MutationObserver", "IntersectionObserver",
  "ResizeObserver", "XMLHttpRequest", "Worker",
];

module.exports = [
  {
    // Installed tools, copied libraries (e.g. offline/vendor/) and built sites.
    ignores: ["node_modules/", "**/vendor/", ".venv/", ".cache/", "site/", "site-offline/", "bench/out/"],
  },
  {
    files: ["hooks/mkdocs_guide/**/assets/*.js", "bench/*.js", "tests/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: Object.fromEntries(BROWSER.map((name) => [name, "readonly"])),
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      ...js.configs.recommended.rules,
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "all" }],
      "no-undef": "error",
      eqeqeq: "error",
      "no-implicit-globals": "error",
      "prefer-const": "error",
    },
  },
  {
    files: ["eslint.config.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable" },
    },
  },
];
