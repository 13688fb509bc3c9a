#!/usr/bin/env bash
# Provides what the full suite needs beyond npm packages, on the project's Debian machines:
# Chromium with CJK fonts for the browser tests, poppler-utils (pdftotext, pdffonts, pdftoppm) for
# reading the generated PDFs as a reader does, and a running PostgreSQL server for the second
# integration run. Installs with apt-get when run as root; prints TEST_DATABASE_URL on stdout.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
# Only the URL goes to stdout (fd 3); every tool's chatter goes to stderr. Commands that may leave a
# daemon behind (apt-get, pg_createcluster, pg_ctlcluster) run with fd 3 closed: a server holding
# the caller's $(...) pipe open would keep the test command waiting forever.
exec 3>&1 1>&2

log() { echo "$@" >&2; }

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  need=()
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
  command -v pg_ctlcluster >/dev/null || need+=(postgresql)
  command -v pdftotext >/dev/null && command -v pdffonts >/dev/null && command -v pdftoppm >/dev/null ||
    need+=(poppler-utils)
  if [ ${#need[@]} -gt 0 ]; then
    log "Installing ${need[*]} (apt-get)…"
    apt-get update -qq 3>&-
    apt-get install -y -qq "${need[@]}" >/dev/null 3>&-
  fi
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "$TEST_DATABASE_URL" >&3
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v pg_lsclusters >/dev/null; then
  if ! pg_lsclusters -h | grep -q .; then pg_createcluster 15 main 3>&-; fi
  read -r version name port _ < <(pg_lsclusters -h | head -n 1)
  pg_ctlcluster "$version" "$name" start 3>&- || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p "$port"
  # A throw-away password for the local test server only; it never leaves this machine.
  su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD 'postgres'\""
  echo "postgresql://postgres:postgres@127.0.0.1:$port/postgres" >&3
fi
