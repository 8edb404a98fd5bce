#!/usr/bin/env bash
# Starts the built app on a fresh, seeded SQLite database for the end-to-end suite.
set -euo pipefail
export DATABASE_URL="${E2E_DATABASE_URL:-data/e2e.db}"
rm -f "$DATABASE_URL" "$DATABASE_URL-wal" "$DATABASE_URL-shm"
export COHORT_MIN="${COHORT_MIN:-5}"
# Node closes an idle keep-alive connection after 5 s; a test request sent on it at that
# moment gets ECONNRESET. Keep idle connections longer than any pause in a test.
export KEEP_ALIVE_TIMEOUT="${KEEP_ALIVE_TIMEOUT:-65}"
npx tsx scripts/seed.ts --quiet --demo-statistics
exec node build/index.js
