import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerAll } from '../../../../tests/fixtures/journey/answers';
import { assess } from '../../questionnaire/assess';
import { loadQuestionnaires } from '../questionnaires';
import { pinnedModules } from '../../questionnaire/registry';
import { refusalOf as refusal, valueOf } from '../../test-helpers';
import { saveAnswers } from './save';
import { startAssessment } from './start';
import { getAnswers, getAssessment, listAssessments } from './store';
import { submitAssessment } from './submit';
import { assessmentProgress } from '../../questionnaire/progress';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { createOrganisation } from '../accounts';

const registry = loadQuestionnaires(
	fileURLToPath(new URL('../../../../questionnaires', import.meta.url))
);
const moduleOf = (id: string) => registry.latestOf(id)!.module;

describe.each(testEngines)('assessments on %s', (engine) => {
	let t: TestDb;
	let org: string;
	let other: string;

	beforeEach(async () => {
		t = await freshDb(engine);
		org = await createOrganisation(t.db, 'Sadownik');
		other = await createOrganisation(t.db, 'Budmex');
	});
	afterEach(() => t.close());

	const start = (organisationId: string, opts: { copyFrom?: string } = {}) =>
		startAssessment(t.db, registry, { organisationId, ...opts });
	const started = (organisationId: string) => valueOf(start(organisationId));
	const save = (
		organisationId: string,
		assessmentId: string,
		moduleId: string,
		answers: Record<string, unknown>,
		baseRevision: number
	) =>
		saveAnswers(t.db, registry, { organisationId, assessmentId, moduleId, answers, baseRevision });
	const submit = (
		organisationId: string,
		assessmentId: string,
		opts: { statsOptOut: boolean; baseRevision?: number }
	) => submitAssessment(t.db, registry, { organisationId, assessmentId, ...opts });

	/** Answers every visible question of every pinned module, one save per module. */
	async function answerEverything(id: string): Promise<void> {
		const assessment = (await getAssessment(t.db, org, id))!;
		let revision = assessment.revision;
		for (const pin of assessment.pins) {
			const outcome = await save(org, id, pin.module, answerAll(moduleOf(pin.module)), revision);
			if (!outcome.ok) throw new Error(`${pin.module}: ${outcome.reason}`);
			revision = outcome.value.revision;
		}
	}

	it('pins the newest published version of every module but supplier, profile first', async () => {
		const a = await started(org);
		expect(a.status).toBe('draft');
		expect(a.revision).toBe(0);
		expect(a.pins[0].module).toBe('profile');
		expect(a.pins.map((p) => p.module)).not.toContain('supplier');
		const expected = registry.latest.filter((m) => m.module.kind !== 'supplier');
		expect(a.pins).toHaveLength(expected.length);
		for (const pin of a.pins) {
			const file = registry.latestOf(pin.module)!;
			expect(pin).toEqual({ module: file.id, version: file.version, sha256: file.sha256 });
		}
	});

	it('keeps one draft per organisation and hides each organisation from the other', async () => {
		const a = await started(org);
		const again = await refusal(start(org));
		expect(again.reason).toBe('draft_exists');
		expect(again.reason === 'draft_exists' && again.id).toBe(a.id);
		expect(await getAssessment(t.db, other, a.id)).toBeUndefined();
		expect(await getAssessment(t.db, org, a.id)).toMatchObject({ id: a.id });
		expect(await listAssessments(t.db, other)).toEqual([]);
	});

	it('saves valid answers, normalised, and bumps the revision', async () => {
		const a = await started(org);
		const outcome = await save(
			org,
			a.id,
			'profile',
			{ sector: ' c ', number_of_workers: '1 250', countries_of_origin: ['romania', 'ukraine'] },
			0
		);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.revision).toBe(1);
		expect((await getAssessment(t.db, org, a.id))!.revision).toBe(1);
		const stored = (await getAnswers(t.db, a.id)).profile;
		expect(stored.sector).toBe('c');
		expect(stored.number_of_workers).toBe(1250);
		// multi_choice ids come back in the file's order, whatever order the form sent.
		const order = moduleOf('profile')
			.sections.flatMap((s) => s.questions)
			.find((q) => q.id === 'countries_of_origin');
		const ids = order && 'choices' in order ? order.choices.map((c) => c.id) : [];
		expect(stored.countries_of_origin).toEqual(
			ids.filter((c) => ['romania', 'ukraine'].includes(c))
		);
		expect(outcome.value.progress.answered).toBe(3);
	});

	it('refuses an unknown question, an unknown choice and a module it did not pin, writing nothing', async () => {
		const a = await started(org);
		const unknownQuestion = await refusal(
			save(org, a.id, 'profile', { sector: 'c', not_there: 'x' }, 0)
		);
		expect(unknownQuestion.reason).toBe('unknown_question');
		expect(unknownQuestion.reason === 'unknown_question' && unknownQuestion.questionId).toBe(
			'not_there'
		);

		const badChoice = await save(
			org,
			a.id,
			'profile',
			{ sector: 'zz', size: 'small', number_of_workers: '-5' },
			0
		);
		expect(badChoice).toEqual({
			ok: false,
			reason: 'invalid',
			errors: {
				sector: { error: 'unknown_choice', limit: null },
				number_of_workers: { error: 'below_min', limit: expect.any(Number) }
			}
		});

		for (const moduleId of ['supplier', 'no-such-module']) {
			const notPinned = await refusal(save(org, a.id, moduleId, { kind: 'supplier' }, 0));
			expect(notPinned.reason).toBe('not_pinned');
		}
		expect(await getAnswers(t.db, a.id)).toEqual({});
		expect((await getAssessment(t.db, org, a.id))!.revision).toBe(0);
	});

	it("refuses another organisation's assessment as if it did not exist", async () => {
		const a = await started(org);
		const saving = await refusal(save(other, a.id, 'profile', { sector: 'c' }, 0));
		expect(saving.reason).toBe('not_found');
		const submitting = await refusal(submit(other, a.id, { statsOptOut: false }));
		expect(submitting.reason).toBe('not_found');
		expect(await getAnswers(t.db, a.id)).toEqual({});
	});

	it('refuses a save based on an older revision and keeps what the other tab saved', async () => {
		const a = await started(org);
		const first = await save(org, a.id, 'profile', { sector: 'a' }, 0);
		expect(first.ok).toBe(true);
		const second = await save(org, a.id, 'profile', { sector: 'c', size: 'large' }, 0);
		expect(second).toEqual({
			ok: false,
			reason: 'conflict',
			revision: 1,
			answers: { sector: 'a' }
		});
		expect((await getAnswers(t.db, a.id)).profile).toEqual({ sector: 'a' });
		// Based on the revision the conflict reported, the same answers go through.
		const retry = await save(org, a.id, 'profile', { sector: 'c', size: 'large' }, 1);
		expect(retry).toMatchObject({ ok: true, value: { revision: 2 } });
		expect((await getAnswers(t.db, a.id)).profile).toEqual({ sector: 'c', size: 'large' });
	});

	it('keeps the answer of a question that becomes hidden, without counting it', async () => {
		const a = await started(org);
		const agency = await save(
			org,
			a.id,
			'recruitment',
			{ recruitment_channels: ['employment_agency'], kraz_checked: '' },
			0
		);
		expect(agency.ok && agency.value.revealed).toContain('kraz_checked');
		const krazChoice = (
			moduleOf('recruitment')
				.sections.flatMap((s) => s.questions)
				.find((q) => q.id === 'kraz_checked') as { choices: { id: string }[] }
		).choices[0].id;
		await save(
			org,
			a.id,
			'recruitment',
			{ recruitment_channels: ['employment_agency'], kraz_checked: krazChoice },
			1
		);
		const withAgency = await save(
			org,
			a.id,
			'recruitment',
			// The page no longer shows kraz_checked, so it sends nothing for it.
			{ recruitment_channels: ['direct_poland'], kraz_checked: '' },
			2
		);
		expect(withAgency.ok).toBe(true);
		const stored = (await getAnswers(t.db, a.id)).recruitment;
		expect(stored.kraz_checked).toBe(krazChoice);
		const loaded = pinnedModules(registry, (await getAssessment(t.db, org, a.id))!.pins);
		const progress = assessmentProgress(loaded, await getAnswers(t.db, a.id));
		const recruitment = progress.modules.find((m) => m.moduleId === 'recruitment')!;
		expect(recruitment.progress.answered).toBe(1);
		expect(recruitment.status).toBe('in_progress');

		// Emptying a visible question removes its answer.
		const emptied = await save(org, a.id, 'recruitment', { recruitment_channels: [] }, 3);
		expect(emptied.ok).toBe(true);
		expect((await getAnswers(t.db, a.id)).recruitment).toEqual({ kraz_checked: krazChoice });
	});

	it('reports progress per module and overall, and where to carry on', async () => {
		const a = await started(org);
		const loaded = pinnedModules(registry, a.pins);
		const empty = assessmentProgress(loaded, {});
		expect(empty.answered).toBe(0);
		expect(empty.next).toBe('profile');
		expect(empty.modules.every((m) => m.status === 'not_started')).toBe(true);
		await save(org, a.id, 'profile', answerAll(moduleOf('profile')), 0);
		const some = assessmentProgress(loaded, await getAnswers(t.db, a.id));
		expect(some.modules[0].status).toBe('completed');
		expect(some.next).toBe(a.pins[1].module);
		expect(some.answered).toBe(some.modules[0].progress.visible);
		expect(some.visible).toBeGreaterThan(some.answered);
		expect(some.complete).toBe(false);
	});

	it('refuses to submit with required questions unanswered', async () => {
		const a = await started(org);
		await save(org, a.id, 'profile', answerAll(moduleOf('profile')), 0);
		const incomplete = await refusal(submit(org, a.id, { statsOptOut: false }));
		expect(incomplete.reason).toBe('incomplete');
		const missing = incomplete.reason === 'incomplete' ? incomplete.missing : {};
		expect(Object.keys(missing)).not.toContain('profile');
		expect(missing.recruitment).toContain('recruitment_channels');
		expect((await getAssessment(t.db, org, a.id))!.status).toBe('draft');
	});

	it('submits a snapshot of the scored result with the suppliers, then refuses every change', async () => {
		const a = await started(org);
		await answerEverything(a.id);
		const supplierFile = registry.latestOf('supplier')!;
		const supplierAnswers = answerAll(supplierFile.module);
		// The kind and KRAZ number are the supplier's details, kept beside its answers.
		const { kind, kraz_number: kraz, ...stored } = supplierAnswers;
		await t.db
			.insertInto('suppliers')
			.values({
				id: 'sup1',
				organisation_id: org,
				name: 'Agencja',
				kind: String(kind),
				country: null,
				kraz_number: typeof kraz === 'string' ? kraz : null,
				pin: JSON.stringify({
					module: 'supplier',
					version: supplierFile.version,
					sha256: supplierFile.sha256
				}),
				answers: JSON.stringify(stored),
				created_at: '2026-01-01T00:00:00.000Z',
				updated_at: '2026-01-01T00:00:00.000Z'
			})
			.execute();
		const before = (await getAssessment(t.db, org, a.id))!;
		const submitted = await valueOf(
			submit(org, a.id, { statsOptOut: true, baseRevision: before.revision })
		);
		expect(submitted.status).toBe('submitted');
		expect(submitted.statsOptOut).toBe(true);
		expect(submitted.submittedAt).not.toBeNull();
		const expected = assess(
			pinnedModules(registry, a.pins).map((m) => m.module),
			await getAnswers(t.db, a.id),
			{ suppliers: [{ id: 'sup1', module: supplierFile.module, answers: supplierAnswers }] }
		);
		expect(submitted.result).toEqual(expected);
		expect(submitted.result!.suppliers.map((s) => s.supplierId)).toEqual(['sup1']);
		expect(submitted.overallLevel).toBe(expected.level);
		expect(expected.level).not.toBeNull();

		const saving = await refusal(save(org, a.id, 'profile', { sector: 'k' }, submitted.revision));
		expect(saving.reason).toBe('submitted');
		const again = await refusal(submit(org, a.id, { statsOptOut: false }));
		expect(again.reason).toBe('submitted');
		expect((await getAssessment(t.db, org, a.id))!.result).toEqual(expected);
	});

	it("hands the inspectors' statistics anonymous facts on submission, and an opt-out withdraws them", async () => {
		const a = await started(org);
		await answerEverything(a.id);
		const submitted = await valueOf(submit(org, a.id, { statsOptOut: false }));
		const facts = await t.db.selectFrom('stat_submissions').selectAll().execute();
		expect(facts).toHaveLength(1);
		const profile = (await getAnswers(t.db, a.id)).profile;
		expect(facts[0]).toMatchObject({
			assessment_id: a.id,
			organisation_id: org,
			sector: String(profile.sector).toUpperCase(),
			size_band: profile.size,
			voivodeship: profile.voivodeship,
			overall_level: submitted.overallLevel
		});
		const levels = await t.db.selectFrom('stat_module_levels').selectAll().execute();
		expect(levels.map((l) => l.module_id).sort()).toEqual(
			submitted
				.result!.modules.filter((m) => m.kind === 'assessment' && m.band !== null)
				.map((m) => m.moduleId)
				.sort()
		);

		const b = await started(org);
		await submit(org, b.id, { statsOptOut: true });
		expect(await t.db.selectFrom('stat_submissions').selectAll().execute()).toEqual([]);
	});

	it('refuses a submission based on an older revision', async () => {
		const a = await started(org);
		await answerEverything(a.id);
		const stale = await refusal(submit(org, a.id, { statsOptOut: false, baseRevision: 0 }));
		expect(stale.reason).toBe('conflict');
	});

	it('starts a re-assessment from the last answers, the profile included', async () => {
		const a = await started(org);
		await answerEverything(a.id);
		await submit(org, a.id, { statsOptOut: false });
		const b = await started(org);
		expect(b.id).not.toBe(a.id);
		expect(b.previousId).toBe(a.id);
		expect(b.status).toBe('draft');
		// Same versions: nothing new or changed to point at.
		expect(b.changes).toEqual({});
		expect(await getAnswers(t.db, b.id)).toEqual(await getAnswers(t.db, a.id));
		const list = await listAssessments(t.db, org);
		expect(list.map((s) => s.id)).toEqual([b.id, a.id]);
		expect(list[1].overallLevel).toBe((await getAssessment(t.db, org, a.id))!.overallLevel);
	});

	it('copies from the assessment named, and refuses one of another organisation', async () => {
		const theirs = await started(other);
		const refused = await refusal(start(org, { copyFrom: theirs.id }));
		expect(refused.reason).toBe('not_found');
		expect(await listAssessments(t.db, org)).toEqual([]);
	});
});
