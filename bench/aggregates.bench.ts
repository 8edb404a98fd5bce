// Times the inspectors' tables at 1k, 10k and 100k submitted assessments against a plain
// `select count(*)` on the same table, and prints each as a ratio to that baseline.
// Run: npm run bench:aggregates [-- --sizes 1000,10000 --runs 5 --postgres postgres://...]
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import pg from 'pg';
import { crossTable, DIMENSIONS, MULTI_VALUED, overview } from '../src/lib/server/statistics';
import { type Db, migrateToLatest, openDb } from '../src/lib/server/db';
import { seedSyntheticStatistics } from '../src/lib/server/seed';

function option(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const runs = Number(option('runs', '5'));
const postgresUrl = option('postgres', '');
const MIN = 10;

const requests = DIMENSIONS.flatMap((rows) => [
	{ rows, cols: null },
	...DIMENSIONS.filter(
		(cols) => cols !== rows && !(MULTI_VALUED.includes(rows) && MULTI_VALUED.includes(cols))
	).map((cols) => ({ rows, cols }))
]);

/**
 * A fresh database per size: an SQLite file under bench/out, or a PostgreSQL database of
 * its own next to the one named (never a schema inside it: Kysely's migrator looks for
 * its tables in every schema, so a leftover schema would upset the test suite there).
 */
async function open(size: number): Promise<{ db: Db; close: () => Promise<void> }> {
	if (!postgresUrl) {
		const file = `bench/out/aggregates-${size}.db`;
		const remove = () => {
			for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
		};
		remove();
		const db = openDb(file);
		return {
			db,
			close: async () => {
				await db.destroy();
				remove();
			}
		};
	}
	const name = `aggregates_bench_${size}`;
	const admin = async (statement: string) => {
		const client = new pg.Client({ connectionString: postgresUrl });
		await client.connect();
		await client.query(statement);
		await client.end();
	};
	await admin(`DROP DATABASE IF EXISTS ${name}`);
	await admin(`CREATE DATABASE ${name}`);
	const url = new URL(postgresUrl);
	url.pathname = `/${name}`;
	const db = openDb(url.toString());
	return {
		db,
		close: async () => {
			await db.destroy();
			await admin(`DROP DATABASE IF EXISTS ${name}`);
		}
	};
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median wall time of `runs` runs after one warm-up run, and the median processor time
 * this process spent: SQLite runs in the process, so on a busy machine the processor
 * time still says how much work a query is.
 */
async function measure(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
	await fn();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		await fn();
		wall.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cpu.push((c.user + c.system) / 1000);
	}
	return { wall: median(wall), cpu: median(cpu) };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
	return (await measure(fn)).wall;
}

const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0).padStart(8);

console.log(`Engine: ${postgresUrl ? 'PostgreSQL' : 'SQLite (file)'}; median of ${runs} runs.`);
for (const size of sizes) {
	const { db, close } = await open(size);
	try {
		await migrateToLatest(db);
		const t0 = performance.now();
		const seeded = await seedSyntheticStatistics(db, { count: size, seed: 42 });
		const seedMs = performance.now() - t0;
		await sql`analyze`.execute(db);
		const baseline = await time(() => sql`select count(*) from stat_submissions`.execute(db));
		// count(*) is answered from the smallest index; a sum has to read every row.
		const scan = await time(() => sql`select sum(flagged) from stat_submissions`.execute(db));
		console.log(
			`\n${size} assessments (${seeded.recorded} in the statistics), seeded in ${(seedMs / 1000).toFixed(1)} s`
		);
		console.log(
			`baselines: count(*) ${baseline.toFixed(2)} ms, full scan sum(flagged) ${scan.toFixed(2)} ms`
		);
		console.log(
			`${'table'.padEnd(26)}${'ms'.padStart(8)}${'cpu ms'.padStart(8)}${'× count(*)'.padStart(12)}${'× scan'.padStart(9)}`
		);
		const results: [string, { wall: number; cpu: number }][] = [
			['overview', await measure(() => overview(db, MIN))]
		];
		for (const r of requests) {
			const name = r.cols ? `${r.rows} × ${r.cols}` : r.rows;
			results.push([name, await measure(() => crossTable(db, r, { min: MIN }))]);
		}
		for (const [name, { wall, cpu }] of results) {
			const ratio = (base: number) => (wall / base).toFixed(wall / base < 10 ? 1 : 0);
			console.log(
				`${name.padEnd(26)}${fmt(wall)}${fmt(cpu)}${ratio(baseline).padStart(12)}${ratio(scan).padStart(9)}`
			);
		}
		const worst = results.reduce((a, b) => (b[1].wall > a[1].wall ? b : a));
		const worstCpu = results.reduce((a, b) => (b[1].cpu > a[1].cpu ? b : a));
		console.log(
			`slowest: ${worst[0]} ${worst[1].wall.toFixed(0)} ms; most work: ${worstCpu[0]} ${worstCpu[1].cpu.toFixed(0)} ms of processor time`
		);
	} finally {
		await close();
	}
}
