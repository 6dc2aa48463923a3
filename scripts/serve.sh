#!/usr/bin/env bash
# Serves the built site in out/ with the production headers (out/serve.json, written by the build).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-3000}"
if [ ! -f out/index.html ]; then echo "serve.sh: out/ is not built; run npm run build first" >&2; exit 1; fi
export NO_UPDATE_CHECK=1
exec node node_modules/serve/build/main.js out --listen "tcp://127.0.0.1:${PORT}" --no-clipboard --no-port-switching
