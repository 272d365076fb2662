/* « Mon bilan », the onboarding path and the home page's cards: the reader's results (progress.js,
   window.gdResults, and core.js, window.gdCore, served in the same file), shown in the markup that
   hooks/mkdocs_guide/results/hook.py wrote (it works without this script). Also export, import,
   erase, print and the completion certificate. Nothing ever leaves the browser. */
(() => {
  "use strict";

  const api = window.gdResults;
  if (!api) return;
  const { PREFIX, store, fill, node, say } = window.gdCore;
  const { guide, FORMAT, MAX_BYTES, language, percent, download, readState, storedName } = api;
  const { quizComplete, worksheetFilled, stepsDone, stepsTotal, passed, started } = api;
  const { quizText, worksheetText, figures, answers, checklistText, Refused, parseImport } = api;
  const { results: t, onboarding: o, certificate: c } = guide.strings;
  const chapters = guide.chapters;
  // The first Intl date formatter of a page loads ICU data (~100 ms at a 4x CPU slowdown): made
  // once, and only for print and export, never at load (see printDates).
  let dateFormat = null;
  const longDate = (date) => (dateFormat ||= new Intl.DateTimeFormat(language, { dateStyle: "long" })).format(date);
  const $ = (root, selector) => root.querySelector(selector);
  const $$ = (root, selector) => [...root.querySelectorAll(selector)];
  const link = (href, text) => Object.assign(node("a", "", text), { href });

  /* The next thing to do, in the guide's order: [text, url], or null once everything is done. */
  function nextStep(states) {
    for (const state of states) {
      const number = state.chapter.number;
      if (!state.read) return [fill(t.next_read, { number }), state.chapter.url];
      if (state.chapter.quiz && !quizComplete(state)) return [fill(t.next_quiz, { number }), state.chapter.quiz.url];
      if (state.chapter.checklist && !state.checklist)
        return [fill(t.next_checklist, { number }), state.chapter.checklist.url];
      if (state.chapter.worksheet && !worksheetFilled(state))
        return [fill(t.next_worksheet, { number }), state.chapter.worksheet.url];
    }
    return null;
  }

  function overview(element, states) {
    const done = states.reduce((sum, state) => sum + stepsDone(state), 0);
    const next = nextStep(states);
    element.replaceChildren(fill(t.steps, { done, total: stepsTotal() }), " ");
    if (next) element.append(t.next, " ", link(next[1], next[0]), ".");
    else element.append(t.all_done);
    element.hidden = false;
  }

  /* The dates that only paper shows (the report's, the certificate's): written just before
     printing (beforeprint, the certificate's print button), not at load. */
  function printDates() {
    const today = new Date();
    $$(document, ".gd-results__printed").forEach((element) => {
      element.textContent = fill(t.printed, { date: longDate(today) });
    });
    $$(document, ".gd-certificate__date").forEach((element) => {
      element.textContent = fill(c.date, { date: longDate(today) });
    });
  }

  /* « Mon bilan »: the table and the owner's name. */
  function summary(root, states) {
    const name = storedName();
    $(root, ".gd-results__owner").textContent = name ? fill(t.owner, { name }) : "";
    $(root, ".gd-results__owner").hidden = !name;
    overview($(root, ".gd-results__overview"), states);
    states.forEach((state) => {
      const row = $(root, `tr[data-gd-chapter="${state.chapter.id}"]`);
      if (!row) return;
      const { chapter } = state;
      const cell = (name, done, text, url, action) => {
        const target = $(row, `[data-gd-cell="${name}"]`);
        const status = node("span", "gd-status gd-status--" + (done ? "done" : "todo"), text);
        target.replaceChildren(status);
        if (url && !done) target.append(" ", link(url, action));
      };
      cell("read", state.read, state.read ? t.read_done : t.read_todo, chapter.url, t.read_link);
      if (chapter.quiz) {
        const partial = state.quiz && state.quiz.answered;
        cell("quiz", quizComplete(state), quizText(state), chapter.quiz.url, partial ? t.quiz_finish : t.quiz_link);
      }
      if (chapter.checklist)
        cell("checklist", Boolean(state.checklist), checklistText(state), chapter.checklist.url, t.checklist_link);
      if (chapter.worksheet && $(row, '[data-gd-cell="worksheet"]'))
        cell("worksheet", worksheetFilled(state), worksheetText(state), chapter.worksheet.url, t.worksheet_link);
    });
  }

  /* « Mon bilan »: each worksheet's key figures and written answers, to go over with a manager. */
  function worksheets(root, states) {
    states
      .filter((state) => state.chapter.worksheet)
      .forEach((state) => {
        const item = $(root, `[data-gd-worksheet="${state.chapter.worksheet.id}"]`);
        if (!item) return;
        const list = $(item, ".gd-worksheets__answers");
        const none = $(item, ".gd-worksheets__none");
        const rows = [...figures(state), ...answers(state)];
        list.replaceChildren(...rows.flatMap(([label, text]) => [node("dt", "", label), node("dd", "", text)]));
        list.hidden = !rows.length;
        none.textContent = t.worksheet_none;
        none.hidden = Boolean(rows.length);
        item.classList.toggle("gd-worksheets__item--empty", !rows.length);
      });
  }

  /* What each self-assessment score means, for the reader's own scores. */
  function bands(root, states) {
    const list = $(root, ".gd-bands__list");
    list.replaceChildren(
      ...states
        .filter((state) => state.chapter.checklist)
        .map((state) => {
          const item = node("li", "gd-bands__item");
          const head = node("p", "gd-bands__head");
          head.append(node("strong", "", state.chapter.name), " ");
          if (state.checklist) {
            const { score, total, band } = state.checklist;
            head.append(node("span", "", fill(t.checklist_done, { score, total, band: band.title })));
            const text = document.createElement("template");
            text.innerHTML = band.html; // built by the hook from escaped author text, never from storage
            item.append(head, text.content);
          } else {
            head.append(node("span", "", t.band_todo), " ", link(state.chapter.checklist.url, t.checklist_link));
            item.append(head);
          }
          return item;
        }),
    );
    list.hidden = false;
  }

  /* The chart: grouped bars per chapter, quiz (solid) and self-assessment (hatched), each with its
     value written above it, a text legend, and a description that says every value. */
  const SVG = "http://www.w3.org/2000/svg";
  const svg = (tag, attributes, text) => {
    const element = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const HATCH = "gd-chart-hatch";
  const hatch = () => {
    const pattern = svg("pattern", {
      id: HATCH,
      width: 6,
      height: 6,
      patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)",
    });
    pattern.append(
      svg("rect", { class: "gd-chart__hatch-bg", width: 6, height: 6 }),
      svg("rect", { class: "gd-chart__hatch", width: 3, height: 6 }),
    );
    return pattern;
  };
  const swatch = (kind) => {
    const image = svg("svg", {
      class: "gd-chart__swatch",
      viewBox: "0 0 18 18",
      width: 18,
      height: 18,
      "aria-hidden": "true",
      focusable: "false",
    });
    image.append(svg("rect", { class: "gd-chart__bar gd-chart__bar--" + kind, x: 1, y: 1, width: 16, height: 16 }));
    return image;
  };

  function chart(root, states) {
    const width = 460,
      height = 250,
      top = 28,
      bottom = 210,
      left = 40,
      right = 8;
    const group = (width - left - right) / states.length;
    const gap = 6;
    const bar = Math.min(28, (group - 3 * gap) / 2);
    const y = (value) => bottom - ((bottom - top) * value) / 100;
    const image = svg("svg", {
      class: "gd-chart__image",
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": "gd-chart-caption gd-chart-description",
    });
    const defs = svg("defs", {});
    defs.append(hatch());
    image.append(defs);
    [0, 50, 100].forEach((value) => {
      image.append(
        svg("line", { class: "gd-chart__grid", x1: left, x2: width - right, y1: y(value), y2: y(value) }),
        svg(
          "text",
          { class: "gd-chart__tick", x: left - 6, y: y(value) + 4, "text-anchor": "end" },
          fill(t.percent, { percent: value }),
        ),
      );
    });
    const described = [];
    states.forEach((state, index) => {
      const x = left + index * group + (group - 2 * bar - gap) / 2;
      const values = [
        ["quiz", quizComplete(state) ? percent(state.quiz.score, state.quiz.total) : null],
        ["checklist", state.checklist ? percent(state.checklist.score, state.checklist.total) : null],
      ];
      values.forEach(([kind, value], offset) => {
        const at = x + offset * (bar + gap);
        if (value !== null) {
          image.append(
            svg("rect", {
              class: "gd-chart__bar gd-chart__bar--" + kind,
              x: at,
              y: y(value),
              width: bar,
              height: Math.max(bottom - y(value), 1),
            }),
          );
        }
        const label = value === null ? t.chart_none : fill(t.percent, { percent: value });
        image.append(
          svg(
            "text",
            { class: "gd-chart__value", x: at + bar / 2, y: y(value || 0) - 5, "text-anchor": "middle" },
            label,
          ),
        );
      });
      image.append(
        svg(
          "text",
          { class: "gd-chart__label", x: left + index * group + group / 2, y: bottom + 20, "text-anchor": "middle" },
          fill(t.chart_axis, { number: state.chapter.number }),
        ),
      );
      const said = ([, value]) => (value === null ? t.not_done : fill(t.percent, { percent: value }));
      described.push(
        fill(t.chart_summary, { chapter: state.chapter.label, quiz: said(values[0]), checklist: said(values[1]) }),
      );
    });
    image.append(svg("line", { class: "gd-chart__axis", x1: left, x2: width - right, y1: bottom, y2: bottom }));
    const caption = node("figcaption", "gd-chart__caption", t.chart_caption);
    caption.id = "gd-chart-caption";
    const description = node("p", "gd-visually-hidden", described.join(" "));
    description.id = "gd-chart-description";
    const legend = node("ul", "gd-chart__legend");
    [
      ["quiz", t.chart_quiz],
      ["checklist", t.chart_checklist],
    ].forEach(([kind, text]) => {
      const item = node("li");
      item.append(swatch(kind), " ", text);
      legend.append(item);
    });
    root.replaceChildren(caption, image, legend, description);
    root.hidden = false;
  }

  /* A chapter's progress in words, for the onboarding path and the home page's cards. */
  function progress(element, state, always) {
    const parts = [
      [state.read, state.read ? o.read_done : o.read_todo],
      [
        quizComplete(state),
        quizComplete(state)
          ? fill(o.quiz_done, { score: state.quiz.score, total: state.quiz.total })
          : state.quiz && state.quiz.answered
            ? o.quiz_partial
            : o.quiz_todo,
      ],
      [Boolean(state.checklist), state.checklist ? o.checklist_done : o.checklist_todo],
    ];
    if (state.chapter.worksheet)
      parts.push([worksheetFilled(state), worksheetFilled(state) ? o.worksheet_done : o.worksheet_todo]);
    const children = [node("span", "gd-visually-hidden", o.prefix + " ")];
    parts.forEach(([done, text], index) => {
      if (index) children.push(node("span", "gd-progress__separator", " · "));
      children.push(node("span", "gd-progress__step gd-progress__step--" + (done ? "done" : "todo"), text));
    });
    element.replaceChildren(...children);
    element.hidden = !always && !started(currentStates); // a neutral home page until the reader starts
  }

  function path(root, states) {
    const done = states.reduce((sum, state) => sum + stepsDone(state), 0);
    const bar = $(root, "progress");
    bar.max = stepsTotal();
    bar.value = done;
    $(root, ".gd-path__count").textContent = fill(o.count, { done, total: stepsTotal() });
    $(root, ".gd-path__total").hidden = false;
    overview($(root, ".gd-results__overview"), states);
  }

  /* The certificate: available once every quiz is at the pass mark or above. */
  function certificate(root, states) {
    const failing = states.filter((state) => state.chapter.quiz && !passed(state));
    const ready = failing.length === 0 && states.some((state) => state.chapter.quiz);
    $(root, ".gd-certificate__locked").hidden = ready;
    $(root, ".gd-certificate__ready").hidden = !ready;
    $(root, ".gd-certificate__missing").replaceChildren(
      ...failing.map((state) => {
        const item = node("li");
        item.append(link(state.chapter.quiz.url, fill(c.missing, { chapter: state.chapter.label, status: quizText(state) })));
        return item;
      }),
    );
    const input = $(root, "#gd-certificate-name");
    if (document.activeElement !== input) input.value = storedName();
    $(root, ".gd-certificate__name").textContent = input.value.trim();
    $(root, ".gd-certificate__scores").replaceChildren(
      ...states
        .filter((state) => quizComplete(state))
        .map((state) =>
          node("li", "", fill(c.score, { chapter: state.chapter.name, score: state.quiz.score, total: state.quiz.total })),
        ),
    );
  }

  /* Export: everything stored, validated, as JSON (to import again; its format is
     hooks/components/results.schema.json) or as readable Markdown. */
  function snapshot(states) {
    const data = {
      format: FORMAT,
      version: guide.version,
      guide_id: guide.id,
      guide: guide.guide,
      language,
      exported: new Date().toISOString(),
    };
    const name = storedName();
    if (name) data.name = name;
    data.quizzes = {};
    data.checklists = {};
    data.worksheets = {};
    data.read = [];
    states.forEach((state) => {
      if (state.quiz) {
        const { answers, score, total } = state.quiz.raw;
        data.quizzes[state.chapter.quiz.id] = { answers, score, total };
      }
      if (state.checklist) {
        const { ticked, score, total } = state.checklist.raw;
        data.checklists[state.chapter.checklist.id] = { ticked, score, total };
      }
      if (state.worksheet) data.worksheets[state.chapter.worksheet.id] = { values: state.worksheet.values };
      if (state.read) data.read.push(state.chapter.id);
    });
    return data;
  }

  /* Reader text as Markdown text: no element, link or emphasis a Markdown viewer would make of it
     (markup as entities, which every viewer shows as written), its own lines kept in its item. */
  const md = (text) =>
    String(text)
      .replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c])
      .replace(/[\\`*_[\]#!]/g, "\\$&")
      .replace(/\r?\n/g, "\n    ");

  function readable(states) {
    const name = md(storedName());
    const lines = ["# " + fill(t.text_title, { guide: guide.guide }), ""];
    if (name) lines.push("- " + fill(t.text_name, { name }));
    lines.push("- " + fill(t.text_date, { date: longDate(new Date()) }));
    lines.push(
      "- " + fill(t.steps, { done: states.reduce((sum, state) => sum + stepsDone(state), 0), total: stepsTotal() }),
    );
    states.forEach((state) => {
      lines.push("", "## " + state.chapter.name, "");
      lines.push("- " + fill(t.text_read, { status: state.read ? t.read_done : t.read_todo }));
      if (state.chapter.quiz) lines.push("- " + fill(t.text_quiz, { status: quizText(state) }));
      if (state.chapter.checklist) {
        lines.push("- " + fill(t.text_checklist, { status: checklistText(state) }));
        if (state.checklist) {
          const text = document.createElement("template");
          text.innerHTML = state.checklist.band.html;
          $$(text.content, "p").forEach((paragraph) => lines.push("", "  " + paragraph.textContent.trim()));
        }
      }
      if (state.chapter.worksheet) {
        lines.push("- " + fill(t.text_worksheet, { status: worksheetText(state) }));
        [...figures(state), ...answers(state)].forEach(([label, text]) =>
          lines.push("  - " + fill(t.text_answer, { label: md(label), text: md(text) })),
        );
      }
    });
    return lines.join("\n") + "\n";
  }

  /* Replace every stored result with `writes`; if storage refuses, put back what was there. */
  function replaceAll(writes) {
    const before = store.keys().map((key) => [key, localStorage.getItem(key)]);
    try {
      localStorage.setItem(PREFIX + "probe", "1"); // blocked storage must not pass for an import
      localStorage.removeItem(PREFIX + "probe");
      before.forEach(([key]) => localStorage.removeItem(key));
      writes.forEach(([key, value]) => localStorage.setItem(PREFIX + key, JSON.stringify(value)));
    } catch {
      try {
        store.keys().forEach((key) => localStorage.removeItem(key));
        before.forEach(([key, value]) => localStorage.setItem(key, value));
      } catch {
        // Storage is gone altogether: there is nothing left to restore.
      }
      throw new Refused(t.storage_blocked);
    }
  }

  function share(root) {
    const status = $(root, ".gd-results__status");
    const stamp = () => new Date().toISOString().slice(0, 10);
    const actions = {
      print: () => window.print(),
      "export-json": () => {
        const file = `${t.file_name}-${stamp()}.json`;
        download(file, "application/json", JSON.stringify(snapshot(readState()), null, 2) + "\n");
        say(status, fill(t.exported, { file }));
      },
      "export-text": () => {
        const file = `${t.file_name}-${stamp()}.md`;
        download(file, "text/markdown;charset=utf-8", readable(readState()));
        say(status, fill(t.exported, { file }));
      },
    };
    $$(root, "[data-gd-action]").forEach((button) =>
      button.addEventListener("click", () => actions[button.dataset.gdAction]()),
    );
    const input = $(root, "input[type=file]");
    input.addEventListener("change", async () => {
      const file = input.files[0];
      if (!file) return;
      try {
        if (file.size > MAX_BYTES) throw new Refused(t.import_too_big);
        const { writes, name } = parseImport(await file.text());
        replaceAll(writes);
        $(root, "#gd-results-name").value = storedName();
        say(status, name ? fill(t.import_done_name, { name }) : t.import_done);
        refresh();
      } catch (error) {
        say(status, `${error instanceof Refused ? error.message : t.import_not_json} ${t.import_unchanged}`);
      } finally {
        input.value = "";
      }
    });
    $(root, ".gd-share__controls").hidden = false;
  }

  function erase(root) {
    const start = $(root, "[data-gd-action=erase]");
    const panel = $(root, ".gd-erase__confirm");
    const status = $(root, ".gd-results__status");
    const open = (opened) => {
      panel.hidden = !opened;
      start.setAttribute("aria-expanded", String(opened));
    };
    start.addEventListener("click", () => {
      open(true);
      say(status, "");
      $(panel, "[data-gd-action=erase-no]").focus();
    });
    const close = (text) => {
      open(false);
      say(status, text);
      start.focus();
    };
    $(panel, "[data-gd-action=erase-yes]").addEventListener("click", () => {
      try {
        store.keys().forEach((key) => localStorage.removeItem(key));
      } catch {
        // Blocked storage holds nothing of ours.
      }
      close(t.erased);
      refresh();
    });
    $(panel, "[data-gd-action=erase-no]").addEventListener("click", () => close(t.kept));
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") close(t.kept);
    });
    $(root, ".gd-erase__start").hidden = false;
  }

  /* The reader's name, kept for the report, the export and the certificate (or, when storage
     refuses, for this visit only: it still shows and prints on this page). */
  const saveName = (name) => (name ? store.set("name", name) : store.remove("name"));

  function certificateControls(root) {
    const input = $(root, "#gd-certificate-name");
    const status = $(root, ".gd-results__status");
    input.addEventListener("input", () => {
      const name = input.value.trim();
      saveName(name);
      $(root, ".gd-certificate__name").textContent = name;
    });
    $(root, "[data-gd-action=print-certificate]").addEventListener("click", () => {
      if (!input.value.trim()) {
        say(status, c.name_missing);
        input.focus();
        return;
      }
      say(status, "");
      refresh();
      printDates();
      document.documentElement.classList.add("gd-print-certificate");
      window.print();
    });
    window.addEventListener("afterprint", () => document.documentElement.classList.remove("gd-print-certificate"));
  }

  const views = {
    summary,
    worksheets,
    bands,
    chart,
    progress: path,
    certificate,
  };
  let currentStates = [];
  const pending = new Set();
  const parts = () => [
    ...$$(document, "[data-gd-results]").filter((root) => views[root.dataset.gdResults]),
    ...$$(document, "[data-gd-progress]"),
  ];
  function draw(part) {
    if (part.dataset.gdResults) return views[part.dataset.gdResults](part, currentStates);
    const state = currentStates.find((item) => item.chapter.id === part.dataset.gdProgress);
    if (state) progress(part, state, Boolean(part.closest("[data-gd-results=progress]")));
  }
  /* Saved results that could not be read (progress.js set them aside), named once in a static
     notice under the page's title (not a live region: nothing is announced on load). The page
     links to where each can be done again: the notice is only text, to stay in the budget. */
  function notice() {
    const items = [...chapters, null].flatMap((chapter) => {
      const kinds = api.damaged.filter((item) => item[0] === chapter).map((item) => t["damaged_" + item[1]]);
      if (!kinds.length) return [];
      return chapter ? fill(t.damaged_chapter, { chapter: chapter.label, items: kinds.join(", ") }) : kinds;
    });
    if (!items.length) return;
    const box = $(document, ".gd-notice") || node("div", "admonition warning gd-notice");
    box.replaceChildren(node("p", "", fill(t.damaged, { items: items.join(", ") })));
    if (!box.isConnected) $(document, "article h1")?.after(box);
  }
  /* Everything at once: after an import, an erase, a change in another tab. */
  function refresh() {
    pending.clear();
    currentStates = readState();
    notice();
    parts().forEach(draw);
  }
  /* At load, in small steps, so that no task of this script holds a slow phone's main thread
     (bench/long_tasks.py): each view in its own task, those on screen first (as the
     IntersectionObserver reports them), the others when the browser is idle. */
  function drawInSteps() {
    currentStates = readState();
    notice();
    parts().forEach((part) => pending.add(part));
    const step = (part) => pending.delete(part) && draw(part);
    const idle = window.requestIdleCallback || ((run) => setTimeout(run, 1));
    const next = () => {
      const [part] = pending;
      if (!part) return;
      step(part);
      idle(next, { timeout: 500 });
    };
    if (window.IntersectionObserver) {
      const seen = new IntersectionObserver((entries) =>
        entries.forEach((entry) => {
          seen.unobserve(entry.target);
          if (entry.isIntersecting) setTimeout(() => step(entry.target));
        }),
      );
      pending.forEach((part) => seen.observe(part));
    }
    idle(next, { timeout: 500 });
  }

  /* The home page's call to action: a returning reader continues where they stopped. */
  function resume(link) {
    const next = started(currentStates) && nextStep(currentStates);
    if (!next) return;
    link.textContent = fill(t.resume, { step: next[0] });
    link.href = next[1];
  }

  /* The reader's name on « Mon bilan »: on the report, in the export, on the certificate. */
  function nameControls(root) {
    const input = $(root, "#gd-results-name");
    if (!input) return;
    input.value = storedName();
    input.addEventListener("input", () => {
      saveName(input.value.trim());
      $$(document, "[data-gd-results=summary]").forEach((part) => summary(part, currentStates));
    });
  }

  $$(document, ".gd-results__nojs").forEach((element) => (element.hidden = true));
  const controls = {
    share: (root) => {
      share(root);
      nameControls(root);
    },
    erase,
    certificate: certificateControls,
  };
  // At load, each in its own task after the script's (bench/long_tasks.py): the controls, the
  // views (in steps), the home page's resume link.
  setTimeout(() =>
    $$(document, "[data-gd-results]").forEach((root) => {
      if (controls[root.dataset.gdResults]) controls[root.dataset.gdResults](root);
    }),
  );
  setTimeout(drawInSteps);
  setTimeout(() => $$(document, "a[data-gd-resume]").forEach(resume));
  window.addEventListener("beforeprint", printDates);
  // Results change in other tabs, and a page restored from the back-forward cache shows old ones.
  window.addEventListener("storage", (event) => {
    if (event.key === null || event.key.startsWith(PREFIX)) refresh();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) refresh();
  });
})();
