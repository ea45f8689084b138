#!/usr/bin/env bash
# Runs every check and test suite. The last line printed is the total across all runners,
# exactly "N passed, N failed"; the exit code is non-zero when anything failed.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=tests/artifacts/results
rm -rf "$results" && mkdir -p "$results"

check() { # a check that is not a test runner counts as one test
  local name=$1; shift
  echo "== $name"
  if "$@"; then echo "$name 1 0" >>"$results/checks.txt"; else echo "$name 0 1" >>"$results/checks.txt"; fi
}

check typecheck npx tsc --noEmit
check lint npx eslint .
check format npx prettier --check .

echo "== unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json"

if [ -d tests/e2e ]; then
  check build npx next build
  echo "== end-to-end tests (playwright, production server, chromium)"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json
fi

npx tsx tests/report-totals.ts "$results"
