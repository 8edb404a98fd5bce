/**
 * A small HTTP client for the built server, as a browser would use it: form posts with the
 * Origin header SvelteKit's CSRF check wants, the session cookie, and SvelteKit's action
 * replies (`x-sveltekit-action`) decoded. Loopback only: every URL is built from an origin
 * the harness started.
 */
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { LOOPBACK } from './server';

const SPECIAL: Record<number, unknown> = {
	[-1]: undefined,
	[-3]: Number.NaN,
	[-4]: Number.POSITIVE_INFINITY,
	[-5]: Number.NEGATIVE_INFINITY,
	[-6]: -0
};

/**
 * Decodes devalue's format, which SvelteKit uses for action data: a flat JSON array in which
 * objects and arrays point at other entries by index. Plain objects, arrays and primitives
 * are all an action here returns; anything richer (a Date, a Map) is refused, not guessed.
 */
export function decodeDevalue(serialized: string): unknown {
	const values = JSON.parse(serialized) as unknown;
	if (typeof values === 'number') return SPECIAL[values];
	if (!Array.isArray(values)) throw new Error('not devalue output');
	const done = new Map<number, unknown>();
	const hydrate = (index: number): unknown => {
		if (index < 0) return SPECIAL[index];
		if (done.has(index)) return done.get(index);
		const value = values[index] as unknown;
		if (value === null || typeof value !== 'object') return value;
		if (Array.isArray(value)) {
			if (typeof value[0] === 'string') throw new Error(`unsupported devalue type ${value[0]}`);
			const out: unknown[] = [];
			done.set(index, out);
			for (const i of value as number[]) out.push(hydrate(i));
			return out;
		}
		const out: Record<string, unknown> = {};
		done.set(index, out);
		for (const [key, i] of Object.entries(value as Record<string, number>)) out[key] = hydrate(i);
		return out;
	};
	return hydrate(0);
}

export interface Reply {
	/** The status the request really meant: an enhanced action's own status, else the HTTP one. */
	status: number;
	httpStatus: number;
	/** `closed`: the connection ended before any reply (status 0); only on a fresh connection. */
	kind: 'success' | 'failure' | 'redirect' | 'error' | 'page' | 'closed';
	data: unknown;
	location: string | null;
	body: string;
	/** The session token the reply set, '' when it cleared it, null when it left it alone. */
	session: string | null;
}

function sessionFrom(headers: Headers): string | null {
	for (const cookie of headers.getSetCookie()) {
		const match = /^session=([^;]*)/.exec(cookie);
		if (match) return match[1];
	}
	return null;
}

export interface RequestOptions {
	session?: string | null;
	/** As `use:enhance` sends it (a JSON reply); false for a browser without JavaScript. */
	enhanced?: boolean;
	contentType?: string;
	headers?: Record<string, string>;
	timeoutMs?: number;
	/**
	 * A connection of its own, through node:http. fetch (undici) on a kept-alive connection can
	 * miss a reply that the server sends before it has read a large body (an action that never
	 * reads its body), and then waits for the server's keep-alive timeout: a client quirk that
	 * would hide what the server answered.
	 */
	fresh?: boolean;
}

interface RawReply {
	status: number;
	headers: Headers;
	text: string;
}

async function viaFetch(url: string, body: BodyInit, headers: Record<string, string>, ms: number) {
	const res = await fetch(url, {
		method: 'POST',
		body,
		headers,
		redirect: 'manual',
		signal: AbortSignal.timeout(ms),
		// A streamed body (no Content-Length) has to say so.
		...(body instanceof ReadableStream ? { duplex: 'half' } : {})
	} as RequestInit);
	return { status: res.status, headers: res.headers, text: await res.text() };
}

