import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Every request the harness makes goes to this address and no other.
export const LOOPBACK = '127.0.0.1';

function newestChange(dir: string): { file: string; ms: number } {
	let newest = { file: dir, ms: 0 };
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const ms = statSync(file).mtimeMs;
		if (ms > newest.ms) newest = { file, ms };
	}
	return newest;
}

/** Tests of the built server are only worth their time on a build of the code they sit beside. */
export function assertBuilt(): void {
	const entry = join(ROOT, 'build/index.js');
	if (!existsSync(entry)) throw new Error('No production build: run `npm run build` first.');
	const built = statSync(entry).mtimeMs;
	for (const dir of ['src/routes', 'src/lib', 'src/vite', 'messages']) {
		const newest = newestChange(join(ROOT, dir));
		if (
			newest.ms > built &&
			!newest.file.includes('/paraglide/') &&
			!newest.file.endsWith('.test.ts')
		) {
			throw new Error(`The build is older than ${newest.file}: run \`npm run build\` first.`);
		}
	}
}

/** A port nobody listens on right now, on the loopback address. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, LOOPBACK, () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

// USER_HZ: 100 on Linux on every architecture Node runs on.
const CLOCK_TICKS = 100;

export interface RunningServer {
	origin: string;
	port: number;
	child: ChildProcess;
	/** The last lines the server printed, for a failing test's message. */
	log(): string;
	/** How many responses with a 5xx status the server has logged since it started. */
	serverErrors(): number;
	/**
	 * CPU time the server process has used so far, in ms (user + system, from /proc). Unlike
	 * wall time, it hardly depends on what else the machine is doing.
	 */
	cpuMs(): number;
	/** Stops it gently (SIGTERM) or hard (SIGKILL: no chance to finish anything). */
	stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export interface ServerOptions {
	databaseUrl: string;
	port?: number;
	env?: Record<string, string>;
	/** Options for node itself, e.g. --cpu-prof to see where a benchmark's time goes. */
	nodeArgs?: string[];
	/** How long to wait for the first healthy answer. */
	readyTimeoutMs?: number;
}

/** Starts `node build/index.js` on the loopback address and waits until /api/health answers. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const port = options.port ?? (await freePort());
	const origin = `http://${LOOPBACK}:${port}`;
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'build/index.js'], {
		cwd: ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST: LOOPBACK,
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_URL: options.databaseUrl,
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const lines: string[] = [];
	let serverErrors = 0;
	const keep = (chunk: Buffer) => {
		const fresh = chunk.toString().split('\n');
		// SvelteKit logs every error response as "[status] METHOD /path".
		serverErrors += fresh.filter((line) => /\[5\d\d\] [A-Z]+ \//.test(line)).length;
		lines.push(...fresh);
		if (lines.length > 200) lines.splice(0, lines.length - 200);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const server: RunningServer = {
		origin,
		port,
		child,
		log: () => lines.join('\n'),
		serverErrors: () => serverErrors,
		cpuMs: () => {
			// Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name.
			const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
		},
		async stop(signal = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
	const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`The server exited with ${child.exitCode}:\n${server.log()}`);
		}
		try {
			const res = await fetch(`${origin}/api/health`);
			if (res.ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	await server.stop('SIGKILL');
	throw new Error(`The server did not answer within the time allowed:\n${server.log()}`);
}
