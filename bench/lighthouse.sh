#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm, pinned in package.json; 13 needs Node 22) on the home page and a truth
# page, mobile preset (Lighthouse's default), against the site served by nginx with gzip on
# 127.0.0.1 (deploy/nginx.conf through bench/serve_nginx.sh). Prints the four category scores and
# the bytes transferred; full reports in bench/out/lighthouse/. Not a CI gate: timings are noisy.
#
#   bench/lighthouse.sh [PORT]        (run `npm ci` and `make build` tools first: `make test` does)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${1:-8282}"
OUT="$ROOT/bench/out/lighthouse"
LIGHTHOUSE="$ROOT/node_modules/.bin/lighthouse"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
PAGES=("" "verite-1/")
[ -x "$LIGHTHOUSE" ] || { echo "lighthouse.sh: run 'npm ci' first" >&2; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
# canonical, hreflang and the language switcher's sitemap must point at this server (SEO audits).
(umask 022 && cd "$ROOT" && SITE_URL="http://127.0.0.1:$PORT/" NO_MKDOCS_2_WARNING=1 \
  DISABLE_MKDOCS_2_WARNING=true "$PYTHON" -m mkdocs build --strict -q -d "$OUT/site")
chmod -R a+rX "$OUT"
"$ROOT/bench/serve_nginx.sh" start "$OUT/site" "$PORT" "$OUT/nginx" >/dev/null
trap '"$ROOT/bench/serve_nginx.sh" stop "$OUT/nginx"' EXIT

for page in "${PAGES[@]}"; do
  name="${page%/}"
  name="${name:-home}"
  CHROME_PATH="${CHROMIUM:-/usr/bin/chromium}" "$LIGHTHOUSE" "http://127.0.0.1:$PORT/$page" \
    --quiet --output=json --output=html --output-path="$OUT/$name" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
--disable-background-networking --disable-component-update --disable-sync --no-first-run"
done

"$PYTHON" - "$OUT" "${PAGES[@]}" <<'EOF'
import json, sys
from pathlib import Path

out = Path(sys.argv[1])
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS", "speed-index": "SI"}
print(f"{'page':<12} perf  a11y  best   seo  transfer  requests")
for page in sys.argv[2:]:
    name = page.rstrip("/") or "home"
    report = json.loads((out / f"{name}.report.json").read_text())
    audits = report["audits"]
    scores = "".join(f"{round(report['categories'][c]['score'] * 100):5} " for c in CATEGORIES)
    weight = audits["total-byte-weight"]["numericValue"] / 1024
    requests = len(audits["network-requests"]["details"]["items"])
    print(f"/{page:<11}{scores}{weight:7.1f} KB {requests:5}")
    metrics = (f"{short} {audits[m]['displayValue']}" for m, short in METRICS.items())
    print("    " + ", ".join(metrics).replace("\u00a0", " "))
    for audit in audits.values():
        mode = audit.get("scoreDisplayMode")
        if audit.get("score") is not None and audit["score"] < 1 and mode in ("binary", "metricSavings"):
            print(f"    to improve: {audit['id']}: {audit['title']}")
EOF
echo "Reports: $OUT/<page>.report.html"
