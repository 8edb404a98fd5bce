import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../questionnaires/load';
import {
	actionProgress,
	addOwnAction,
	ensureActionItems,
	findSubmittedAssessment,
	isPlanDate,
	listActionItems,
	parseItemUpdate,
	parseOwnAction,
	plannedActions,
	removeOwnAction,
	sourceOf,
	updateActionItem,
	type SubmittedAssessment
} from './items';
import type { Db } from '../db/index';
import { freshDb, testEngines } from '../db/test-helpers';
import { newId, nowIso } from '../ids';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';
import { seedDemoAssessment } from '../seed/demo-assessment';
import { createOrganisation, registerEmployer } from '../accounts/users';

const registry = loadQuestionnaires('questionnaires');

describe('isPlanDate', () => {
	it('accepts real calendar dates only', () => {
		expect(isPlanDate('2026-11-30')).toBe(true);
		expect(isPlanDate('2028-02-29')).toBe(true);
		expect(isPlanDate('2026-02-29')).toBe(false);
		expect(isPlanDate('2026-13-01')).toBe(false);
		expect(isPlanDate('30.11.2026')).toBe(false);
		expect(isPlanDate('1999-12-31')).toBe(false);
		expect(isPlanDate('2026-11-30T00:00')).toBe(false);
	});
});

describe('parseItemUpdate', () => {
	it('normalises the fields and turns empty ones into null', () => {
		expect(
			parseItemUpdate({ owner: ' Anna ', due_date: '', status: 'in_progress', note: 'a\r\nb' })
		).toEqual({
			ok: true,
			value: { owner: 'Anna', dueDate: null, status: 'in_progress', note: 'a\nb' }
		});
	});

	it('names every bad field', () => {
		expect(
			parseItemUpdate({
				owner: 'x'.repeat(121),
				due_date: '2026-02-30',
				status: 'finished',
				note: 'y'.repeat(2001)
			})
		).toEqual({
			ok: false,
			errors: { owner: 'too_long', due_date: 'invalid_date', status: 'invalid', note: 'too_long' }
		});
	});
});

describe('parseOwnAction', () => {
	it('needs a title and a known priority', () => {
		expect(parseOwnAction({ title: ' ', priority: '' })).toEqual({
			ok: false,
			errors: { title: 'required', priority: 'required' }
		});
		expect(parseOwnAction({ title: 'Szkolenie', priority: 'tomorrow' })).toEqual({
			ok: false,
			errors: { priority: 'invalid' }
		});
		expect(
			parseOwnAction({ title: 'Szkolenie', priority: 'days_90', due_date: '2027-01-15' })
		).toEqual({
			ok: true,
			value: { title: 'Szkolenie', priority: 'days_90', owner: null, dueDate: '2027-01-15' }
		});
	});
});

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
		await registerEmployer(t.db, { email, password, organisationName: organisation });
		const id = (await seedDemoAssessment(t.db, registry))!;
		const { organisation_id } = await t.db
			.selectFrom('assessments')
			.select('organisation_id')
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		const other = await createOrganisation(t.db, 'Budmex');
		const assessment = await findSubmittedAssessment(t.db, organisation_id, id);
		if (typeof assessment === 'string') throw new Error(assessment);
		await body({ db: t.db, org: organisation_id, other, assessment });
	} finally {
		await t.close();
	}
}

describe.each(testEngines)('the action plan on %s', (engine) => {
	it("finds only the organisation's own submitted assessment", () =>
		withPlan(engine, async ({ db, org, other, assessment }) => {
			expect(await findSubmittedAssessment(db, other, assessment.id)).toBe('not_found');
			expect(await findSubmittedAssessment(db, org, 'nope')).toBe('not_found');
			const now = nowIso();
			const draft = newId();
			await db
				.insertInto('assessments')
				.values({
					id: draft,
					organisation_id: org,
					status: 'draft',
					revision: 0,
					pins: '[]',
					stats_opt_out: 0,
					created_at: now,
					updated_at: now
				})
				.execute();
			expect(await findSubmittedAssessment(db, org, draft)).toBe('not_submitted');
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
			expect(await updateActionItem(db, other, assessment.id, item.id, update)).toBe('not_found');
			expect(await updateActionItem(db, org, 'elsewhere', item.id, update)).toBe('not_found');
			expect(await updateActionItem(db, org, assessment.id, item.id, update, item.updatedAt)).toBe(
				'saved'
			);
			expect(
				await updateActionItem(db, org, assessment.id, item.id, { ...update, owner: 'Jan' }, 'old')
			).toBe('stale');
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
			expect(await addOwnAction(db, other, assessment.id, own)).toBeNull();
			const id = await addOwnAction(db, org, assessment.id, own);
			const after = await listActionItems(db, assessment.id);
			expect(after).toHaveLength(before.length + 1);
			expect(after.at(-1)).toMatchObject({
				id,
				source: null,
				title: own.title,
				position: before.length
			});
			expect(await removeOwnAction(db, org, assessment.id, before[0].id)).toBe(false);
			expect(await removeOwnAction(db, other, assessment.id, id!)).toBe(false);
			expect(await removeOwnAction(db, org, assessment.id, id!)).toBe(true);
			expect(await listActionItems(db, assessment.id)).toHaveLength(before.length);
		}));
});
