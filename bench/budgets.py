"""Performance budgets: what a first visit downloads, per page type, served by nginx with gzip.

    python bench/budgets.py [--site DIR]

Builds the site (unless --site gives a build made with SITE_URL=http://127.0.0.1:PORT/), serves it
with deploy/nginx.conf through bench/serve_nginx.sh, opens each page of bench/budgets.json in a
fresh Chromium context (empty cache) to learn every request it makes (HTML, CSS, JS, images,
fonts, the search worker and its index), then downloads each same-site one with
`Accept-Encoding: gzip` and adds up the bytes as sent (gzip-compressed where nginx compresses).
Also the gzip size of our own scripts and stylesheets (overrides/assets/). Exits 1 when a page
exceeds its type's budget, loads anything from another site, or is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = Path(__file__).with_name("budgets.json")
OWN_ASSETS = ROOT / "overrides" / "assets"
SERVE = Path(__file__).with_name("serve_nginx.sh")
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (one list of Chromium flags)

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


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))  # nginx's gzip_comp_level


def measure_page(browser, base_url: str, address: str) -> tuple[dict[str, int], list[str]]:
    """Bytes sent per same-site path of a first visit to `address`, and the off-site URLs."""
    urls = requested_urls(browser, base_url + address)
    sizes = {u.removeprefix(base_url): transferred(u) for u in urls if u.startswith(base_url)}
    return sizes, [u for u in urls if not u.startswith(base_url)]


def measure_pages(base_url: str, budgets: dict, verbose: bool) -> tuple[list[str], list[str]]:
    from playwright.sync_api import sync_playwright

    rows, failures = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page_type, spec in budgets["page_types"].items():
            limit = spec["transfer_kb"] * KB
            for address in spec["pages"]:
                sizes, offsite = measure_page(browser, base_url, address)
                total = sum(sizes.values())
                verdict = "ok" if total <= limit and not offsite else "OVER"
                rows.append(
                    f"{page_type:<8} /{address:<16} {total / KB:7.1f} KB"
                    f" / {limit / KB:.0f} KB  {len(sizes):2} requests  {verdict}"
                )
                largest = sorted(sizes.items(), key=lambda item: -item[1])
                if verbose:
                    rows += [f"    {size / KB:7.1f} KB  /{path}" for path, size in largest]
                if total > limit:
                    failures.append(
                        f"/{address} ({page_type}) transfers {total / KB:.1f} KB, budget"
                        f" {limit / KB:.0f} KB (bench/budgets.json). Largest: "
                        + ", ".join(f"/{path} {size / KB:.1f} KB" for path, size in largest[:5])
                    )
                failures += [f"/{address} loads {url} from another site" for url in offsite]
        browser.close()
    return rows, failures


def measure_own_assets(budgets: dict) -> tuple[list[str], list[str]]:
    rows, failures = [], []
    for kind, limit_kb in budgets["own_assets_gzip_kb"].items():
        files = sorted(OWN_ASSETS.glob(f"*.{kind}"))
        total = sum(gzip_size(path) for path in files)
        names = ", ".join(path.name for path in files) or "none"
        verdict = "ok" if total <= limit_kb * KB else "OVER"
        rows.append(f"own {kind:<4} {total / KB:25.1f} KB / {limit_kb} KB  ({names})  {verdict}")
        if total > limit_kb * KB:
            failures.append(
                f"overrides/assets/*.{kind} is {total / KB:.1f} KB gzip, budget {limit_kb} KB"
                f" (bench/budgets.json): {names}"
            )
    return rows, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an existing build (made with SITE_URL)")
    parser.add_argument("--port", type=int, default=0, help="nginx port (default: a free one)")
    parser.add_argument("--budgets", type=Path, default=BUDGETS, help="budgets file (JSON)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every request's size")
    args = parser.parse_args(argv)
    budgets = json.loads(args.budgets.read_text(encoding="utf-8"))
    port = args.port or free_port()
    base_url = f"http://127.0.0.1:{port}/"
    scratch = ROOT / "bench" / "out"  # git-ignored; world-readable for nginx's workers
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="budgets-", dir=scratch) as work:
        os.chmod(work, 0o755)
        site = args.site or Path(work) / "site"
        if not args.site:
            build(site, base_url)
        run_dir = Path(work) / "nginx"
        start = [str(SERVE), "start", str(site), str(port), str(run_dir)]
        subprocess.run(start, check=True, stdout=subprocess.DEVNULL)
        try:
            page_rows, page_failures = measure_pages(base_url, budgets, args.verbose)
        finally:
            subprocess.run([str(SERVE), "stop", str(run_dir)], check=False)
    asset_rows, asset_failures = measure_own_assets(budgets)
    print(f"First-visit transfer, gzip (nginx, deploy/nginx.conf), budgets: {args.budgets.name}")
    print("\n".join(page_rows + asset_rows))
    failures = page_failures + asset_failures
    if failures:
        print("\nBudget exceeded:\n- " + "\n- ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
