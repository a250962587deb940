#!/usr/bin/env bash
# Installs what saldo-report's browser test needs: Debian's chromium (test tools cannot
# download browsers here) and playwright-core from npm, pinned by the committed lock file.
# Idempotent: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium nodejs npm fonts-dejavu-core
fi
browser_dir=saldo-report/src/test/browser
if [ ! -d "$browser_dir/node_modules/playwright-core" ]; then
  (cd "$browser_dir" && npm ci --no-audit --no-fund --ignore-scripts)
fi
