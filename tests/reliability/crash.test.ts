import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires';
import type { Db } from '../../src/lib/server/db';
import { scratchSqlite, type ScratchDb } from '../harness/databases';
import {
	AssessmentClient,
	problemsOf,
	seedAssessments,
	storedAssessment,
	type SeededAssessment
} from '../harness/journey';
import { assertBuilt, startServer, type RunningServer } from '../harness/server';

const PEOPLE = 20;
// Kill once this many saves were acknowledged: well into the load, with saves in flight.
const KILL_AFTER = 120;

let scratch: ScratchDb;
let seeded: SeededAssessment[];
let server: RunningServer | undefined;
let db: Db | undefined;

beforeAll(async () => {
	assertBuilt();
	scratch = scratchSqlite();
	const seeding = await scratch.open();
	seeded = await seedAssessments(seeding, loadQuestionnaires('questionnaires'), PEOPLE);
	await seeding.destroy();
});

afterAll(async () => {
	await server?.stop();
	await db?.destroy();
	await scratch?.drop();
});

describe('the server killed hard (SIGKILL) in the middle of saving', () => {
	it('keeps every acknowledged save and shows nothing half-written after a restart', async () => {
		server = await startServer({ databaseUrl: scratch.url });
		const first = server;
		const clients = seeded.map((s, i) => new AssessmentClient(first.origin, s, i));
		let acknowledged = 0;
		let killed = false;
		const work = clients.map(async (client) => {
			const modules = client.seeded.modules.length;
			for (let i = 0; !killed && i < modules * 3; i++) {
				await client.save(i);
				if (++acknowledged === KILL_AFTER) {
					killed = true;
					await first.stop('SIGKILL');
				}
			}
			if (!killed) await client.submit();
		});
		const outcomes = await Promise.allSettled(work);
		expect(killed, 'the load ended before the kill').toBe(true);
		// Cut off mid-request is the point; any refusal the server sent first is not.
		const refused = outcomes.filter(
			(o) =>
				o.status === 'rejected' &&
				!/fetch failed|ECONNRESET|other side closed/.test(String(o.reason))
		);
		expect(refused.map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
		expect(clients.filter((c) => c.inFlight).length).toBeGreaterThan(0);

		server = await startServer({ databaseUrl: scratch.url });
		db = await scratch.open();
		const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
		expect(check.rows).toEqual([{ integrity_check: 'ok' }]);

		const problems: string[] = [];
		for (const client of clients) {
			problems.push(...problemsOf(client, await storedAssessment(db, client.seeded.assessmentId)));
		}
		expect(problems).toEqual([]);
		// A reply already on its way when the signal landed may still have been read.
		expect(clients.reduce((t, c) => t + c.acknowledged.length, 0)).toBeGreaterThanOrEqual(
			KILL_AFTER
		);

		// After a reload (which reads the stored revision) each person carries on saving.
		for (const client of clients) {
			client.reload(
				server.origin,
				(await storedAssessment(db, client.seeded.assessmentId)).revision
			);
			await client.save(0);
		}
	});
});
