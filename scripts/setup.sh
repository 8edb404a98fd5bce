#!/usr/bin/env bash
# `npm run setup`: on Node 24 (installed into the project if the machine's is older), installs
# the packages from the lockfile, compiles the messages, builds, creates and seeds the SQLite
# database with the demo accounts, then serves the app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node.sh
echo "Node.js $(node --version)"
npm ci --no-audit --no-fund
npm run i18n
npm run build
npm run db:seed -- --demo-statistics
exec npm run start
