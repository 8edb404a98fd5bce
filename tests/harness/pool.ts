/** Latency and throughput of one load phase. */
export interface LoadResult {
	clients: number;
	requests: number;
	failures: number;
	durationMs: number;
	/** Completed requests per second. */
	throughput: number;
	p50: number;
	p95: number;
	p99: number;
	/** The first few failures, for a message. */
	errors: string[];
	/** Every request's time in ms, ascending. */
	latencies: number[];
}

/** The p-th percentile (0-100) of ascending values, nearest rank. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface PoolOptions {
	/** How many requests are in flight at once; each client waits for its answer before the next. */
	clients: number;
	/** Stop starting requests after this long. */
	durationMs: number;
	/** And after this many in all, whichever comes first. */
	maxRequests?: number;
	/** A pause after each answer, 0.5-1.5 times this (a person reading), instead of none. */
	thinkMs?: number;
	/** One request by the given client; throws (or rejects) when it failed. */
	request: (client: number, sequence: number) => Promise<void>;
}

/**
 * A closed loop: `clients` workers each send a request, wait for its answer and send the next,
 * bounded by time and by count, so a slow server makes the run smaller, never longer.
 */
export async function runPool(options: PoolOptions): Promise<LoadResult> {
	const { clients, durationMs, request } = options;
	const maxRequests = options.maxRequests ?? Number.POSITIVE_INFINITY;
	let started = 0;
	const sequences = new Array<number>(clients).fill(0);
	const latencies: number[] = [];
	const errors: string[] = [];
	let failures = 0;
	const t0 = performance.now();
	const deadline = t0 + durationMs;
	const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
	const worker = async (client: number) => {
		// Paced clients start spread over one pause, as people do, not all in the same instant.
		if (options.thinkMs) await pause(Math.random() * options.thinkMs);
		while (performance.now() < deadline && started < maxRequests) {
			started++;
			const s = performance.now();
			try {
				await request(client, sequences[client]++);
				latencies.push(performance.now() - s);
			} catch (e) {
				failures++;
				if (errors.length < 5) errors.push(e instanceof Error ? e.message : String(e));
			}
			if (options.thinkMs) await pause(options.thinkMs * (0.5 + Math.random()));
		}
	};
	await Promise.all(Array.from({ length: clients }, (_, c) => worker(c)));
	const elapsed = performance.now() - t0;
	latencies.sort((a, b) => a - b);
	return {
		clients,
		requests: latencies.length,
		failures,
		durationMs: elapsed,
		throughput: (latencies.length * 1000) / elapsed,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		errors,
		latencies
	};
}

/** Phases of the same load as one: their requests over their summed time. */
export function combine(results: LoadResult[]): LoadResult {
	const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
	const durationMs = results.reduce((t, r) => t + r.durationMs, 0);
	return {
		clients: results[0].clients,
		requests: latencies.length,
		failures: results.reduce((t, r) => t + r.failures, 0),
		durationMs,
		throughput: (latencies.length * 1000) / durationMs,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		errors: results.flatMap((r) => r.errors).slice(0, 5),
		latencies
	};
}