function viaNodeHttp(
	url: string,
	body: BodyInit,
	headers: Record<string, string>,
	ms: number
): Promise<RawReply> {
	const payload =
		body instanceof ReadableStream
			? Readable.fromWeb(body as import('node:stream/web').ReadableStream)
			: body instanceof URLSearchParams
				? body.toString()
				: body;
	if (body instanceof URLSearchParams) {
		headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8';
	} else if (typeof payload === 'string' || payload instanceof Uint8Array) {
		headers['content-length'] = String(Buffer.byteLength(payload));
		headers['content-type'] ??= 'text/plain;charset=UTF-8';
	} else if (!(payload instanceof Readable)) {
		throw new Error('a fresh connection takes a string, bytes, a stream or URLSearchParams');
	}
	return new Promise((resolve, reject) => {
		let answered = false;
		const req = httpRequest(url, { method: 'POST', headers, agent: false }, (res) => {
			answered = true;
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('error', reject);
			res.on('end', () => {
				clearTimeout(timer);
				const out = new Headers();
				for (const [name, value] of Object.entries(res.headers)) {
					for (const v of [value ?? []].flat()) out.append(name, v);
				}
				resolve({
					status: res.statusCode ?? 0,
					headers: out,
					text: Buffer.concat(chunks).toString()
				});
			});
		});
		const timer = setTimeout(() => req.destroy(new Error(`no reply within ${ms} ms`)), ms);
		req.on('error', (e: NodeJS.ErrnoException) => {
			if (answered) return;
			clearTimeout(timer);
			// The server answered and closed before reading a body it had no use for; TCP then
			// resets the connection and may drop the answer. Status 0 says exactly that.
			if (e.code === 'ECONNRESET' || e.code === 'EPIPE') {
				resolve({ status: 0, headers: new Headers(), text: '' });
			} else reject(e);
		});
		if (payload instanceof Readable) payload.pipe(req);
		else req.end(payload);
	});
}

function assertLoopback(origin: string): void {
	if (new URL(origin).hostname !== LOOPBACK) throw new Error(`refusing to call ${origin}`);
}

export async function get(origin: string, path: string, options: RequestOptions = {}) {
	assertLoopback(origin);
	const res = await fetch(origin + path, {
		redirect: 'manual',
		headers: { ...(options.session ? { cookie: `session=${options.session}` } : {}) },
		signal: AbortSignal.timeout(options.timeoutMs ?? 15_000)
	});
	return {
		status: res.status,
		body: await res.text(),
		location: res.headers.get('location'),
		headers: res.headers
	};
}

/** Posts a form (or any body) to a path on the server and reads the reply the way the page would. */
export async function post(
	origin: string,
	path: string,
	body: BodyInit,
	options: RequestOptions = {}
): Promise<Reply> {
	assertLoopback(origin);
	const enhanced = options.enhanced ?? true;
	const headers: Record<string, string> = {
		origin,
		accept: enhanced ? 'application/json' : 'text/html',
		...(enhanced ? { 'x-sveltekit-action': 'true' } : {}),
		...(options.session ? { cookie: `session=${options.session}` } : {}),
		...(options.contentType ? { 'content-type': options.contentType } : {}),
		...options.headers
	};
	const send = options.fresh ? viaNodeHttp : viaFetch;
	const res = await send(origin + path, body, headers, options.timeoutMs ?? 15_000);
	const text = res.text;
	const reply: Reply = {
		status: res.status,
		httpStatus: res.status,
		kind: 'page',
		data: null,
		location: res.headers.get('location'),
		body: text,
		session: sessionFrom(res.headers)
	};
	if (res.status === 0) reply.kind = 'closed';
	if (res.status >= 300 && res.status < 400) reply.kind = 'redirect';
	if (!(res.headers.get('content-type') ?? '').includes('application/json')) return reply;
	const json = JSON.parse(text) as {
		type?: Reply['kind'];
		status?: number;
		data?: string;
		location?: string;
		error?: unknown;
		message?: unknown;
	};
	if (json.type === 'success' || json.type === 'failure') {
		reply.kind = json.type;
		reply.status = json.status ?? res.status;
		reply.data = json.data === undefined ? null : decodeDevalue(json.data);
	} else if (json.type === 'redirect') {
		reply.kind = 'redirect';
		reply.status = json.status ?? res.status;
		reply.location = json.location ?? null;
	} else {
		reply.kind = 'error';
		reply.data = json.error ?? json;
	}
	return reply;
}

/** Every text in a reply's data: a person-readable message must be among them. */
export function textsIn(value: unknown): string[] {
	if (typeof value === 'string') return value.trim() ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(textsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
	return [];
}
