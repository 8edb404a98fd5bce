#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine: Chromium for Playwright,
# poppler-utils to read and render the PDFs, and the npm packages from the lockfile, built for
# the project's Node 24 (installed into .tools/node if the machine's Node is older).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
source scripts/use-node.sh
npm ci --no-audit --no-fund
