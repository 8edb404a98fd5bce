#!/usr/bin/env bash
# The whole suite, in the order that fails fastest, ending with one line that counts
# every unit and end-to-end test: "Tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# Everything below, and every process it starts, runs on the project's Node 24.
source scripts/use-node.sh || exit 1
echo "=== Node.js $(node --version)"
if [[ "$(node --version)" != v24.* ]]; then
	echo "The tests run on Node.js 24; this is $(node --version)." >&2
	exit 1
fi
mkdir -p reports
rm -f reports/vitest.json reports/reliability.json reports/e2e.json
status=0
step() {
	echo -e "\n=== $1"
	shift
	"$@" || status=1
}
step "messages and types" npm run check
step "lint" npm run lint
step "questionnaire files" npm run questionnaires:check
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "production build" npm run build
# The quick ones of `npm run test:reliability`, against the build just made.
step "reliability tests (fast)" npm run test:reliability:fast -- \
	--reporter=default --reporter=json --outputFile.json=reports/reliability.json
export PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json
step "end-to-end tests" npx playwright test --reporter=list,json
node scripts/test-summary.js || status=1
exit $status
