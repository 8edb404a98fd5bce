/**
 * How long the server takes to start answering a questionnaire page (time to first byte, the
 * whole page being rendered before its first byte) against the home page, one request at a
 * time; and how much JavaScript a questionnaire page makes the browser load, gzipped.
 * Run alone: `npm run bench:page`.
 */
import { pathToFileURL } from 'node:url';
import { loadQuestionnaires } from '../src/lib/server/questionnaires';
import { questionEntries } from '../src/lib/questionnaire/questions';
import { shippedJs, type ShippedJs } from '../tests/harness/client-js';
import { scratchSqlite } from '../tests/harness/databases';
import { get } from '../tests/harness/http';
import { seedAssessments } from '../tests/harness/journey';
import { percentile } from '../tests/harness/pool';
import { assertBuilt, startServer } from '../tests/harness/server';

export const JS_BUDGET_GZIP = 50 * 1024;

export interface Ttfb {
	path: string;
	p50: number;
	p95: number;
}

export interface PageBenchResult {
	requests: number;
	home: Ttfb;
	modules: (Ttfb & { questions: number; p50Ratio: number })[];
	js: {
		path: string;
		files: number;
		bytes: number;
		gzip: number;
		brotli: number;
		largest: string[];
	}[];
	homeJsGzip: number;
}

/** Milliseconds until the response's headers arrive, then the body is read and dropped. */
async function firstByte(url: string, session: string | null): Promise<number> {
	const start = performance.now();
	const res = await fetch(url, {
		headers: session ? { cookie: `session=${session}` } : {},
		signal: AbortSignal.timeout(15_000)
	});
	const ms = performance.now() - start;
	await res.arrayBuffer();
	if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
	return ms;
}

const round = (n: number) => Number(n.toFixed(2));

export async function benchPages(options: { requests?: number } = {}): Promise<PageBenchResult> {
	const requests = options.requests ?? 200;
	assertBuilt();
	const scratch = scratchSqlite();
	try {
		const registry = loadQuestionnaires('questionnaires');
		const db = await scratch.open();
		const [seeded] = await seedAssessments(db, registry, 1);
		await db.destroy();
		const server = await startServer({ databaseUrl: scratch.url });
		try {
			const session = seeded.identity.session;
			// The first module, and the one with the most questions: the heaviest page to render.
			const largest = seeded.modules.reduce((a, b) =>
				questionEntries(b.module).length > questionEntries(a.module).length ? b : a
			);
			const pages = [...new Set([seeded.modules[0], largest])].map((m) => ({
				path: `/assessments/${seeded.assessmentId}/modules/${m.id}`,
				questions: questionEntries(m.module).length
			}));
			const times = new Map<string, number[]>([
				['/', []],
				...pages.map((p) => [p.path, []] as [string, number[]])
			]);
			for (let i = 0; i < 20; i++) {
				for (const path of times.keys()) await firstByte(server.origin + path, session);
			}
			// Taking turns, so that a busy moment on the machine falls on every page alike.
			for (let i = 0; i < requests; i++) {
				times.get('/')!.push(await firstByte(`${server.origin}/`, null));
				for (const p of pages)
					times.get(p.path)!.push(await firstByte(server.origin + p.path, session));
			}
			const ttfb = (path: string): Ttfb => {
				const sorted = times.get(path)!.sort((a, b) => a - b);
				return { path, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
			};
			const home = ttfb('/');
			const jsOf = async (path: string, withSession: boolean) => {
				const page = await get(server.origin, path, { session: withSession ? session : null });
				const js: ShippedJs = shippedJs(page.body, page.headers.get('link'), server.origin + path);
				const largest = js.files
					.toSorted((a, b) => b.gzip - a.gzip)
					.slice(0, 5)
					.map((f) => `${f.path} ${(f.gzip / 1024).toFixed(1)} KB`);
				const { bytes, gzip, brotli } = js;
				return { path, files: js.files.length, bytes, gzip, brotli, largest };
			};
			return {
				requests,
				home,
				modules: pages.map((p) => {
					const t = ttfb(p.path);
					return { ...t, questions: p.questions, p50Ratio: round(t.p50 / home.p50) };
				}),
				// Every module page is one route and loads the same files: one is enough.
				js: [await jsOf(pages[0].path, true)],
				homeJsGzip: (await jsOf('/', false)).gzip
			};
		} finally {
			await server.stop();
		}
	} finally {
		await scratch.drop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.log(JSON.stringify(await benchPages(), null, 2));
}
