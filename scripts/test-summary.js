// Adds up the unit and end-to-end reports into the suite's closing line.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = [];
if (existsSync('reports/vitest.json')) {
	const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
	passed += v.numPassedTests;
	failed += v.numFailedTests;
} else missing.push('unit');
if (existsSync('reports/e2e.json')) {
	const e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
	passed += e.stats.expected + e.stats.flaky;
	failed += e.stats.unexpected;
} else missing.push('end-to-end');
if (missing.length)
	console.log(`\nNo report from the ${missing.join(' and ')} tests: they did not run.`);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing.length ? 1 : 0);
