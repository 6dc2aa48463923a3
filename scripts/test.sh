#!/usr/bin/env bash
# The whole test suite: static checks, unit and content tests, the static build, browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/setup.sh deps browser
echo "› static checks: types, lint, format, content"
npm run check
echo "› unit and content tests"
npx vitest run
echo "› static build"
npm run build
echo "› browser tests"
npx playwright test
