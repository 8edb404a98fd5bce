import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { setShareResult } from './participants';
import { beforeAfter, cohortResults, sharedResult, workshopProgress } from './results';
import {
	answerAll,
	answerAndSubmit,
	createdWorkshop,
	facilitator,
	joined,
	newWorkshop,
	organisations,
	registry,
	saveModule,
	type Pick
} from './test-helpers';
import type { Workshop } from './workshop';

const MIN = 5;

describe.each(testEngines)('workshop results on %s', (engine) => {
	let t: TestDb;
	let f: string;
	let w: Workshop;
	beforeEach(async () => {
		t = await freshDb(engine);
		f = await facilitator(t.db);
		w = await createdWorkshop(t.db, f, newWorkshop());
	});
	afterEach(() => t.close());

	/** n organisations join the workshop and submit, all with the same kind of answers. */
	async function submitted(n: number, pick: Pick = 'best', workshop = w): Promise<string[]> {
		const orgs = await organisations(t.db, n, `${pick}-${workshop.id}`);
		for (const [i, org] of orgs.entries()) {
			const { assessmentId } = await joined(t.db, workshop.joinCode, org, `${pick} ${i}`, false);
			await answerAndSubmit(t.db, assessmentId, pick);
		}
		return orgs;
	}

	it('counts joined, started and submitted, and the modules each participant finished', async () => {
		const [idle, busy, named] = await organisations(t.db, 3);
		await joined(t.db, w.joinCode, idle, 'Bez odpowiedzi', false);
		const { assessmentId } = await joined(t.db, w.joinCode, busy, 'W trakcie', false);
		await joined(t.db, w.joinCode, named, 'Jawna', true);
		const wages = registry.latestOf('wages')?.module;
		const recruitment = registry.latestOf('recruitment')?.module;
		if (!wages || !recruitment) throw new Error('question bank missing');
		await saveModule(t.db, assessmentId, 'wages', answerAll(wages, 'best'));
		const partial = Object.entries(answerAll(recruitment, 'best')).slice(0, 1);
		await saveModule(t.db, assessmentId, 'recruitment', Object.fromEntries(partial));
		await submitted(1);

		const progress = await workshopProgress(t.db, registry, { facilitatorId: f, workshopId: w.id });
		expect(progress).toMatchObject({ joined: 4, started: 2, submitted: 1 });
		const own = registry.latest.filter((m) => m.module.kind !== 'supplier').length;
		const byLabel = Object.fromEntries(progress?.participants.map((p) => [p.label, p]) ?? []);
		expect(byLabel['Bez odpowiedzi']).toMatchObject({
			modulesDone: 0,
			modulesTotal: own,
			started: false,
			submitted: false,
			organisationName: null
		});
		expect(byLabel['W trakcie']).toMatchObject({ modulesDone: 1, started: true });
		expect(byLabel['best 0']).toMatchObject({ modulesDone: own, submitted: true });
		expect(byLabel['Jawna'].organisationName).toBe('Firma 2');
	});

	it('keeps cohort results hidden at four submitted and shows them at five', async () => {
		await submitted(4);
		expect(
			await cohortResults(t.db, registry, { facilitatorId: f, workshopId: w.id, min: MIN })
		).toEqual({
			shown: false,
			submitted: 4,
			min: MIN,
			needed: 1,
			shared: 0
		});
		await submitted(1);
		const cohort = await cohortResults(t.db, registry, {
			facilitatorId: f,
			workshopId: w.id,
			min: MIN
		});
		if (!cohort?.shown) throw new Error('expected the cohort to be shown');
		expect(cohort.submitted).toBe(5);
		expect(cohort.modules.map((m) => m.moduleId)).toEqual(
			registry.latest.filter((m) => m.module.kind === 'assessment').map((m) => m.id)
		);
		expect(cohort.overall.find((c) => c.key === 'low')).toMatchObject({ percent: 100 });
		expect(cohort.flags).toEqual([]);
	});

	it('counts only submitted assessments, however far the drafts got', async () => {
		await submitted(4);
		const [draft] = await organisations(t.db, 1, 'draft');
		const { assessmentId } = await joined(t.db, w.joinCode, draft, 'Szkic', false);
		const wages = registry.latestOf('wages')?.module;
		if (!wages) throw new Error('question bank missing');
		await saveModule(t.db, assessmentId, 'wages', answerAll(wages, 'worst'));
		expect(
			await cohortResults(t.db, registry, { facilitatorId: f, workshopId: w.id, min: MIN })
		).toMatchObject({
			shown: false,
			needed: 1
		});
	});

	it('lists the flags that at least five participants raised', async () => {
		await submitted(5, 'worst');
		const cohort = await cohortResults(t.db, registry, {
			facilitatorId: f,
			workshopId: w.id,
			min: MIN
		});
		if (!cohort?.shown) throw new Error('expected the cohort to be shown');
		expect(cohort.flags.length).toBeGreaterThan(0);
		expect(cohort.flags.every((fl) => fl.percent === 100)).toBe(true);
		expect(cohort.ilo.find((i) => i.code === 'WW')?.meanRisk).toBe(3);
	});

	it('gives another facilitator nothing of this workshop', async () => {
		const other = await facilitator(t.db);
		const [org] = await submitted(5);
		await setShareResult(t.db, {
			workshopId: w.id,
			organisationId: org,
			share: true,
			actorId: null
		});
		const progress = await workshopProgress(t.db, registry, { facilitatorId: f, workshopId: w.id });
		const shared = progress?.participants.find((p) => p.sharesResult);
		if (!shared) throw new Error('expected a shared participant');
		expect(
			await workshopProgress(t.db, registry, { facilitatorId: other, workshopId: w.id })
		).toBeUndefined();
		expect(
			await cohortResults(t.db, registry, { facilitatorId: other, workshopId: w.id, min: MIN })
		).toBeUndefined();
		expect(
			await sharedResult(t.db, { facilitatorId: other, workshopId: w.id, participantId: shared.id })
		).toBeUndefined();
		expect(
			await sharedResult(t.db, { facilitatorId: f, workshopId: w.id, participantId: shared.id })
		).toBeDefined();
	});

	it('shows a shared result only while it is shared and once it is submitted', async () => {
		const [org] = await organisations(t.db, 1);
		const { assessmentId } = await joined(t.db, w.joinCode, org, 'Dzieląca się', true);
		const participant = async () =>
			(await workshopProgress(t.db, registry, { facilitatorId: f, workshopId: w.id }))
				?.participants[0];
		const id = (await participant())?.id as string;
		expect(
			await sharedResult(t.db, { facilitatorId: f, workshopId: w.id, participantId: id })
		).toBeUndefined();
		await setShareResult(t.db, {
			workshopId: w.id,
			organisationId: org,
			share: true,
			actorId: null
		});
		expect((await participant())?.sharesResult).toBe(true);
		expect(
			await sharedResult(t.db, { facilitatorId: f, workshopId: w.id, participantId: id })
		).toBeUndefined(); // not submitted yet
		await answerAndSubmit(t.db, assessmentId, 'worst');
		const result = await sharedResult(t.db, {
			facilitatorId: f,
			workshopId: w.id,
			participantId: id
		});
		expect(result).toMatchObject({ label: 'Dzieląca się', organisationName: 'Firma 0' });
		expect(result?.result.level).toBe('possible_forced_labour');
		await setShareResult(t.db, {
			workshopId: w.id,
			organisationId: org,
			share: false,
			actorId: null
		});
		expect(
			await sharedResult(t.db, { facilitatorId: f, workshopId: w.id, participantId: id })
		).toBeUndefined();
		expect(
			await sharedResult(t.db, {
				facilitatorId: f,
				workshopId: 'another-workshop',
				participantId: id
			})
		).toBeUndefined();
		const reads = await t.db
			.selectFrom('audit_log')
			.select('action')
			.where('action', '=', 'workshop.read_shared_result')
			.execute();
		expect(reads).toHaveLength(1);
	});

	it('does not count a shared result towards the threshold', async () => {
		const [org] = await submitted(5);
		await setShareResult(t.db, {
			workshopId: w.id,
			organisationId: org,
			share: true,
			actorId: null
		});
		expect(
			await cohortResults(t.db, registry, { facilitatorId: f, workshopId: w.id, min: MIN })
		).toMatchObject({
			shown: false,
			needed: 1,
			shared: 1
		});
		await submitted(1);
		expect(
			(await cohortResults(t.db, registry, { facilitatorId: f, workshopId: w.id, min: MIN }))?.shown
		).toBe(true);
	});

	it('compares a follow-up cohort with the first under the same threshold', async () => {
		const follow = await createdWorkshop(t.db, f, newWorkshop({ followUpOf: w.id }));
		expect(
			await beforeAfter(t.db, registry, { facilitatorId: f, workshopId: w.id, min: MIN })
		).toBeUndefined();
		await submitted(5, 'worst');
		await submitted(4, 'best', follow);
		const early = await beforeAfter(t.db, registry, {
			facilitatorId: f,
			workshopId: follow.id,
			min: MIN
		});
		expect(early?.before.id).toBe(w.id);
		expect(early?.comparison).toMatchObject({ shown: false, after: { needed: 1 }, modules: [] });
		await submitted(1, 'best', follow);
		const ready = await beforeAfter(t.db, registry, {
			facilitatorId: f,
			workshopId: follow.id,
			min: MIN
		});
		if (!ready?.comparison.shown) throw new Error('expected the comparison to be shown');
		const wages = ready.comparison.modules.find((m) => m.moduleId === 'wages');
		expect(wages?.before?.levels.find((c) => c.key === 'high')?.percent).toBe(100);
		expect(wages?.after?.levels.find((c) => c.key === 'low')?.percent).toBe(100);
		expect(wages?.before?.meanControl).toBeLessThan(wages?.after?.meanControl ?? 0);
		const other = await facilitator(t.db);
		expect(
			await beforeAfter(t.db, registry, { facilitatorId: other, workshopId: follow.id, min: MIN })
		).toBeUndefined();
	});
});
