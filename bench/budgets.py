"""Performance budgets: what a first visit downloads, per page type, served by nginx with gzip,
beside a bare Material page with the same text, in the same run.

    python bench/budgets.py [--site DIR] [--runs 3] [--verbose]

Builds the site (unless --site gives a build made with SITE_URL=http://127.0.0.1:PORT/) and, from
it, a bare Material site with the same text at the same addresses (bench/bare.py); serves both
with deploy/nginx.conf through bench/serve_nginx.sh; opens each page of bench/budgets.json in a
fresh Chromium context (empty cache) to learn every request it makes once the network is idle
(HTML, CSS, JS, images, and the search worker and index when a page loads them), then downloads
each same-site one with `Accept-Encoding: gzip` and adds up the bytes as sent (gzip-compressed
where nginx compresses). Each page is measured --runs times on each site; the medians are
reported with their difference (ours - bare), the number of requests, and our own scripts and
stylesheets on that page (assets/<name>.<hash>.min.js|css, the features' assets/). Exits 1 when
a page exceeds its type's budget or the per-page budget of our own JS+CSS, loads anything from
another site, or is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = Path(__file__).with_name("budgets.json")
# The generator's features' scripts and stylesheets (hooks/mkdocs_guide/<feature>/assets/).
OWN_ASSETS = {path.name for path in (ROOT / "hooks" / "mkdocs_guide").glob("*/assets/*.*s")}
SERVE = Path(__file__).with_name("serve_nginx.sh")
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (one list of Chromium flags)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bare import build_bare  # noqa: E402

KB = 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(site: Path, base_url: str) -> None:
    environment = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    environment["DISABLE_MKDOCS_2_WARNING"] = "true"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    subprocess.run(command, cwd=ROOT, env=environment, check=True)
    for folder, _dirs, files in os.walk(site):  # nginx's workers (nobody) must read it
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)


def requested_urls(browser, url: str) -> list[str]:
    """Every URL a first visit to `url` requests, workers included, once the network is idle."""
    context = browser.new_context()
    urls: list[str] = []
    context.on("request", lambda request: urls.append(request.url))
    page = context.new_page()
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status != 200:
        raise SystemExit(f"budgets: {url} answered {response and response.status}")
    page.wait_for_timeout(300)
    context.close()
    return list(dict.fromkeys(u.split("#")[0] for u in urls if not u.startswith("data:")))


def transferred(url: str) -> int:
    """Body bytes nginx sends for `url` to a browser accepting gzip (error pages count too)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return len(response.read())
    except urllib.error.HTTPError as error:
        print(f"budgets: {url} answers {error.code}", file=sys.stderr)
        return len(error.read())


def measure_page(browser, base_url: str, address: str) -> tuple[dict[str, int], list[str]]:
    """Bytes sent per same-site path of a first visit to `address`, and the off-site URLs."""
    urls = requested_urls(browser, base_url + address)
    sizes = {u.removeprefix(base_url): transferred(u) for u in urls if u.startswith(base_url)}
    return sizes, [u for u in urls if not u.startswith(base_url)]


def own_asset(path: str) -> bool:
    """assets/<name>.<hash>.min.js|css for a feature's source (mkdocs_guide/assets.py)."""
    match = re.fullmatch(r"assets/([a-z-]+)\.[0-9a-f]{8}\.min\.(js|css)", path.split("?")[0])
    return bool(match) and f"{match[1]}.{match[2]}" in OWN_ASSETS


@dataclass
class Visit:
    total: int
    requests: int
    own: int
    sizes: dict[str, int]
    offsite: list[str]


