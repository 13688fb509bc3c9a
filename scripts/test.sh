#!/usr/bin/env bash
# The full test suite (README's second command): typecheck, lint, unit + identity-platform +
# integration tests on PGlite, the integration suite again on PostgreSQL, a production build,
# and the browser tests in Chromium. Under CI=true a missing tool fails the run; locally it is
# reported as skipped and the run still exits non-zero, so nothing passes quietly.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
skipped=()

step() { printf '\n==> %s\n' "$1"; }
missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: $1" >&2
    exit 1
  fi
  echo "SKIPPED: $1" >&2
  skipped+=("$1")
}

step "Prerequisites (Chromium, PostgreSQL, poppler-utils)"
# Bounded, so a stuck package install or server start fails the run instead of hanging it.
TEST_DATABASE_URL="$(timeout 900 bash scripts/test-prerequisites.sh)"
if [ -n "$TEST_DATABASE_URL" ] && ! [[ "$TEST_DATABASE_URL" =~ ^postgres(ql)?://[^[:space:]]+$ ]]; then
  echo "FAIL: TEST_DATABASE_URL is not a PostgreSQL URL: $TEST_DATABASE_URL" >&2
  exit 1
fi
export TEST_DATABASE_URL

step "Typecheck"
# Route types from an earlier test build can be stale; the build below writes them afresh.
rm -rf .next-test
npx tsc --noEmit -p .

step "Lint and format (Biome)"
npx biome check .

step "Unit, identity platform and integration tests on PGlite"
env -u TEST_DATABASE_URL npx vitest run

step "Integration tests on PostgreSQL"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  npx vitest run --project integration
else
  missing "no PostgreSQL server: set TEST_DATABASE_URL (see README)"
fi

step "Production build"
export NEXT_DIST_DIR=.next-test
npx next build

step "Browser tests (Playwright, system Chromium)"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  CHROMIUM_PATH="$chromium" npx playwright test
else
  missing "Chromium not found at $chromium (apt-get install -y chromium fonts-noto-cjk)"
fi

if [ ${#skipped[@]} -gt 0 ]; then
  printf '\nNot run:\n' >&2
  printf '  - %s\n' "${skipped[@]}" >&2
  exit 1
fi
printf '\nAll suites passed.\n'
