#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm, pinned in package.json; 13 needs Node 22) on the home page and a truth
# page, mobile preset (Lighthouse's default: 4x CPU slowdown, slow 4G), against the site served by
# nginx with gzip on 127.0.0.1 (deploy/nginx.conf through bench/serve_nginx.sh), and in the same
# run against a bare Material page with the same text (bench/bare.py), served the same way. Each
# page is run RUNS times (default 3) on each site, alternately; prints the medians of the four
# category scores and of the metrics for both, and the difference (ours - bare): the difference is
# the figure, timings on a shared machine are noisy. Full reports in bench/out/lighthouse/.
#
#   bench/lighthouse.sh [PORT] [RUNS]     (run `npm ci` and `make build` tools first: `make test` does)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${1:-8282}"
RUNS="${2:-3}"
BARE_PORT=$((PORT + 1))
OUT="$ROOT/bench/out/lighthouse"
LIGHTHOUSE="$ROOT/node_modules/.bin/lighthouse"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
PAGES=("" "verite-1/")
[ -x "$LIGHTHOUSE" ] || { echo "lighthouse.sh: run 'npm ci' first" >&2; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
# canonical and hreflang must point at this server (SEO audits).
(umask 022 && cd "$ROOT" && SITE_URL="http://127.0.0.1:$PORT/" NO_MKDOCS_2_WARNING=1 \
  DISABLE_MKDOCS_2_WARNING=true "$PYTHON" -m mkdocs build --strict -q -d "$OUT/site")
(umask 022 && "$PYTHON" "$ROOT/bench/bare.py" "$OUT/site" "$OUT/bare" "${PAGES[@]}")
chmod -R a+rX "$OUT"
"$ROOT/bench/serve_nginx.sh" start "$OUT/site" "$PORT" "$OUT/nginx" >/dev/null
trap '"$ROOT/bench/serve_nginx.sh" stop "$OUT/nginx"; "$ROOT/bench/serve_nginx.sh" stop "$OUT/nginx-bare"' EXIT
"$ROOT/bench/serve_nginx.sh" start "$OUT/bare" "$BARE_PORT" "$OUT/nginx-bare" >/dev/null

for run in $(seq "$RUNS"); do
  for page in "${PAGES[@]}"; do
    name="${page%/}"
    name="${name:-home}"
    for site in ours bare; do
      port="$PORT"
      [ "$site" = bare ] && port="$BARE_PORT"
      # A busy machine sometimes loses Lighthouse's trace (NO_NAVSTART): try that run again.
      for attempt in 1 2 3; do
        CHROME_PATH="${CHROMIUM:-/usr/bin/chromium}" "$LIGHTHOUSE" "http://127.0.0.1:$port/$page" \
          --quiet --output=json --output=html --output-path="$OUT/$name.$site.$run" \
          --only-categories=performance,accessibility,best-practices,seo \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
--disable-background-networking --disable-component-update --disable-sync --no-first-run" || true
        "$PYTHON" -c 'import json, sys; r = json.load(open(sys.argv[1]))
sys.exit(r.get("runtimeError") is not None or r["categories"]["performance"]["score"] is None)' \
          "$OUT/$name.$site.$run.report.json" 2>/dev/null && break
        echo "lighthouse.sh: /$page ($site, run $run) failed, attempt $attempt" >&2
        [ "$attempt" = 3 ] && exit 1
      done
    done
  done
done

"$PYTHON" - "$OUT" "$RUNS" "${PAGES[@]}" <<'EOF'
import json, statistics, sys
from pathlib import Path

out, runs, pages = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS", "speed-index": "SI"}


def figures(name, site):
    reports = [json.loads((out / f"{name}.{site}.{run}.report.json").read_text())
               for run in range(1, runs + 1)]
    row = {c: statistics.median(r["categories"][c]["score"] * 100 for r in reports)
           for c in CATEGORIES}
    row.update({short: statistics.median(r["audits"][m]["numericValue"] for r in reports)
                for m, short in METRICS.items()})
    row["KB"] = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] / 1024
                                  for r in reports)
    row["requests"] = statistics.median(len(r["audits"]["network-requests"]["details"]["items"])
                                        for r in reports)
    row["perf runs"] = [round(r["categories"]["performance"]["score"] * 100) for r in reports]
    return row, reports[len(reports) // 2]


print(f"Lighthouse 12.2.3, mobile, median of {runs} runs; bare = Material alone, same text")
head = "".join(f"{c[:5]:>7}" for c in CATEGORIES)
print(f"{'page':<12}{'site':<6}{head}{'FCP ms':>8}{'LCP ms':>8}{'TBT ms':>8}{'CLS':>6}"
      f"{'SI ms':>7}{'KB':>7}{'req':>5}  performance per run")
for page in pages:
    name = page.rstrip("/") or "home"
    ours, report = figures(name, "ours")
    bare, _ = figures(name, "bare")
    diff = {k: ours[k] - bare[k] for k in ours if k != "perf runs"}
    for site, row in (("ours", ours), ("bare", bare), ("diff", diff)):
        cells = "".join(f"{row[c]:+7.0f}" if site == "diff" else f"{row[c]:7.0f}"
                        for c in CATEGORIES)
        sign = "+" if site == "diff" else ""
        print(f"/{page:<11}{site:<6}{cells}{row['FCP']:{sign}8.0f}{row['LCP']:{sign}8.0f}"
              f"{row['TBT']:{sign}8.0f}{row['CLS']:{sign}6.2f}{row['SI']:{sign}7.0f}"
              f"{row['KB']:{sign}7.1f}{row['requests']:{sign}5.0f}  {row.get('perf runs', '')}")
    for audit in report["audits"].values():
        mode = audit.get("scoreDisplayMode")
        if audit.get("score") is not None and audit["score"] < 1 and mode in ("binary", "metricSavings"):
            print(f"    ours, to improve: {audit['id']}: {audit['title']}")
EOF
echo "Reports: $OUT/<page>.<ours|bare>.<run>.report.html"