def visits(browser, base_url: str, address: str, runs: int) -> Visit:
    """The median visit of `runs` first visits (by total bytes)."""
    seen = []
    for _ in range(runs):
        sizes, offsite = measure_page(browser, base_url, address)
        own = sum(size for path, size in sizes.items() if own_asset(path))
        seen.append(Visit(sum(sizes.values()), len(sizes), own, sizes, offsite))
    seen.sort(key=lambda visit: visit.total)
    median = seen[len(seen) // 2]
    median.offsite = sorted({url for visit in seen for url in visit.offsite})
    return median


def measure_pages(
    ours_url: str, bare_url: str, budgets: dict, runs: int, verbose: bool
) -> tuple[list[str], list[str]]:
    from playwright.sync_api import sync_playwright

    own_limit = budgets["own_js_css_per_page_kb"] * KB
    rows = [
        f"{'type':<8} {'page':<16} {'ours':>8} {'req':>4} {'own JS+CSS':>11}"
        f"  {'bare':>8} {'req':>4}  {'ours - bare':>11}  budget"
    ]
    failures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page_type, spec in budgets["page_types"].items():
            limit = spec["transfer_kb"] * KB
            for address in spec["pages"]:
                ours = visits(browser, ours_url, address, runs)
                bare = visits(browser, bare_url, address, runs)
                over = ours.total > limit or ours.own > own_limit or ours.offsite
                rows.append(
                    f"{page_type:<8} /{address:<15} {ours.total / KB:6.1f} KB {ours.requests:4}"
                    f" {ours.own / KB:8.1f} KB  {bare.total / KB:6.1f} KB {bare.requests:4}"
                    f"  {(ours.total - bare.total) / KB:+8.1f} KB  {limit / KB:.0f} KB"
                    f" {'OVER' if over else 'ok'}"
                )
                largest = sorted(ours.sizes.items(), key=lambda item: -item[1])
                if verbose:
                    rows += [f"    {size / KB:7.1f} KB  /{path}" for path, size in largest]
                if ours.total > limit:
                    failures.append(
                        f"/{address} ({page_type}) transfers {ours.total / KB:.1f} KB, budget"
                        f" {limit / KB:.0f} KB (bench/budgets.json). Largest: "
                        + ", ".join(f"/{path} {size / KB:.1f} KB" for path, size in largest[:5])
                    )
                if ours.own > own_limit:
                    failures.append(
                        f"/{address}: our own JS+CSS is {ours.own / KB:.1f} KB gzip, budget"
                        f" {own_limit / KB:.0f} KB (bench/budgets.json)"
                    )
                failures += [f"/{address} loads {url} from another site" for url in ours.offsite]
        browser.close()
    return rows, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an existing build (made with SITE_URL)")
    parser.add_argument("--port", type=int, default=0, help="nginx port (default: a free one)")
    parser.add_argument("--budgets", type=Path, default=BUDGETS, help="budgets file (JSON)")
    parser.add_argument("--runs", type=int, default=3, help="visits per page and site (median)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every request's size")
    args = parser.parse_args(argv)
    budgets = json.loads(args.budgets.read_text(encoding="utf-8"))
    port = args.port or free_port()
    base_url = f"http://127.0.0.1:{port}/"
    bare_port = free_port()
    bare_url = f"http://127.0.0.1:{bare_port}/"
    addresses = [a for spec in budgets["page_types"].values() for a in spec["pages"]]
    scratch = ROOT / "bench" / "out"  # git-ignored; world-readable for nginx's workers
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="budgets-", dir=scratch) as work:
        os.chmod(work, 0o755)
        site = args.site or Path(work) / "site"
        if not args.site:
            build(site, base_url)
        bare = build_bare(site, Path(work) / "bare", addresses)
        servers = [(site, port, Path(work) / "nginx"), (bare, bare_port, Path(work) / "nginx-bare")]
        try:
            for folder, number, run_dir in servers:
                start = [str(SERVE), "start", str(folder), str(number), str(run_dir)]
                subprocess.run(start, check=True, stdout=subprocess.DEVNULL)
            rows, failures = measure_pages(base_url, bare_url, budgets, args.runs, args.verbose)
        finally:
            for _folder, _number, run_dir in servers:
                subprocess.run([str(SERVE), "stop", str(run_dir)], check=False)
    print(
        f"First visit, gzip as deploy/nginx.conf sends it, median of {args.runs} runs, beside a"
        f" bare Material page with the same text; budgets: {args.budgets.name}"
    )
    print("\n".join(rows))
    if failures:
        print("\nBudget exceeded:\n- " + "\n- ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
