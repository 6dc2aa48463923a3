#!/usr/bin/env bash
# Serves the built site in out/ with the production headers (out/serve.json, written by the build), and the
# Traditional 404 page for unknown /zh-hant/ addresses (scripts/serve.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-3000}"
if [ ! -f out/index.html ]; then echo "serve.sh: out/ is not built; run npm run build first" >&2; exit 1; fi
export PORT
exec node scripts/serve.mjs
