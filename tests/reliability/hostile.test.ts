import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/index';
import { scratchSqlite, type ScratchDb } from '../harness/databases';
import { get, post, textsIn, type Reply } from '../harness/http';
import { fixedHostileBodies, hostileForm, type Hostile } from '../harness/hostile';
import { apiEndpoints, formActions, pathOf, type Endpoint } from '../harness/routes';
import { ANONYMOUS, seedAccount, seedGuest, type Identity } from '../harness/seed';
import { assertBuilt, startServer, type RunningServer } from '../harness/server';

// Failed log-ins are counted on purpose; every other table must not move on a refused request.
const COUNTED_ON_PURPOSE = new Set(['rate_limits', 'kysely_migration', 'kysely_migration_lock']);
const FAST_CHECK_RUNS = Number(process.env.HOSTILE_RUNS ?? 12);

let scratch: ScratchDb;
let db: Db;
let server: RunningServer;
let people: Record<'guest' | 'employer' | 'facilitator' | 'inspector' | 'admin', Identity>;
let params: Record<string, string>;

beforeAll(async () => {
	assertBuilt();
	scratch = scratchSqlite();
	db = await scratch.open();
	people = {
		guest: await seedGuest(db, 'Gość'),
		employer: await seedAccount(db, 'employer', 'pracodawca@firma.pl'),
		facilitator: await seedAccount(db, 'facilitator', 'prowadzacy@zwiazek.pl'),
		inspector: await seedAccount(db, 'inspector', 'inspektor@pip.gov.pl'),
		admin: await seedAccount(db, 'admin', 'admin@firma.pl')
	};
	params = {};
	server = await startServer({ databaseUrl: scratch.url });
});

afterAll(async () => {
	await server?.stop();
	await db?.destroy();
	await scratch?.drop();
});

/** Who can act at an endpoint, so that the body reaches the code that parses it. */
function ownerOf(endpoint: Endpoint): Identity {
	const path = endpoint.routeId.replace(/\/\([^)]*\)/g, '');
	if (path.startsWith('/admin')) return people.admin;
	if (path.startsWith('/workshops')) return people.facilitator;
	if (path.startsWith('/statistics') || path.startsWith('/api/statistics')) return people.inspector;
	if (path.startsWith('/account')) return people.employer;
	// Logging out would end the session the other cases use; a visitor's log-out reads no body.
	if (['/login', '/signup', '/logout', '/language'].includes(path)) return ANONYMOUS;
	return people.guest;
}

/** Rows per table, and the sum of assessment revisions (an update without an insert). */
async function fingerprint(): Promise<Record<string, number>> {
	const tables = (await db.introspection.getTables())
		.map((t) => t.name)
		.filter((name) => !COUNTED_ON_PURPOSE.has(name));
	const counts = sql.join(
		tables.map((t) => sql`select ${t} as name, count(*) as n from ${sql.table(t)}`),
		sql` union all `
	);
	const { rows } = await sql<{ name: string; n: number }>`${counts}`.execute(db);
	const print = Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
	if (tables.includes('assessments')) {
		const { rows: rev } = await sql<{
			r: number | null;
		}>`select sum(revision) as r from assessments`.execute(db);
		print['assessments.revision'] = Number(rev[0].r ?? 0);
	}
	return print;
}

function describeReply(reply: Reply): string {
	return `${reply.status} ${reply.kind} ${JSON.stringify(reply.data)?.slice(0, 300)} ${reply.body.slice(0, 300)}`;
}

function sizeOf(body: BodyInit): number {
	if (typeof body === 'string') return Buffer.byteLength(body);
	if (body instanceof Uint8Array) return body.length;
	return Number.POSITIVE_INFINITY;
}

/** The rule every hostile request must keep. */
async function expectClean(
	label: string,
	hostile: Hostile,
	reply: Reply,
	before: Record<string, number>,
	after: Record<string, number>
) {
	const context = `${label}: ${describeReply(reply)}\n${server.log().slice(-2000)}`;
	if (reply.kind === 'closed') {
		// Only for a body too large to be read in one go, sent to an action that has no use for
		// it: the server answered and closed early. It must have written nothing and live on.
		expect(sizeOf(hostile.body), context).toBeGreaterThan(64 * 1024);
		expect(after, `a request cut short wrote: ${context}`).toEqual(before);
		expect((await get(server.origin, '/api/health')).status).toBe(200);
		return;
	}
	expect(reply.status, context).toBeLessThan(500);
	if (reply.status >= 400) {
		if (reply.httpStatus === 200 || reply.kind === 'error') {
			expect(textsIn(reply.data).length, `no message in ${context}`).toBeGreaterThan(0);
		} else {
			expect(reply.body.length, `empty page in ${context}`).toBeGreaterThan(0);
		}
		expect(after, `a refused request wrote: ${context}`).toEqual(before);
	}
}

