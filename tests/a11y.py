"""axe-core in a Playwright page: run the WCAG 2.2 A/AA rules and report what a person can fix.

Other tests reuse it, for example after answering a quiz::

    from a11y import assert_no_axe_violations
    assert_no_axe_violations(page)           # whole page, the state it is in now
    assert_no_axe_violations(page, ".gd-quiz")  # or only part of it

axe is injected as a script: behind deploy/nginx.conf's CSP, use a context made with
`browser.new_context(bypass_csp=True)`.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ROOT = Path(__file__).resolve().parent.parent
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
# The palette toggle (overrides/partials/javascripts/palette.html) writes `data-md-color-scheme`
# on <body>; the schemes in mkdocs.yml.
SCHEMES = {"light": "default", "dark": "slate"}

_RUN = """async ([context, tags]) => {
  const result = await axe.run(context || document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({
      target: n.target.join(" "), html: n.html, summary: n.failureSummary,
    })),
  }));
}"""


_TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def settle(page, timeout: float = 3000) -> None:
    """Wait for CSS transitions (drawer, search, header title) to end: mid-fade colours fail
    contrast. Two frames first, so that a transition a scroll or click just caused has started."""
    page.evaluate(_TWO_FRAMES)
    with contextlib.suppress(PlaywrightTimeoutError):  # an endless animation: check it as it is
        page.wait_for_function(
            "() => document.getAnimations().every(a => a.playState !== 'running')",
            timeout=timeout,
        )


def axe_violations(page, context: str | None = None) -> list[dict]:
    """WCAG 2.2 A/AA violations on `page` as it is now (optionally only under a selector)."""
    settle(page)
    if not AXE_SCRIPT.exists():
        raise FileNotFoundError(f"{AXE_SCRIPT} is missing: run `npm ci` (make test does it)")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
        if not page.evaluate("() => typeof window.axe === 'object'"):
            raise RuntimeError(
                f"{page.url}: axe-core could not be injected; under a Content-Security-Policy"
                " (deploy/nginx.conf) create the context with bypass_csp=True"
            )
    return page.evaluate(_RUN, [context, list(WCAG_TAGS)])


def format_violations(where: str, violations: list[dict]) -> str:
    """One block per rule: page, rule id and impact, how to fix, then each failing element."""
    lines = []
    for violation in violations:
        lines.append(
            f"{where}: [{violation['id']}] ({violation['impact']}) {violation['help']}"
            f"\n    how to fix: {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            summary = " ".join(node["summary"].split())
            lines.append(f"    - {node['target']}\n      {node['html'][:200]}\n      {summary}")
    return "\n".join(lines)


def assert_no_axe_violations(page, context: str | None = None, label: str = "") -> None:
    """Fail with an actionable report when axe finds any WCAG 2.2 A/AA violation."""
    violations = axe_violations(page, context)
    where = f"{page.url} {label}".strip()
    assert not violations, "\n" + format_violations(where, violations)


_ANSWER_EVERYTHING = """(scope) => {
  const controls = [...document.querySelectorAll(scope)]
    .flatMap(root => [...root.querySelectorAll("input, button, select, textarea")])
    .filter(el => !el.disabled && el.type !== "hidden" && el.getClientRects().length);
  const seen = new Set();
  let acted = 0;
  for (const el of controls) {
    if (el.type === "radio") {
      if (seen.has(el.name)) continue;  // one answer per question
      seen.add(el.name);
    }
    if (el.type === "radio" || el.type === "checkbox") { el.click(); acted++; }
  }
  for (const el of controls) {
    if (el.tagName === "BUTTON" && el.type !== "reset" && !el.closest(".md-content__button")) {
      el.click(); acted++;
    }
  }
  return acted;
}"""


# The components a reader answers (mounted by `data-gd`, see overrides/assets/components.js).
ANSWERABLE = "[data-gd=quiz], [data-gd=checklist]"


def answer_everything(page, scope: str = "article") -> int:
    """Pick the first answer of every question, tick every box, press every button in `scope`
    (every element matching the selector).

    A generic reader's pass over whatever quizzes and checklists a page has, so the answered state
    is checked too; returns how many controls were used (0: nothing to answer on this page).
    """
    acted = page.evaluate(_ANSWER_EVERYTHING, scope)
    settle(page)
    return acted


def current_scheme(page) -> str:
    return page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")


def use_palette(page, palette: str) -> None:
    """Show the page in Material's 'light' or 'dark' palette, as the reader's toggle would.

    Material stores the reader's choice in localStorage under `<site base path>.__palette`; with no
    choice stored it follows `prefers-color-scheme`, which Playwright emulates here. If the page is
    not in the wanted scheme yet, click the palette toggle (the label of the next palette input).
    """
    wanted = SCHEMES[palette]
    page.emulate_media(color_scheme=palette)
    # With no saved choice the page follows the system: let that change land before looking.
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(
            f"document.body.getAttribute('data-md-color-scheme') === '{wanted}'", timeout=1000
        )
    for _ in SCHEMES:
        if current_scheme(page) == wanted:
            return
        page.locator("form[data-gd-palette] label:visible").first.click()
    assert current_scheme(page) == wanted, f"{page.url}: could not switch to the {palette} palette"


def assert_focus_visible_below_header(page) -> None:
    """The focused element has an outline and is not under the sticky header (WCAG 2.4.11)."""
    header = page.locator(".md-header").bounding_box()
    focused = page.evaluate(
        "() => { const r = document.activeElement.getBoundingClientRect();"
        " return {top: r.top, outline: getComputedStyle(document.activeElement).outlineStyle}; }"
    )
    assert focused["top"] >= header["y"] + header["height"], "not hidden under the sticky header"
    assert focused["outline"] != "none"
