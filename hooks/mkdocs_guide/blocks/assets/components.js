/* The guide's interactive components, mounted on elements with a data-gd attribute.
   Their markup (hooks/components/*_html.py) already works without this script: it adds behaviour.
   Results are kept in localStorage under "gd:v1:<kind>:<id>" ("gd:v1:read:<page>" once a chapter
   page is read), through core.js (window.gdCore, the same file); when storage is blocked, full or
   holds garbage, components still work. A saved result they cannot read is set aside and named
   in one notice (see `damage`). */
(() => {
  "use strict";

  const { gdRead: readSection, gdDamaged } = (document.currentScript || {}).dataset || {};
  const said = JSON.parse(gdDamaged || "{}"); // the notice's strings (hooks/strings, results)
  const { store, quizValid, checklistValid, fill, node, say } = window.gdCore;
  const same = (a, b) => a.length === b.length && a.every((value, index) => value === b[index]);

  /* A saved result this page cannot read (not JSON, or not what this script writes) is ignored,
     and the reader told once: it is set aside (core.js, store.aside; progress.js does the same on
     « Mon bilan », the path and the home page). The notice is static (not a live region: nothing
     is announced on load), before the first component concerned, and names each one with a link
     to it; worksheet.js uses it too. */
  const damaged = [];
  const notice = node("div", "admonition warning gd-notice");
  function damage(key, kind, root) {
    if (!store.aside(key) || !said.damaged) return;
    damaged.push([root, kind]);
    damaged.sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const [before, after] = said.damaged.split("{items}");
    const text = node("p", "", before);
    damaged.forEach(([box, name], index) => {
      const link = node("a", "", said["damaged_" + name]);
      link.href = "#" + box.id;
      text.append(index ? ", " : "", link);
    });
    text.append(after);
    notice.replaceChildren(text);
    damaged[0][0].before(notice);
  }
  window.gdDamaged = damage;

  function quiz(root) {
    const t = JSON.parse(root.dataset.gdStrings);
    const key = "quiz:" + root.dataset.gdId;
    const score = root.querySelector(".gd-quiz__score");
    const reset = root.querySelector(".gd-quiz__reset");
    const boxes = [...root.querySelectorAll(".gd-quiz__question")];
    // As progress.js checks it, and also that a single-choice question has one answer.
    const shapes = boxes.map((box) => {
      const inputs = box.querySelectorAll("input");
      return [box.dataset.gdQuestion, inputs.length, inputs[0].type !== "checkbox"];
    });
    const saved = store.get(key);
    const valid = quizValid(saved, shapes);
    if (!valid) damage(key, "quiz", root);
    const stored = valid ? saved.answers : {};

    const questions = boxes.map((box) => {
      const inputs = [...box.querySelectorAll("input")];
      const correct = box.dataset.gdCorrect.split(" ").map(Number);
      const [check, retry] = box.querySelectorAll(".gd-quiz__actions button");
      const live = box.querySelector(".gd-quiz__feedback");
      const solution = box.querySelector(".gd-quiz__solution");
      const mark = (input) => input.parentNode.querySelector(".gd-quiz__mark");
      const question = { id: box.dataset.gdQuestion, chosen: null };
      solution.hidden = true;
      check.hidden = false;

      question.right = () => question.chosen !== null && same(question.chosen, correct);
      question.show = (chosen, focus) => {
        question.chosen = chosen;
        // A restored answer is shown, not announced: the region speaks again once the reader acts.
        live.setAttribute("aria-live", focus ? "polite" : "off");
        const state = question.right() ? "right" : "wrong";
        const items = node("ul", "gd-quiz__items");
        chosen.forEach((index) => items.append(solution.querySelector(`[data-gd-answer="${index}"]`).cloneNode(true)));
        const explanation = solution.querySelector(".gd-quiz__explanation");
        live.replaceChildren(
          node("p", "gd-quiz__result gd-quiz__result--" + state, t["verdict_" + state]),
          items,
          ...(explanation ? [explanation.cloneNode(true)] : []),
        );
        box.classList.add("gd-quiz__question--checked");
        inputs.forEach((input, index) => {
          input.checked = chosen.includes(index);
          input.disabled = true;
          mark(input).hidden = !input.checked;
        });
        check.hidden = true;
        retry.hidden = false;
        if (focus) retry.focus();
      };
      question.clear = () => {
        question.chosen = null;
        live.replaceChildren();
        box.classList.remove("gd-quiz__question--checked");
        inputs.forEach((input) => {
          input.checked = input.disabled = false;
          mark(input).hidden = true;
        });
        check.hidden = false;
        retry.hidden = true;
      };

      check.addEventListener("click", () => {
        const chosen = inputs.flatMap((input, index) => (input.checked ? [index] : []));
        live.setAttribute("aria-live", "polite");
        if (!chosen.length) {
          say(live, t.choose);
          return;
        }
        question.show(chosen, true);
        update(true);
      });
      retry.addEventListener("click", () => {
        live.setAttribute("aria-live", "polite");
        question.clear();
        inputs[0].focus();
        update(true);
      });

      if (Object.hasOwn(stored, question.id)) question.show([...stored[question.id]].sort((a, b) => a - b), false);
      return question;
    });

    /* The score: written at load, announced (politely) only once the reader checks an answer. */
    function update(persist) {
      if (persist) score.setAttribute("aria-live", "polite");
      const done = questions.filter((question) => question.chosen);
      const right = done.filter((question) => question.right()).length;
      say(score, fill(t.score, { score: right, total: questions.length }));
      score.hidden = false;
      reset.hidden = !done.length;
      if (persist) {
        const answers = {};
        done.forEach((question) => (answers[question.id] = question.chosen));
        store.set(key, { answers, score: right, total: questions.length });
      }
    }

    reset.addEventListener("click", () => {
      questions.forEach((question) => question.clear());
      update(true);
      root.querySelector("input").focus();
    });
    update(false);
  }

  function checklist(root) {
    const t = JSON.parse(root.dataset.gdStrings);
    const key = "checklist:" + root.dataset.gdId;
    const boxes = [...root.querySelectorAll("input")];
    const bands = [...root.querySelectorAll("[data-gd-band]")];
    const score = root.querySelector(".gd-checklist__score");
    const live = root.querySelector(".gd-checklist__live");
    const saved = store.get(key);
    const valid = checklistValid(saved, boxes.map((box) => box.value)); // as progress.js checks it
    if (!valid) damage(key, "checklist", root);
    boxes.forEach((box) => (box.checked = valid && saved.ticked.includes(box.value)));

    // The live region stays empty until the reader ticks: a restored score is shown, not announced.
    function update(announce) {
      const on = boxes.filter((box) => box.checked);
      const values = { score: on.length, total: boxes.length, band: "" };
      bands.forEach((band) => {
        const current = +band.dataset.gdLow <= on.length && on.length <= +band.dataset.gdHigh;
        band.classList.toggle("gd-checklist__band--current", current);
        band.querySelector(".gd-checklist__current").hidden = !current;
        if (current) values.band = band.querySelector(".gd-checklist__band-title").textContent;
      });
      score.textContent = fill(t.score, values);
      score.hidden = false;
      if (announce) {
        say(live, fill(t.announce, values));
        store.set(key, { ticked: on.map((box) => box.value), score: on.length, total: boxes.length });
      }
    }
    root.addEventListener("change", () => update(true));
    update(false);
  }

  /* Mounting in time slices, so that no task of this script holds a slow phone's main thread
     (bench/long_tasks.py): the component the address leads to (#quiz) first, then the others in
     page order; once a task has spent SLICE_MS, the rest waits for the next task. A component
     the reader reaches before its turn (a pointer, a key, the focus) is mounted at once. */
  const SLICE_MS = 25;
  const mounts = { quiz, checklist };
  const roots = [...document.querySelectorAll("[data-gd]")].filter((root) => mounts[root.dataset.gd]);
  const target = (() => {
    try {
      return location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      return null; // a malformed address: nothing to mount first
    }
  })();
  const after = (root) => root.contains(target) || target.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING;
  const landing = target && roots.find(after);
  const pending = new Set(landing ? [landing, ...roots] : roots);
  const mount = (root) => {
    if (pending.delete(root)) mounts[root.dataset.gd](root);
  };
  pending.forEach((root) => {
    ["pointerdown", "keydown", "focusin"].forEach((type) => root.addEventListener(type, () => mount(root), { capture: true, once: true }));
  });
  const mountSlice = () => {
    const start = performance.now();
    for (const root of pending) {
      mount(root);
      if (pending.size && performance.now() - start > SLICE_MS) return setTimeout(mountSlice);
    }
  };
  setTimeout(mountSlice); // not in the script's own task, which compiling it already fills

  // A chapter page counts as read once its closing section has been on screen: the one that
  // mkdocs.yml's guide: read_section names (« À retenir » here), or else its last section.
  const page = document.querySelector("[data-gd-page]");
  const sections = [...document.querySelectorAll("article h2[id]")];
  const end = (readSection && document.getElementById(readSection)) || sections[sections.length - 1];
  if (page && end && window.IntersectionObserver) {
    const watch = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      store.set("read:" + page.dataset.gdPage, { read: true });
      watch.disconnect();
    });
    watch.observe(end);
  }
})();
