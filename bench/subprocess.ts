/**
 * The benchmarks others wrote run as they are, in a process of their own; their printed
 * figures are read back here, and kept verbatim when their format is not recognised.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/harness/server';

export interface Spawned {
	file: string;
	command: string;
	code: number | null;
	seconds: number;
	output: string;
}

export function benchExists(file: string): boolean {
	return existsSync(join(ROOT, file));
}

export function spawnBench(file: string, args: string[], timeoutMs: number): Promise<Spawned> {
	const started = performance.now();
	const command = `npx tsx ${file}${args.length ? ` ${args.join(' ')}` : ''}`;
	return new Promise((resolve) => {
		const child = spawn('npx', ['tsx', file, ...args], { cwd: ROOT, env: process.env });
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		const timer = setTimeout(() => {
			output += `\n(stopped after ${timeoutMs / 1000} s)`;
			child.kill('SIGTERM');
		}, timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
			resolve({ file, command, code, seconds, output });
		});
	});
}

/** bench/scoring.bench.ts: "assess   12,345 ops/s   3.2× the baseline's time". */
export function parseScoring(output: string) {
	return [...output.matchAll(/^(.+?)\s{2,}([\d,]+) ops\/s\s+([\d.]+)× the baseline's time/gm)].map(
		(m) => ({
			name: m[1].trim(),
			opsPerSecond: Number(m[2].replaceAll(',', '')),
			timeRatio: Number(m[3])
		})
	);
}

/** bench/pdf.bench.ts: a console.table whose "plan ÷ baseline" row holds the two ratios. */
export function parsePdf(output: string) {
	const row = /plan ÷ baseline.*?×\s*([\d.]+).*?×\s*([\d.]+)/.exec(output);
	const plan = /│ action plan\s*│\s*(\d+)\s*│\s*'([\d.]+) ms'\s*│\s*'([\d.]+) KB'/.exec(output);
	if (!row) return null;
	return {
		timeRatio: Number(row[1]),
		sizeRatio: Number(row[2]),
		...(plan ? { pages: Number(plan[1]), ms: Number(plan[2]), kb: Number(plan[3]) } : {})
	};
}

interface AggregateTable {
	name: string;
	ms: number;
	/** CPU time, when the benchmark prints it. */
	cpuMs: number | null;
	countRatio: number;
	scanRatio: number;
}

/** A table line: a name (words, "×"), then ms, optionally CPU ms, then the two ratios. */
function tableLine(line: string): AggregateTable | null {
	const tokens = line.trim().split(/\s+/);
	let i = tokens.length;
	while (i > 0 && /^\d+(\.\d+)?$/.test(tokens[i - 1])) i--;
	const numbers = tokens.slice(i).map(Number);
	if (i === 0 || (numbers.length !== 3 && numbers.length !== 4)) return null;
	const [ms, ...rest] = numbers;
	const cpuMs = numbers.length === 4 ? rest.shift()! : null;
	return { name: tokens.slice(0, i).join(' '), ms, cpuMs, countRatio: rest[0], scanRatio: rest[1] };
}

/** bench/aggregates.bench.ts: per size, a table of "name  ms  [cpu ms]  ×count(*)  ×scan". */
export function parseAggregates(output: string) {
	const blocks = output.split(/^(?=\d+ assessments)/m).slice(1);
	return blocks.map((block) => {
		const size = Number(/^(\d+) assessments/.exec(block)?.[1]);
		const seedSeconds = Number(/seeded in ([\d.]+) s/.exec(block)?.[1] ?? Number.NaN);
		const tables = block
			.split('\n')
			.map(tableLine)
			.filter((t): t is AggregateTable => t !== null);
		const slowest = tables.reduce<AggregateTable | null>(
			(a, b) => (!a || b.ms > a.ms ? b : a),
			null
		);
		return { size, seedSeconds, tables: tables.length, slowest };
	});
}
