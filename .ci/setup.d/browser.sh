#!/usr/bin/env bash
# Installs what saldo-report's browser test needs: Debian's chromium (test tools cannot
# download browsers here), node with npm, and playwright-core from npm, pinned by the committed
# lock file. Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium fonts-dejavu-core)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi
if [ ${#packages[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${packages[@]}"
fi
browser_dir=saldo-report/src/test/browser
if [ ! -d "$browser_dir/node_modules/playwright-core" ]; then
  (cd "$browser_dir" && npm ci --no-audit --no-fund --ignore-scripts)
fi
