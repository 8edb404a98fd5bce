/**
 * Every benchmark in turn, one command: `npm run bench` (add `-- --full` for the 100k
 * aggregates size, `-- --only save,page` for some). Figures are ratios to baselines measured
 * in the same run, since these machines are shared and noisy. Writes bench/out/results.json
 * and prints a short table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { scratchEngines } from '../tests/harness/databases';
import { ROOT } from '../tests/harness/server';
import { benchPages, JS_BUDGET_GZIP, type PageBenchResult } from './page.bench';
import { benchAnswerSaves, type SaveBenchResult } from './save.bench';
import {
	benchExists,
	parseAggregates,
	parsePdf,
	parseScoring,
	spawnBench,
	type Spawned
} from './subprocess';

const argv = process.argv.slice(2);
const full = argv.includes('--full');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1]?.split(',')) : null;
const wanted = (name: string) => !only || only.has(name);
const aggregateSizes = full ? [1000, 10_000, 100_000] : [1000, 10_000];

function machine() {
	const cpu = readFileSync('/proc/cpuinfo', 'utf8');
	return {
		cpus: availableParallelism(),
		cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpu)?.[1] ?? 'unknown',
		memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
		node: process.version,
		loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2)))
	};
}

interface Row {
	benchmark: string;
	figure: string;
	value: string;
	goal?: string;
	met?: boolean;
}

const rows: Row[] = [];
const log = (s: string) => console.error(`· ${s}`);
const x = (n: number) => `${n.toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const engineName = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

function saveRows(r: SaveBenchResult) {
	for (const c of r.closedLoop) {
		const bench = `answer save, ${engineName[r.engine]}, ${c.clients} clients`;
		const at50 = c.clients === 50;
		rows.push(
			{
				benchmark: bench,
				figure: `throughput ÷ /api/health (${c.save.throughput}/s vs ${c.baseline.throughput}/s)`,
				value: x(c.throughputRatio),
				...(at50 ? { goal: '≥ 0.50×', met: c.throughputRatio >= 0.5 } : {})
			},
			{
				benchmark: bench,
				figure: `p50 / p95 / p99 ms (baseline p95 ${c.baseline.p95})`,
				value: `${c.save.p50} / ${c.save.p95} / ${c.save.p99}`,
				...(at50 ? { goal: 'p95 < 25 ms', met: c.save.p95 < 25 } : {})
			}
		);
		rows.push({
			benchmark: bench,
			figure: `server CPU per save ÷ per /api/health (${c.save.serverCpuMs} ms vs ${c.baseline.serverCpuMs} ms)`,
			value: x(c.cpuRatio)
		});
		if (c.save.failures + c.baseline.failures > 0) {
			rows.push({ benchmark: bench, figure: 'failed requests', value: String(c.save.failures) });
		}
	}
	const p = r.paced;
	rows.push({
		benchmark: `answer save, ${engineName[r.engine]}, ${p.clients} clients, ~${p.thinkMs} ms apart`,
		figure: `p50 / p95 / p99 ms (baseline p95 ${p.baseline.p95})`,
		value: `${p.save.p50} / ${p.save.p95} / ${p.save.p99}`,
		goal: 'p95 < 25 ms',
		met: p.save.p95 < 25
	});
}

function pageRows(r: PageBenchResult) {
	for (const m of r.modules) {
		rows.push({
			benchmark: `module page TTFB (${m.questions} questions)`,
			figure: `p50 ÷ home page p50 (${m.p50} ms vs ${r.home.p50} ms)`,
			value: x(m.p50Ratio)
		});
	}
	for (const js of r.js) {
		rows.push({
			benchmark: 'questionnaire page JavaScript',
			figure: `gzip, ${js.files} files (brotli ${kb(js.brotli)}; home page gzip ${kb(r.homeJsGzip)})`,
			value: kb(js.gzip),
			goal: '< 50 KB',
			met: js.gzip < JS_BUDGET_GZIP
		});
	}
}

function spawnedRows(name: string, s: Spawned, parsed: unknown) {
	if (s.code !== 0 || !parsed) {
		rows.push({ benchmark: name, figure: 'did not run cleanly', value: `exit ${s.code}` });
	}
}

const results: Record<string, unknown> & { machine: ReturnType<typeof machine> } = {
	date: new Date().toISOString(),
	command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
	machine: machine()
};
const started = performance.now();

if (wanted('save')) {
	const saves: SaveBenchResult[] = [];
	for (const engine of scratchEngines()) {
		const r = await benchAnswerSaves(engine, { log });
		saves.push(r);
		saveRows(r);
	}
	results.answerSave = saves;
}

if (wanted('page')) {
	log('page render and client JavaScript');
	const r = await benchPages();
	results.pages = r;
	pageRows(r);
}

if (wanted('scoring')) {
	log('scoring (bench/scoring.bench.ts)');
	const s = await spawnBench('bench/scoring.bench.ts', [], 5 * 60_000);
	const parsed = parseScoring(s.output);
	results.scoring = { ...s, parsed };
	for (const p of parsed) {
		rows.push({
			benchmark: 'scoring',
			figure: `${p.name}: time ÷ walking the answers`,
			value: x(p.timeRatio)
		});
	}
	spawnedRows('scoring', s, parsed.length > 0);
}

if (wanted('pdf')) {
	if (!benchExists('bench/pdf.bench.ts')) {
		results.pdf = { skipped: 'bench/pdf.bench.ts is not in this checkout' };
	} else {
		log('PDF (bench/pdf.bench.ts)');
		const s = await spawnBench('bench/pdf.bench.ts', [], 5 * 60_000);
		const parsed = parsePdf(s.output);
		results.pdf = { ...s, parsed };
		if (parsed) {
			rows.push(
				{
					benchmark: 'PDF action plan',
					figure: 'time ÷ an empty page with the fonts',
					value: x(parsed.timeRatio)
				},
				{
					benchmark: 'PDF action plan',
					figure: 'size ÷ an empty page with the fonts',
					value: x(parsed.sizeRatio)
				}
			);
		}
		spawnedRows('PDF', s, parsed);
	}
}

if (wanted('aggregates')) {
	if (!benchExists('bench/aggregates.bench.ts')) {
		results.aggregates = { skipped: 'bench/aggregates.bench.ts is not in this checkout' };
	} else {
		const args = ['--sizes', aggregateSizes.join(',')];
		log(`aggregates at ${aggregateSizes.join(', ')} assessments (bench/aggregates.bench.ts)`);
		const s = await spawnBench('bench/aggregates.bench.ts', args, 60 * 60_000);
		const parsed = parseAggregates(s.output);
		results.aggregates = { ...s, parsed };
		let previous: (typeof parsed)[number] | null = null;
		for (const p of parsed) {
			if (!p.slowest) continue;
			const growth = previous?.slowest
				? ` (${x(p.slowest.ms / previous.slowest.ms)} the ${previous.size} time)`
				: '';
			rows.push({
				benchmark: `aggregates, ${p.size} assessments`,
				figure: `slowest table ${p.slowest.name}: ${p.slowest.ms} ms${growth}`,
				value: `${x(p.slowest.countRatio)} count(*), ${x(p.slowest.scanRatio)} a full scan`
			});
			previous = p;
		}
		spawnedRows('aggregates', s, parsed.length > 0);
	}
}

results.seconds = Number(((performance.now() - started) / 1000).toFixed(0));
results.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
results.table = rows;
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const widths = [38, 58, 24, 12];
const line = (cells: string[]) =>
	cells
		.map((c, i) => c.padEnd(widths[i]))
		.join(' ')
		.trimEnd();
console.log(line(['benchmark', 'figure', 'value', 'goal', 'met']));
for (const r of rows) {
	const met = r.met === undefined ? '' : r.met ? 'yes' : 'NO';
	console.log(line([r.benchmark, r.figure, r.value, r.goal ?? '', met]));
}
const load = (l: number[]) => l.join(', ');
console.log(
	`\nLoad average ${load(results.machine.loadAverageAtStart)} at the start, ${load(results.loadAverageAtEnd as number[])} at the end (${results.machine.cpus} CPUs).`
);
console.log(`bench/out/results.json written in ${results.seconds} s.`);
