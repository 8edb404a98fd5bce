/**
 * Saving answers through the real form action (`?/save`, as the module page's autosave sends
 * it) against GET /api/health on the same server, the baseline: what SvelteKit alone costs
 * per request. Closed-loop clients on loopback (each sends its next request when the last is
 * answered) at 50 and 200 at once, then 50 clients at an autosave's pace (a pause of about a
 * second between saves). Run alone: `npm run bench:save [-- --seconds 4]`.
 */
import { pathToFileURL } from 'node:url';
import type { Engine } from '../src/lib/server/db';
import { loadQuestionnaires } from '../src/lib/server/questionnaires';
import { scratchDb, scratchEngines } from '../tests/harness/databases';
import { get } from '../tests/harness/http';
import { AssessmentClient, seedAssessments } from '../tests/harness/journey';
import { combine, runPool, type LoadResult } from '../tests/harness/pool';
import { assertBuilt, startServer } from '../tests/harness/server';

export interface Latency {
	requests: number;
	failures: number;
	throughput: number;
	p50: number;
	p95: number;
	p99: number;
	/** CPU time of the Node server process per request, in ms (a database server's is not in it). */
	serverCpuMs: number;
}

export interface SaveBenchResult {
	engine: Engine;
	closedLoop: {
		clients: number;
		baseline: Latency;
		save: Latency;
		/** Save throughput ÷ baseline throughput. */
		throughputRatio: number;
		/** Save p95 ÷ baseline p95. */
		p95Ratio: number;
		/** Server CPU per save ÷ per baseline request: the steadiest figure on a shared machine. */
		cpuRatio: number;
	}[];
	paced: { clients: number; thinkMs: number; save: Latency; baseline: Latency };
	errors: string[];
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

interface Phase {
	result: LoadResult;
	cpuMs: number;
}

function latency(phases: Phase[]): Latency {
	const r = combine(phases.map((p) => p.result));
	const cpu = phases.reduce((t, p) => t + p.cpuMs, 0);
	return {
		requests: r.requests,
		failures: r.failures,
		throughput: round(r.throughput),
		p50: round(r.p50),
		p95: round(r.p95),
		p99: round(r.p99),
		serverCpuMs: round(cpu / Math.max(1, r.requests + r.failures), 3)
	};
}

export async function benchAnswerSaves(
	engine: Engine,
	options: {
		concurrency?: number[];
		seconds?: number;
		rounds?: number;
		log?: (s: string) => void;
	} = {}
): Promise<SaveBenchResult> {
	const concurrency = options.concurrency ?? [50, 200];
	const phaseMs = (options.seconds ?? 2) * 1000;
	const rounds = options.rounds ?? 4;
	const log = options.log ?? (() => undefined);
	assertBuilt();
	const scratch = await scratchDb(engine);
	try {
		const registry = loadQuestionnaires('questionnaires');
		const db = await scratch.open();
		const people = Math.max(...concurrency);
		log(`seeding ${people} guests with a started assessment on ${engine}`);
		const seeded = await seedAssessments(db, registry, people);
		await db.destroy();
		const server = await startServer({ databaseUrl: scratch.url });
		try {
			const clients = seeded.map((s, i) => new AssessmentClient(server.origin, s, i));
			const health = async () => {
				const reply = await get(server.origin, '/api/health');
				if (reply.status !== 200) throw new Error(`health answered ${reply.status}`);
			};
			const save = (c: number, seq: number) => clients[c].save(seq).then(() => undefined);
			const errors: string[] = [];
			const phase = async (options: Parameters<typeof runPool>[0]): Promise<Phase> => {
				const cpu = server.cpuMs();
				const result = await runPool(options);
				errors.push(...result.errors);
				return { result, cpuMs: server.cpuMs() - cpu };
			};
			// Short phases taking turns, so that whatever else the machine does falls on both alike.
			const turns = async (n: number, thinkMs?: number) => {
				const base: Phase[] = [];
				const saves: Phase[] = [];
				// Paced clients send one request a second or so: longer phases for as many samples.
				const durationMs = thinkMs ? phaseMs * 2 : phaseMs;
				for (let r = 0; r < rounds; r++) {
					log(
						`${engine}, ${n} clients${thinkMs ? ' at an autosave pace' : ''}, round ${r + 1}/${rounds}`
					);
					base.push(await phase({ clients: n, durationMs, thinkMs, request: health }));
					saves.push(await phase({ clients: n, durationMs, thinkMs, request: save }));
				}
				return { baseline: latency(base), save: latency(saves) };
			};
			const closedLoop = [];
			for (const n of concurrency) {
				await runPool({ clients: n, durationMs: 1000, request: save });
				const { baseline, save: saved } = await turns(n);
				closedLoop.push({
					clients: n,
					baseline,
					save: saved,
					throughputRatio: round(saved.throughput / baseline.throughput, 2),
					p95Ratio: round(saved.p95 / baseline.p95, 1),
					cpuRatio: round(saved.serverCpuMs / baseline.serverCpuMs, 1)
				});
			}
			const thinkMs = 1000;
			const paced = { clients: 50, thinkMs, ...(await turns(50, thinkMs)) };
			return { engine, closedLoop, paced, errors: errors.slice(0, 5) };
		} finally {
			await server.stop();
		}
	} finally {
		await scratch.drop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const i = process.argv.indexOf('--seconds');
	const seconds = i > 0 ? Number(process.argv[i + 1]) : undefined;
	for (const engine of scratchEngines()) {
		const result = await benchAnswerSaves(engine, { seconds, log: (s) => console.error(s) });
		console.log(JSON.stringify(result, null, 2));
	}
}
