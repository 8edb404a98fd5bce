import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../questionnaires';
import {
	actionProgress,
	addOwnAction,
	ensureActionItems,
	findSubmittedAssessment,
	listActionItems,
	plannedActions,
	removeOwnAction,
	sourceOf,
	updateActionItem,
	type SubmittedAssessment
} from './items';
import type { Db } from '../db';
import { freshDb, testEngines } from '../db/test-helpers';
import { newId, nowIso } from '../ids';
import { DEMO_ACCOUNTS, seedDemoAssessment } from '../seed';
import { createOrganisation, registerEmployer } from '../accounts';
import { insertDraft } from '../assessments';
import { valueOf } from '../../test-helpers';

const registry = loadQuestionnaires('questionnaires');

describe('actionProgress', () => {
	it('counts done items overall and by priority', () => {
		const progress = actionProgress([
			{ priority: 'immediate', status: 'done' },
			{ priority: 'immediate', status: 'in_progress' },
			{ priority: 'days_90', status: 'done' }
		]);
		expect(progress).toEqual({
			done: 2,
			total: 3,
			byPriority: {
				immediate: { done: 1, total: 2 },
				days_30: { done: 0, total: 0 },
				days_90: { done: 1, total: 1 }
			}
		});
	});
});

interface Setup {
	db: Db;
	org: string;
	other: string;
	assessment: SubmittedAssessment;
}

async function withPlan(
	engine: (typeof testEngines)[number],
	body: (s: Setup) => Promise<void>
): Promise<void> {
	const t = await freshDb(engine);
	try {
		const { email, password, organisation } = DEMO_ACCOUNTS.employer;
		await valueOf(registerEmployer(t.db, { email, password, organisationName: organisation }));
		const id = await valueOf(seedDemoAssessment(t.db, registry));
		const { organisation_id } = await t.db
			.selectFrom('assessments')
			.select('organisation_id')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		const other = await createOrganisation(t.db, 'Budmex');
		const assessment = await valueOf(findSubmittedAssessment(t.db, organisation_id, id));
		await body({ db: t.db, org: organisation_id, other, assessment });
	} finally {
		await t.close();
	}
}

describe.each(testEngines)('the action plan on %s', (engine) => {
	it("finds only the organisation's own submitted assessment", () =>
		withPlan(engine, async ({ db, org, other, assessment }) => {
			const notFound = { ok: false, reason: 'not_found' };
			expect(await findSubmittedAssessment(db, other, assessment.id)).toEqual(notFound);
			expect(await findSubmittedAssessment(db, org, 'nope')).toEqual(notFound);
			const draft = newId();
			await insertDraft(db, {
				id: draft,
				organisationId: org,
				pins: [],
				previousId: null,
				at: nowIso()
			});
			expect(await findSubmittedAssessment(db, org, draft)).toEqual({
				ok: false,
				reason: 'not_submitted'
			});
		}));

	it('writes one item per planned action, in plan order, however often and at once it is asked', () =>
		withPlan(engine, async ({ db, assessment }) => {
			const { planned } = plannedActions(registry, assessment);
			expect(planned.length).toBeGreaterThan(5);
			await Promise.all([
				ensureActionItems(db, assessment.id, planned),
				ensureActionItems(db, assessment.id, planned),
				ensureActionItems(db, assessment.id, planned)
			]);
			await ensureActionItems(db, assessment.id, planned);
			const items = await listActionItems(db, assessment.id);
			expect(items.map((i) => i.source)).toEqual(planned.map(sourceOf));
			expect(items.every((i) => i.status === 'open' && i.owner === null)).toBe(true);
			expect(items.map((i) => i.priority)).toEqual(planned.map((p) => p.priority));
		}));

	it('keeps edits, refuses another organisation and tells a stale page', () =>
		withPlan(engine, async ({ db, org, other, assessment }) => {
			await ensureActionItems(db, assessment.id, plannedActions(registry, assessment).planned);
			const [item] = await listActionItems(db, assessment.id);
			const update = {
				owner: 'Anna',
				dueDate: '2027-01-31',
				status: 'in_progress',
				note: null
			} as const;
			const plan = (organisationId: string, assessmentId = assessment.id) => ({
				organisationId,
				assessmentId
			});
			const notFound = { ok: false, reason: 'not_found' };
			expect(await updateActionItem(db, plan(other), { itemId: item.id, update })).toEqual(
				notFound
			);
			expect(
				await updateActionItem(db, plan(org, 'elsewhere'), { itemId: item.id, update })
			).toEqual(notFound);
			expect(
				await updateActionItem(db, plan(org), {
					itemId: item.id,
					update,
					expectedUpdatedAt: item.updatedAt
				})
			).toEqual({ ok: true, value: undefined });
			expect(
				await updateActionItem(db, plan(org), {
					itemId: item.id,
					update: { ...update, owner: 'Jan' },
					expectedUpdatedAt: 'old'
				})
			).toEqual({ ok: false, reason: 'stale' });
			const [saved] = await listActionItems(db, assessment.id);
			expect(saved).toMatchObject({ owner: 'Anna', dueDate: '2027-01-31', status: 'in_progress' });
		}));

	it('adds and removes own actions, but never a catalogue action', () =>
		withPlan(engine, async ({ db, org, other, assessment }) => {
			await ensureActionItems(db, assessment.id, plannedActions(registry, assessment).planned);
			const before = await listActionItems(db, assessment.id);
			const own = {
				title: 'Szkolenie brygadzistów',
				priority: 'days_30',
				owner: null,
				dueDate: null
			} as const;
			const plan = (organisationId: string) => ({ organisationId, assessmentId: assessment.id });
			expect(await addOwnAction(db, plan(other), own)).toEqual({ ok: false, reason: 'not_found' });
			const id = await valueOf(addOwnAction(db, plan(org), own));
			const after = await listActionItems(db, assessment.id);
			expect(after).toHaveLength(before.length + 1);
			expect(after.at(-1)).toMatchObject({
				id,
				source: null,
				title: own.title,
				position: before.length
			});
			expect((await removeOwnAction(db, plan(org), before[0].id)).ok).toBe(false);
			expect((await removeOwnAction(db, plan(other), id)).ok).toBe(false);
			expect((await removeOwnAction(db, plan(org), id)).ok).toBe(true);
			expect(await listActionItems(db, assessment.id)).toHaveLength(before.length);
		}));
});
