#!/usr/bin/env bash
# Serve a built site with the project's own nginx configuration (deploy/nginx.conf: gzip, headers)
# on 127.0.0.1, without systemd: the conf, pid, logs and temp files all stay under RUN_DIR.
#
#   bench/serve_nginx.sh start SITE_DIR [PORT] [RUN_DIR]   prints the base URL once it answers
#   bench/serve_nginx.sh stop [RUN_DIR]
#
# PORT defaults to 8080, RUN_DIR to bench/out/nginx. nginx's workers run as `nobody` when started
# as root: SITE_DIR and the folders above it must be world-readable (a umask 022 build is).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command="${1:-}"

case "$command" in
start)
  site="$(cd "${2:?usage: $0 start SITE_DIR [PORT] [RUN_DIR]}" && pwd)"
  port="${3:-8080}"
  run_dir="${4:-$ROOT/bench/out/nginx}"
  mkdir -p "$run_dir"
  run_dir="$(cd "$run_dir" && pwd)"
  [ -f "$run_dir/nginx.pid" ] && nginx -p "$run_dir/" -c nginx.conf -e error.log -s quit 2>/dev/null || true
  # deploy/nginx.conf serves `root site;` (relative to the prefix) on one `listen` line: point
  # both at this build and this port.
  ln -sfn "$site" "$run_dir/site"
  sed -E "s/^([[:space:]]*listen[[:space:]]+127\.0\.0\.1:)[0-9]+;/\1$port;/" \
    "$ROOT/deploy/nginx.conf" >"$run_dir/nginx.conf"
  if ! grep -Eq "listen[[:space:]]+127\.0\.0\.1:$port;" "$run_dir/nginx.conf"; then
    echo "serve_nginx.sh: deploy/nginx.conf has no 'listen 127.0.0.1:PORT;' line to set" >&2
    exit 1
  fi
  nginx -p "$run_dir/" -c nginx.conf -e error.log
  url="http://127.0.0.1:$port/"
  for _ in $(seq 50); do
    if python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" \
      "$url" 2>/dev/null; then
      echo "$url"
      exit 0
    fi
    sleep 0.1
  done
  echo "serve_nginx.sh: $url does not answer (files not world-readable? see $run_dir/error.log)" >&2
  tail -5 "$run_dir/error.log" >&2 || true
  nginx -p "$run_dir/" -c nginx.conf -e error.log -s quit || true
  exit 1
  ;;
stop)
  run_dir="${2:-$ROOT/bench/out/nginx}"
  if [ -f "$run_dir/nginx.pid" ]; then
    nginx -p "$(cd "$run_dir" && pwd)/" -c nginx.conf -e error.log -s quit
  fi
  ;;
*)
  echo "usage: $0 start SITE_DIR [PORT] [RUN_DIR] | stop [RUN_DIR]" >&2
  exit 2
  ;;
esac
