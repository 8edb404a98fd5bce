import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires';
import { questionEntries } from '../../src/lib/questionnaire/questions';
import type { Db } from '../../src/lib/server/db';
import { createResumeLink } from '../../src/lib/server/accounts';
import { createSupplier } from '../../src/lib/server/suppliers';
import { createdWorkshop, joined, newWorkshop } from '../../src/lib/server/workshops/test-helpers';
import { scratchSqlite, type ScratchDb } from '../harness/databases';
import { get, post, textsIn, type Reply } from '../harness/http';
import {
	encodeForm,
	fixedHostileBodies,
	hostileParts,
	type Hostile,
	type Part
} from '../harness/hostile';
import { seedAssessments, seedSubmitted, type SeededAssessment } from '../harness/journey';
import { apiEndpoints, formActions, pathOf, queryPages, type Endpoint } from '../harness/routes';
import { ANONYMOUS, seedAccount, seedGuest, type Identity } from '../harness/seed';
import { assertBuilt, startServer, type RunningServer } from '../harness/server';

// Failed log-ins are counted on purpose; every other table must not move on a refused request.
const COUNTED_ON_PURPOSE = new Set(['rate_limits', 'kysely_migration', 'kysely_migration_lock']);
const FAST_CHECK_RUNS = Number(process.env.HOSTILE_RUNS ?? 12);

let scratch: ScratchDb;
let db: Db;
let server: RunningServer;
let people: Record<
	| 'guest'
	| 'submitter'
	| 'leaver'
	| 'participant'
	| 'joiner'
	| 'employer'
	| 'facilitator'
	| 'inspector'
	| 'admin',
	Identity
>;
let workshop: { id: string; joinCode: string };
let draft: SeededAssessment;
let submitted: SeededAssessment;
let supplierId: string;
let resumeToken: string;
let actionItemId: string;
let questionIds: string[];

beforeAll(async () => {
	assertBuilt();
	scratch = scratchSqlite();
	db = await scratch.open();
	const registry = loadQuestionnaires('questionnaires');
	[draft] = await seedAssessments(db, registry, 1);
	submitted = await seedSubmitted(db, registry);
	const supplierModule = registry.latestOf('supplier')!;
	supplierId = await createSupplier(db, {
		organisationId: submitted.identity.organisationId!,
		details: { name: 'Agencja Pracy', kind: 'employment_agency', country: 'PL', krazNumber: null },
		module: supplierModule
	});
	const other = await seedGuest(db, 'Inny gość');
	resumeToken = await createResumeLink(db, other.userId!);
	people = {
		guest: draft.identity,
		submitter: submitted.identity,
		// Deleting one's data is an action too: a guest of its own, should a body ever confirm it.
		leaver: await seedGuest(db, 'Odchodzący'),
		// One who has joined the workshop, and one who may join it (a join that succeeds writes).
		participant: await seedGuest(db, 'Uczestnik'),
		joiner: await seedGuest(db, 'Dołączający'),
		employer: await seedAccount(db, 'employer', 'pracodawca@firma.pl'),
		facilitator: await seedAccount(db, 'facilitator', 'prowadzacy@zwiazek.pl'),
		inspector: await seedAccount(db, 'inspector', 'inspektor@pip.gov.pl'),
		admin: await seedAccount(db, 'admin', 'admin@firma.pl')
	};
	workshop = await createdWorkshop(db, people.facilitator.userId!, newWorkshop());
	await joined(db, workshop.joinCode, people.participant.organisationId!, 'Sad', false);
	questionIds = questionEntries(draft.modules[0].module).map((e) => e.question.id);
	server = await startServer({ databaseUrl: scratch.url });
	// The plan page makes its action items on first view; a person has seen it before acting.
	const plan = await get(server.origin, `/assessments/${submitted.assessmentId}/plan`, {
		session: submitted.identity.session
	});
	expect(plan.status).toBe(200);
	const item = await db
		.selectFrom('action_items')
		.select('id')
		.where('assessment_id', '=', submitted.assessmentId)
		.executeTakeFirstOrThrow();
	actionItemId = item.id;
});

afterAll(async () => {
	await server?.stop();
	await db?.destroy();
	await scratch?.drop();
});

const plain = (endpoint: Endpoint) => endpoint.routeId.replace(/\/\([^)]*\)/g, '');
const usesSubmitted = (path: string) => /^\/assessments\/\[id\]\/(plan|action-plan)/.test(path);

/** Who can act at an endpoint, so that the body reaches the code that parses it. */
function ownerOf(endpoint: Endpoint): Identity {
	const path = plain(endpoint);
	if (usesSubmitted(path) || path.startsWith('/suppliers')) return people.submitter;
	if (path.startsWith('/my-data')) return people.leaver;
	if (path.startsWith('/joined/')) return people.participant;
	if (path.startsWith('/join')) return people.joiner;
	if (path.startsWith('/api/workshops')) return people.facilitator;
	if (path.startsWith('/admin')) return people.admin;
	if (path.startsWith('/workshops')) return people.facilitator;
	if (path.startsWith('/statistics') || path.startsWith('/api/statistics')) return people.inspector;
	if (path.startsWith('/account')) return people.employer;
	// Logging out, or resuming another guest's work, would end the session the other cases use.
	if (['/login', '/signup', '/logout', '/language'].includes(path)) return ANONYMOUS;
	if (path.startsWith('/resume/')) return ANONYMOUS;
	return people.guest;
}

