"""Long tasks of our own scripts at a 4x CPU slowdown (what Lighthouse's mobile preset emulates).

    python bench/long_tasks.py [--site DIR] [--runs 3] [--rate 4]

Builds the site (unless --site gives a build made with SITE_URL=http://127.0.0.1:PORT/), serves
it with deploy/nginx.conf (bench/serve_nginx.sh), and opens the home, a truth page (verite-1), the
results page (bilan) and the path page (parcours) in both languages in Chromium with CDP's
`Emulation.setCPUThrottlingRate`, each with an empty cache and results stored in localStorage (a
reader who has answered every quiz and checklist and filled in every worksheet: the results pages'
heaviest case). Two
PerformanceObservers record, until the page has been idle for a while:
- `longtask`: every task over 50 ms, whoever runs it;
- `long-animation-frame`: the scripts that ran in long frames, with their source URL and how long
  each one ran: a script entry is one task's worth of that script's code (its load, an event
  handler, a callback), so an entry over 50 ms is a long task held by that script.
Prints, per page, the longest task of each of our scripts (the features' assets/) and of Material's,
over the runs (the worst one), and the number of long tasks; exits 1 when one of ours holds a
task over 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from budgets import ROOT, SERVE, build, free_port  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

PAGES = ["", "verite-1/", "bilan/", "parcours/", "en/", "en/verite-1/", "en/bilan/", "en/parcours/"]
LIMIT_MS = 50
# a feature's assets/<name>[.hash].js
OWN = ("components", "results", "requests", "worksheet", "formula", "share", "team")

OBSERVE = """
window.__long = {tasks: [], scripts: []};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__long.tasks.push([e.startTime, e.duration]);
}).observe({type: "longtask", buffered: true});
new PerformanceObserver((list) => {
  for (const frame of list.getEntries())
    for (const s of frame.scripts)
      window.__long.scripts.push([s.sourceURL || s.invoker, s.duration, s.invoker]);
}).observe({type: "long-animation-frame", buffered: true});
"""

# A reader who has done everything: every quiz answered, every checklist ticked.
STORED = """
(() => {
  for (let truth = 1; truth <= 5; truth++) {
    localStorage.setItem(`gd:v1:read:verite-${truth}`, JSON.stringify({read: true}));
  }
})();
"""


def script_name(url: str) -> str:
    name = url.rsplit("/", 1)[-1].split("?")[0]
    return name or url


def measure(browser, url: str, rate: float, storage: str) -> tuple[dict[str, float], int]:
    """Longest task per script (ms) on one visit, and the number of long tasks."""
    context = browser.new_context(storage_state=storage)
    page = context.new_page()
    page.add_init_script(OBSERVE)
    session = context.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(2500)  # idle callbacks and observers run after load
    page.mouse.wheel(0, 4000)  # what mounts when it comes into view
    page.wait_for_timeout(1500)
    data = page.evaluate("window.__long")
    context.close()
    longest: dict[str, float] = {}
    for source, duration, _invoker in data["scripts"]:
        name = script_name(source)
        longest[name] = max(longest.get(name, 0.0), duration)
    return longest, len(data["tasks"])


def storage_state(browser, base_url: str, work: Path) -> str:
    """A browser state where a reader has done every quiz, checklist and worksheet."""
    context = browser.new_context()
    page = context.new_page()
    for truth in range(1, 6):
        page.goto(f"{base_url}verite-{truth}/", wait_until="load")
        for question in page.locator("[data-gd=quiz] fieldset").all():
            question.locator("input").first.check()
            check = question.locator(".gd-quiz__check")
            if check.is_visible():
                check.click()
        for box in page.locator("[data-gd=checklist] input[type=checkbox]").all()[::2]:
            box.check()
        # Every worksheet filled in: « Mon bilan » then formats every key figure.
        for field in page.locator("[data-gd=worksheet] [data-gd-field]").all():
            radio = field.locator("input[type=radio]")
            if radio.count():
                radio.first.check()
            else:
                field.locator("input, textarea").first.fill("3")
    page.evaluate(STORED)
    path = work / "state.json"
    context.storage_state(path=str(path))
    context.close()
    return str(path)


def own(name: str) -> bool:
    return any(name.startswith(f"{stem}.") for stem in OWN)


def measure_pages(base_url: str, work: Path, runs: int, rate: float) -> tuple[list, dict]:
    from playwright.sync_api import sync_playwright

    failures, report = [], {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        storage = storage_state(browser, base_url, work)
        print(f"Longest task per script at {rate:g}x CPU slowdown, worst of {runs} runs")
        for address in PAGES:
            worst: dict[str, float] = {}
            counts = []
            for _ in range(runs):
                longest, count = measure(browser, base_url + address, rate, storage)
                counts.append(count)
                for name, duration in longest.items():
                    worst[name] = max(worst.get(name, 0.0), duration)
            report[address] = {"scripts": worst, "long_tasks": counts}
            ours = {n: d for n, d in worst.items() if own(n)}
            others = {n: d for n, d in worst.items() if not own(n) and d >= LIMIT_MS}
            row = ", ".join(f"{n} {d:.0f} ms" for n, d in sorted(ours.items())) or "-"
            rest = ", ".join(f"{n} {d:.0f} ms" for n, d in sorted(others.items()))
            print(f"/{address:<14} ours: {row}")
            print(f"{'':16}long tasks per run: {counts}; others over 50 ms: {rest or '-'}")
            failures += [
                f"/{address}: {n} holds a {d:.0f} ms task" for n, d in ours.items() if d > LIMIT_MS
            ]
        browser.close()
    return failures, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an existing build (made with SITE_URL)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=4.0, help="CPU slowdown (default 4)")
    args = parser.parse_args(argv)
    port = args.port or free_port()
    base_url = f"http://127.0.0.1:{port}/"
    scratch = ROOT / "bench" / "out"
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="long-tasks-", dir=scratch) as work:
        os.chmod(work, 0o755)
        site = args.site or Path(work) / "site"
        if not args.site:
            build(site, base_url)
        run_dir = Path(work) / "nginx"
        start = [str(SERVE), "start", str(site), str(port), str(run_dir)]
        subprocess.run(start, check=True, stdout=subprocess.DEVNULL)
        try:
            failures, report = measure_pages(base_url, Path(work), args.runs, args.rate)
        finally:
            subprocess.run([str(SERVE), "stop", str(run_dir)], check=False)
    (scratch / "long_tasks.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    if failures:
        print("\nOver 50 ms:\n- " + "\n- ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
