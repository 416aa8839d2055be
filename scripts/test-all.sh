#!/usr/bin/env bash
# `npm run test:all`: the whole test suite as CI runs it, on any machine.
# Installs what the tests need once (.ci/setup.sh: Node 24, Chromium, the
# Python peers in .ci/.venv), installs the npm dependencies when they are
# missing, then runs every test. A skipped test fails the run here, as in CI.
# Arguments go to vitest (for example a reporter, or a test file).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/setup.sh
source .ci/setup.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
export MODELGATE_REQUIRE_ALL=1
exec npx vitest run "$@"
