#!/usr/bin/env bash
# Installs what the site and its tests need, only when missing or out of date.
#   setup.sh deps      npm packages (npm install, not npm ci: see README)
#   setup.sh browser   Debian's Chromium, Noto CJK fonts and poppler-utils (pdftotext), for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

for need in "$@"; do
  case "$need" in
    deps)
      if [ ! -f node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        echo "› npm install"
        npm install --no-audit --no-fund --loglevel=error
      fi
      ;;
    browser)
      if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then
        echo "› apt-get install chromium fonts-noto-cjk poppler-utils"
        SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
      fi
      ;;
    *) echo "setup.sh: unknown need '$need'" >&2; exit 2 ;;
  esac
done
