import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// For a load balancer or a monitor: the process is up and answering. It reads no database,
// which also makes it the benchmarks' baseline for what SvelteKit alone costs per request.
export const GET = (() =>
	json({ ok: true }, { headers: { 'cache-control': 'no-store' } })) satisfies RequestHandler;