/** Real ids for the route's parameters, so that each request gets past its lookup. */
function paramsOf(endpoint: Endpoint): Record<string, string> {
	const path = plain(endpoint);
	const id = path.startsWith('/suppliers')
		? supplierId
		: /^\/(api\/)?(workshops|joined)\//.test(path)
			? workshop.id
			: usesSubmitted(path)
				? submitted.assessmentId
				: draft.assessmentId;
	return { id, module: draft.modules[0].id, token: resumeToken, code: workshop.joinCode };
}

/** The fields worth confusing: what the route mentions, and a module page's question ids. */
function fieldsOf(endpoint: Endpoint): string[] {
	return endpoint.routeId.includes('[module]')
		? [...endpoint.fields, ...questionIds]
		: endpoint.fields;
}

/**
 * The fields a form needs to get past its first check (the revision it was loaded at), so
 * that confused answers reach the code behind it; empty for forms that have none.
 */
async function validBase(endpoint: Endpoint): Promise<Part[]> {
	const stored = await db
		.selectFrom('assessments')
		.select('revision')
		.where('id', '=', draft.assessmentId)
		.executeTakeFirstOrThrow();
	const revision = String(stored.revision);
	if (endpoint.name === 'save')
		return [
			['_revision', revision],
			['_next', 'autosave']
		];
	if (endpoint.name === 'submit') return [['revision', revision]];
	if (endpoint.name === 'update') return [['id', actionItemId]];
	if (endpoint.name === 'upgrade')
		return [
			['assessment', draft.assessmentId],
			['revision', revision]
		];
	return [];
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
	errorsBefore: number,
	hostile: Hostile,
	reply: Reply,
	before: Record<string, number>,
	after: Record<string, number>
) {
	const context = `${label}: ${describeReply(reply)}\n${server.log().slice(-2000)}`;
	if (reply.kind === 'closed') {
		// Only for a body too large to be read in one go, sent to an action that has no use for
		// it: the server answered and closed early, and TCP lost the answer. Whatever it was (it
		// may have been a success that wrote), it was no 5xx, and the server lives on.
		expect(sizeOf(hostile.body), context).toBeGreaterThan(64 * 1024);
		expect(server.serverErrors(), context).toBe(errorsBefore);
		expect((await get(server.origin, '/api/health')).status).toBe(200);
		return;
	}
	expect(reply.status, context).toBeLessThan(500);
	expect(server.serverErrors(), context).toBe(errorsBefore);
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
	const path = pathOf(endpoint, paramsOf(endpoint));
	const before = await fingerprint();
	const errorsBefore = server.serverErrors();
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
		errorsBefore,
		hostile,
		reply,
		before,
		after
	);
	return reply;
}

const actions = formActions();
const posting = apiEndpoints().filter((e) => e.name !== 'GET');
const reading = [...apiEndpoints().filter((e) => e.name === 'GET'), ...queryPages()];

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
			for (const hostile of fixedHostileBodies(fieldsOf(endpoint))) {
				await attack(endpoint, owner, hostile, true);
			}
			for (const hostile of fixedHostileBodies(fieldsOf(endpoint)).slice(0, 8)) {
				await attack(endpoint, owner, hostile, false);
			}
			await fc.assert(
				fc.asyncProperty(
					hostileParts(fieldsOf(endpoint)),
					fc.boolean(),
					fc.boolean(),
					async (form, enhanced, withBase) => {
						const base = withBase ? await validBase(endpoint) : [];
						const hostile = encodeForm([...base, ...form.parts], form.multipartEncoding);
						await attack(endpoint, owner, hostile, enhanced);
					}
				),
				{ numRuns: FAST_CHECK_RUNS }
			);
		}
	);

	it('refuses every action to a visitor without a session, reading nothing', async () => {
		for (const endpoint of actions) {
			for (const hostile of fixedHostileBodies(fieldsOf(endpoint)).slice(0, 4)) {
				await attack(endpoint, ANONYMOUS, hostile, true);
			}
		}
	});

	it('answers the reserved ?/default and an unknown action with a 4xx', async () => {
		const login = actions.find((a) => a.routeId.endsWith('/login'))!;
		const body = new URLSearchParams({ email: 'a@b.pl', password: 'x' });
		for (const suffix of ['?/default', '?/nothing']) {
			for (const enhanced of [true, false]) {
				const reply = await post(
					server.origin,
					`${pathOf(login, paramsOf(login))}${suffix}`,
					body,
					{
						enhanced
					}
				);
				expect(reply.status, describeReply(reply)).toBeGreaterThanOrEqual(400);
				expect(reply.status, describeReply(reply)).toBeLessThan(500);
			}
		}
	});
});

describe('hostile requests to every API endpoint, and to pages that read their query', () => {
	it.each(posting.map((e) => [`${e.routeId} ${e.name}`, e] as const))(
		'%s: never a 5xx, nothing written',
		async (_name, endpoint) => {
			for (const hostile of fixedHostileBodies(fieldsOf(endpoint))) {
				await attack(endpoint, ownerOf(endpoint), hostile, false);
			}
		}
	);

	it.each(reading.map((e) => [`${e.routeId} ${e.name}`, e] as const))(
		'%s: odd query strings get no 5xx',
		async (_name, endpoint) => {
			const path = pathOf(endpoint, paramsOf(endpoint));
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
	it('refuses a body over the limit with 413 and a message, announced or streamed', async () => {
		const login = actions.find((a) => a.routeId.endsWith('/login'))!;
		const oversized = fixedHostileBodies(['email']).filter((h) => h.label.includes('1 MB'));
		expect(oversized).toHaveLength(2);
		for (const hostile of oversized) {
			const reply = await attack(login, ANONYMOUS, hostile, true);
			expect(reply.status, hostile.label).toBe(413);
			expect(textsIn(reply.data).length, hostile.label).toBeGreaterThan(0);
		}
	});
});
