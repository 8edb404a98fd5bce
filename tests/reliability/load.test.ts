import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires';
import type { Db } from '../../src/lib/server/db';
import { scratchDb, scratchEngines, type ScratchDb } from '../harness/databases';
import {
	AssessmentClient,
	problemsOf,
	seedAssessments,
	storedAssessment,
	type SeededAssessment
} from '../harness/journey';
import { assertBuilt, startServer, type RunningServer } from '../harness/server';

const PEOPLE = 20;

describe.each(scratchEngines())(
	`${PEOPLE} people completing assessments at once, on %s`,
	(engine) => {
		let scratch: ScratchDb;
		let db: Db;
		let seeded: SeededAssessment[];
		let server: RunningServer;

		beforeAll(async () => {
			assertBuilt();
			scratch = await scratchDb(engine);
			db = await scratch.open();
			seeded = await seedAssessments(db, loadQuestionnaires('questionnaires'), PEOPLE);
			server = await startServer({ databaseUrl: scratch.url });
		});

		afterAll(async () => {
			await server?.stop();
			await db?.destroy();
			await scratch?.drop();
		});

		it('keeps every acknowledged answer, once each, and never answers with a 5xx', async () => {
			const clients = seeded.map((s, i) => new AssessmentClient(server.origin, s, i));
			// Every module twice (the second time with other answers), then submit.
			const work = clients.map(async (client) => {
				const modules = client.seeded.modules.length;
				for (let i = 0; i < modules * 2; i++) await client.save(i);
				await client.submit();
			});
			const outcomes = await Promise.allSettled(work);
			const failed = outcomes.filter((o) => o.status === 'rejected').map((o) => String(o.reason));
			expect(failed, server.log()).toEqual([]);
			expect(server.serverErrors(), server.log()).toBe(0);

			const problems: string[] = [];
			let rows = 0;
			for (const client of clients) {
				const stored = await storedAssessment(db, client.seeded.assessmentId);
				expect(stored.status).toBe('submitted');
				problems.push(...problemsOf(client, stored));
				rows += stored.rows;
			}
			expect(problems).toEqual([]);
			const sent = clients.reduce(
				(t, c) => t + Object.values(c.expectedAnswers(c.acknowledged)).flatMap(Object.keys).length,
				0
			);
			expect(rows).toBe(sent);
			expect(clients.every((c) => c.acknowledged.length === c.seeded.modules.length * 2)).toBe(
				true
			);
		});
	}
);
