// Seeds N synthetic submitted assessments (organisations, assessments and their statistics
// facts) into DATABASE_URL, migrating first. For demos of the inspectors' tables and for
// load tests; the data is invented. Usage: npm run stats:seed-synthetic -- --count 100000
import { databaseUrl, migrateToLatest, openDb } from '../src/lib/server/db';
import { seedSyntheticStatistics } from '../src/lib/server/seed';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const count = Number(option('count') ?? 1000);
const seed = Number(option('seed') ?? Date.now() % 1_000_000);
if (!Number.isInteger(count) || count < 1) {
	console.error('--count must be a whole number of assessments, e.g. --count 100000');
	process.exit(2);
}

const db = openDb(databaseUrl());
const started = performance.now();
try {
	await migrateToLatest(db);
	let shown = 0;
	const result = await seedSyntheticStatistics(db, {
		count,
		seed,
		onProgress: (done) => {
			if (done - shown >= 10_000 || done === count) {
				shown = done;
				process.stdout.write(`\r${done} / ${count}`);
			}
		}
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`\nSeeded ${result.assessments} submitted assessments (${result.recorded} in the statistics; the others opted out, or were withdrawn by a later opt-out) in ${seconds} s (seed ${seed}).`
	);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
