#!/usr/bin/env bash
# Quick start: install, build the static site, serve it at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh deps
npm run build
echo "› serving http://localhost:${PORT:-3000}"
exec bash scripts/serve.sh
