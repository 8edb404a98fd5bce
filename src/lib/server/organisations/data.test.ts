import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../questionnaires';
import { ensureActionItems, findSubmittedAssessment, plannedActions } from '../plan';
import { createSession, generateSessionToken, registerEmployer } from '../accounts';
import { freshDb, testEngines } from '../db/test-helpers';
import { confirmsName, deleteOrganisation, exportOrganisation } from './data';
import { DEMO_ACCOUNTS, seedDemoAssessment } from '../seed';
import { valueOf } from '../../test-helpers';
import { createdWorkshop, facilitator, joined, newWorkshop } from '../workshops/test-helpers';

const registry = loadQuestionnaires('questionnaires');

async function seeded(engine: (typeof testEngines)[number]) {
	const t = await freshDb(engine);
	const accounts = [DEMO_ACCOUNTS.employer, DEMO_ACCOUNTS.employerB];
	const ids: string[] = [];
	for (const a of accounts) {
		ids.push(
			await valueOf(
				registerEmployer(t.db, {
					email: a.email,
					password: a.password,
					organisationName: a.organisation
				})
			)
		);
	}
	const orgOf = async (userId: string) =>
		(
			await t.db
				.selectFrom('users')
				.select('organisation_id')
				.where('id', '=', userId)
				.executeTakeFirstOrThrow()
		).organisation_id!;
	const assessmentId = await valueOf(seedDemoAssessment(t.db, registry));
	const orgA = await orgOf(ids[0]);
	const assessment = await valueOf(findSubmittedAssessment(t.db, orgA, assessmentId));
	await ensureActionItems(t.db, assessmentId, plannedActions(registry, assessment).planned);
	await createSession(t.db, { token: generateSessionToken(), userId: ids[0] });
	return { t, userA: ids[0], orgA, orgB: await orgOf(ids[1]), userB: ids[1], assessmentId };
}

describe('confirmsName', () => {
	it('needs the name as shown, ignoring spacing at the ends and repeated spaces', () => {
		expect(confirmsName('  Budmex  Usługi ', 'Budmex Usługi')).toBe(true);
		expect(confirmsName('budmex usługi', 'Budmex Usługi')).toBe(false);
		expect(confirmsName('', 'Budmex')).toBe(false);
	});
});

describe.each(testEngines)('organisation data on %s', (engine) => {
	it('exports the answers, results, suppliers and plan, but no password hash', async () => {
		const { t, orgA, orgB, assessmentId } = await seeded(engine);
		try {
			const data = await exportOrganisation(t.db, orgA);
			expect(data?.organisation.name).toBe(DEMO_ACCOUNTS.employer.organisation);
			expect(data?.users.map((u) => u.email)).toEqual([DEMO_ACCOUNTS.employer.email]);
			const [assessment] = data!.assessments;
			expect(assessment.id).toBe(assessmentId);
			expect(assessment.answers).toContainEqual(
				expect.objectContaining({ module: 'profile', question: 'sector', value: 'c' })
			);
			expect(assessment.result?.level).toBe('high');
			expect(assessment.actionItems.length).toBeGreaterThan(0);
			expect(data!.suppliers).toHaveLength(3);
			const text = JSON.stringify(data);
			expect(text).not.toMatch(/password_hash|passwordHash|\$argon2/);
			expect(text).not.toContain(DEMO_ACCOUNTS.employerB.email);

			expect(data!.workshops).toEqual([]);

			const other = await exportOrganisation(t.db, orgB);
			expect(other?.assessments).toEqual([]);
			expect(other?.suppliers).toEqual([]);
			expect(await exportOrganisation(t.db, 'nobody')).toBeNull();
		} finally {
			await t.close();
		}
	});

	it('exports the workshops the organisation joined, with its chosen label', async () => {
		const { t, orgB } = await seeded(engine);
		try {
			const w = await createdWorkshop(t.db, await facilitator(t.db), newWorkshop());
			await joined(t.db, w.joinCode, orgB, 'Stół 3', false);
			const data = await exportOrganisation(t.db, orgB);
			expect(data!.workshops).toEqual([
				expect.objectContaining({ title: w.title, label: 'Stół 3', sharesName: false })
			]);
		} finally {
			await t.close();
		}
	});

	it('deletes the organisation and everything in it at once, and logs only who and when', async () => {
		const { t, userA, orgA, orgB, assessmentId } = await seeded(engine);
		try {
			const forgotten: string[] = [];
			expect(
				await deleteOrganisation(t.db, {
					organisationId: orgA,
					actorId: userA,
					forget: async (_tx, id) => forgotten.push(id)
				})
			).toEqual({ ok: true, value: undefined });
			expect(forgotten).toEqual([orgA]);
			const count = async (table: 'users' | 'suppliers' | 'assessments') =>
				(await t.db.selectFrom(table).select('id').where('organisation_id', '=', orgA).execute())
					.length;
			expect(await count('users')).toBe(0);
			expect(await count('suppliers')).toBe(0);
			expect(await count('assessments')).toBe(0);
			for (const table of ['answers', 'action_items'] as const) {
				const rows = await t.db
					.selectFrom(table)
					.select('assessment_id')
					.where('assessment_id', '=', assessmentId)
					.execute();
				expect(rows).toEqual([]);
			}
			expect(
				await t.db.selectFrom('sessions').select('id').where('user_id', '=', userA).execute()
			).toEqual([]);
			expect(await exportOrganisation(t.db, orgB)).not.toBeNull();

			const log = await t.db.selectFrom('audit_log').selectAll().execute();
			expect(log).toEqual([
				expect.objectContaining({
					actor_id: userA,
					action: 'organisation.deleted',
					subject_type: 'organisation',
					subject_id: orgA,
					detail: null
				})
			]);
			expect(await deleteOrganisation(t.db, { organisationId: orgA, actorId: userA })).toEqual({
				ok: false,
				reason: 'not_found'
			});
		} finally {
			await t.close();
		}
	});

	it('leaves everything in place when a step of the deletion fails', async () => {
		const { t, userA, orgA } = await seeded(engine);
		try {
			await expect(
				deleteOrganisation(t.db, {
					organisationId: orgA,
					actorId: userA,
					forget: async () => {
						throw new Error('statistics unavailable');
					}
				})
			).rejects.toThrow('statistics unavailable');
			expect((await exportOrganisation(t.db, orgA))?.suppliers).toHaveLength(3);
		} finally {
			await t.close();
		}
	});
});
