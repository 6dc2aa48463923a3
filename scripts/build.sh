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
# Hashed chunk names: both builds' assets merge into one _next/. A name both builds share must have the same
# bytes (a chunk whose text the converter changed gets another hash); if not, one build would load the other's.
(cd "$hant/_next" && find . -type f | sort) | while read -r file; do
  if [ -e "out/_next/$file" ] && ! cmp -s "$hant/_next/$file" "out/_next/$file"; then
    echo "build.sh: _next/${file#./} differs between the Simplified and Traditional builds" >&2
    exit 1
  fi
done
cp -rn "$hant/_next/." out/_next/
# Assets and site-wide files exist once, at the root; the Traditional pages, feeds and 404 page go under zh-hant/.
for entry in "$hant"/*; do
  case "$(basename "$entry")" in
    _next | og | favicon.svg | _not-found* | sitemap.xml | robots.txt) ;;
    *) cp -r "$entry" out/zh-hant/ ;;
  esac
done
grep -q '<html lang="zh-Hant"' out/zh-hant/404.html || { echo "build.sh: out/zh-hant/404.html is not the Traditional 404 page" >&2; exit 1; }
node scripts/write-csp.mjs