async function attack(endpoint: Endpoint, who: Identity, hostile: Hostile, enhanced: boolean) {
	const path = pathOf(endpoint, params);
	const before = await fingerprint();
	const reply = await post(server.origin, path, hostile.body, {
		session: who.session,
		enhanced,
		contentType: hostile.contentType,
		fresh: true
	});
	const after = await fingerprint();
	const mode = enhanced ? 'with JavaScript' : 'without JavaScript';
	await expectClean(
		`${hostile.label} to ${path} as ${who.role}, ${mode}`,
		hostile,
		reply,
		before,
		after
	);
	return reply;
}

const actions = formActions();
const posting = apiEndpoints().filter((e) => e.name !== 'GET');
const reading = apiEndpoints().filter((e) => e.name === 'GET');

describe('hostile bodies to every form action', () => {
	it('finds the actions in the route files', () => {
		const names = actions.map((a) => pathOf(a, new Proxy({}, { get: () => 'x' })));
		expect(names).toEqual(expect.arrayContaining(['/login', '/signup', '/logout', '/language']));
		expect(names).toEqual(expect.arrayContaining(['/start', '/account?/password', '/admin?/role']));
	});

	it.each(actions.map((a) => [`${a.routeId} ${a.name}`, a] as const))(
		'%s: 4xx with a message or a redirect, never a 5xx, nothing written',
		async (_name, endpoint) => {
			const owner = ownerOf(endpoint);
			for (const hostile of fixedHostileBodies(endpoint.fields)) {
				await attack(endpoint, owner, hostile, true);
			}
			for (const hostile of fixedHostileBodies(endpoint.fields).slice(0, 8)) {
				await attack(endpoint, owner, hostile, false);
			}
			await fc.assert(
				fc.asyncProperty(hostileForm(endpoint.fields), fc.boolean(), async (hostile, enhanced) => {
					await attack(endpoint, owner, hostile, enhanced);
				}),
				{ numRuns: FAST_CHECK_RUNS }
			);
		}
	);

	it('refuses every action to a visitor without a session, reading nothing', async () => {
		for (const endpoint of actions) {
			for (const hostile of fixedHostileBodies(endpoint.fields).slice(0, 4)) {
				await attack(endpoint, ANONYMOUS, hostile, true);
			}
		}
	});

	it('answers the reserved ?/default and an unknown action with a 4xx', async () => {
		const login = actions.find((a) => a.routeId.endsWith('/login'))!;
		const body = new URLSearchParams({ email: 'a@b.pl', password: 'x' });
		for (const suffix of ['?/default', '?/nothing']) {
			for (const enhanced of [true, false]) {
				const reply = await post(server.origin, `${pathOf(login, params)}${suffix}`, body, {
					enhanced
				});
				expect(reply.status, describeReply(reply)).toBeGreaterThanOrEqual(400);
				expect(reply.status, describeReply(reply)).toBeLessThan(500);
			}
		}
	});
});

describe('hostile requests to every API endpoint', () => {
	it.each(posting.map((e) => [`${e.routeId} ${e.name}`, e] as const))(
		'%s: never a 5xx, nothing written',
		async (_name, endpoint) => {
			for (const hostile of fixedHostileBodies(endpoint.fields)) {
				await attack(endpoint, ownerOf(endpoint), hostile, false);
			}
		}
	);

	it.each(reading.map((e) => [`${e.routeId} ${e.name}`, e] as const))(
		'%s: odd query strings get no 5xx',
		async (_name, endpoint) => {
			const path = pathOf(endpoint, params);
			const names = endpoint.fields.length ? endpoint.fields : ['q'];
			const queries = [
				'?%zz=%',
				`?${names.map((n) => `${n}=${'x'.repeat(2000)}`).join('&')}`,
				`?${Array.from({ length: 500 }, (_, i) => `${names[i % names.length]}=${i}`).join('&')}`,
				`?${names.map((n) => `${n}[]=1&${n}=__proto__`).join('&')}`
			];
			for (const query of queries) {
				const reply = await get(server.origin, path + query, {
					session: ownerOf(endpoint).session
				});
				expect(reply.status, `${path}${query.slice(0, 80)}: ${reply.body}`).toBeLessThan(500);
			}
		}
	);
});

describe('the request body size limit', () => {
	it('refuses a body over the limit with 413 before the app reads it', async () => {
		const login = actions.find((a) => a.routeId.endsWith('/login'))!;
		const reply = await attack(login, ANONYMOUS, fixedHostileBodies(['email'])[8], true);
		expect(reply.status).toBe(413);
	});
});
