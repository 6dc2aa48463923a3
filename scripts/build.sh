#!/usr/bin/env bash
# The static site in out/: the Simplified build at the root, the Traditional build (same sources, converted
# at build time, see next.config.ts) under out/zh-hant/, then the per-page script hashes (write-csp.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
next=node_modules/next/dist/bin/next

node "$next" build
# With a distDir of its own, the Traditional export is written into that directory.
SITE_SCRIPT=hant node "$next" build
hant=.next-hant
[ -f "$hant/index.html" ] || { echo "build.sh: the Traditional export is missing from $hant/" >&2; exit 1; }

rm -rf out/zh-hant
mkdir -p out/zh-hant
# Hashed chunk names: a name both builds share has the same bytes, so the assets merge into one _next/.
cp -rn "$hant/_next/." out/_next/
# Assets and site-wide files exist once, at the root; the Traditional pages and feeds go under zh-hant/.
for entry in "$hant"/*; do
  case "$(basename "$entry")" in
    _next | og | favicon.svg | 404.html | _not-found* | sitemap.xml | robots.txt) ;;
    *) cp -r "$entry" out/zh-hant/ ;;
  esac
done
node scripts/write-csp.mjs
