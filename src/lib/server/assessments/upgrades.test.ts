import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerAll, registryOf } from '../../../../tests/fixtures/journey/answers';
import { loadQuestionnaires } from '../questionnaires';
import { demo } from '../../questionnaire/test-helpers';
import { draftUpgrades, moveDraft } from './upgrades';
import { refusalOf, valueOf } from '../../test-helpers';
import { saveAnswers } from './save';
import { startAssessment } from './start';
import { getAnswers, getAssessment } from './store';
import { submitAssessment } from './submit';
import type { QuestionnaireRegistry } from '../../questionnaire/registry';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { createOrganisation } from '../accounts';

const profile = loadQuestionnaires('questionnaires').latestOf('profile')!.module;
const [v100, v110, v200] = [demo('1.0.0'), demo('1.1.0'), demo('2.0.0')];
const onlyV1 = registryOf(profile, v100);
const withMinor = registryOf(profile, v100, v110);
const withMajor = registryOf(profile, v100, v110, v200);

describe.each(testEngines)('moving drafts and carrying answers on %s', (engine) => {
	let t: TestDb;
	let org: string;

	beforeEach(async () => {
		t = await freshDb(engine);
		org = await createOrganisation(t.db, 'Sadownik');
	});
	afterEach(() => t.close());

	const start = (registry: QuestionnaireRegistry) =>
		valueOf(startAssessment(t.db, registry, { organisationId: org }));
	const save = (
		registry: QuestionnaireRegistry,
		assessmentId: string,
		moduleId: string,
		answers: Record<string, unknown>,
		baseRevision: number
	) =>
		saveAnswers(t.db, registry, {
			organisationId: org,
			assessmentId,
			moduleId,
			answers,
			baseRevision
		});
	const submit = (registry: QuestionnaireRegistry, assessmentId: string) =>
		submitAssessment(t.db, registry, { organisationId: org, assessmentId, statsOptOut: false });
	const move = (registry: QuestionnaireRegistry, assessmentId: string, baseRevision: number) =>
		moveDraft(t.db, registry, { organisationId: org, assessmentId, baseRevision });

	async function answeredDraft(registry = onlyV1) {
		const a = await start(registry);
		const p = await save(registry, a.id, 'profile', answerAll(profile), 0);
		const d = await save(registry, a.id, 'demo', answerAll(v100), 1);
		expect([p.ok, d.ok]).toEqual([true, true]);
		return (await getAssessment(t.db, org, a.id))!;
	}

	it('offers a newer minor version when every answer still fits, and moves on request', async () => {
		const draft = await answeredDraft();
		expect(draftUpgrades(onlyV1, draft, await getAnswers(t.db, draft.id))).toEqual([]);
		const offers = draftUpgrades(withMinor, draft, await getAnswers(t.db, draft.id));
		expect(offers).toEqual([{ module: 'demo', from: '1.0.0', to: '1.1.0' }]);

		const moved = await valueOf(move(withMinor, draft.id, draft.revision));
		expect(moved.pins.find((p) => p.module === 'demo')?.version).toBe('1.1.0');
		expect(moved.pins.find((p) => p.module === 'profile')).toEqual(draft.pins[0]);
		expect(moved.revision).toBe(draft.revision + 1);
		expect(moved.changes.demo.from).toBe('1.0.0');
		expect(moved.changes.demo.added).toEqual(['written_contract']);
		expect((await getAnswers(t.db, draft.id)).demo).toEqual(answerAll(v100));
		// Saves now validate against the version moved to.
		const saved = await save(
			withMinor,
			draft.id,
			'demo',
			{ written_contract: 'yes' },
			moved.revision
		);
		expect(saved.ok).toBe(true);
	});

	it('never offers a major version, and never moves a stale or submitted draft', async () => {
		const draft = await answeredDraft();
		const answers = await getAnswers(t.db, draft.id);
		// 2.0.0 is the newest: a major step away, so nothing is offered at all.
		expect(draftUpgrades(withMajor, draft, answers)).toEqual([]);
		const stale = await refusalOf(move(withMinor, draft.id, draft.revision - 1));
		expect(stale.reason).toBe('conflict');
		await submit(onlyV1, draft.id);
		const submitted = (await getAssessment(t.db, org, draft.id))!;
		expect(draftUpgrades(withMinor, submitted, answers)).toEqual([]);
		const refused = await refusalOf(move(withMinor, draft.id, submitted.revision));
		expect(refused.reason).toBe('submitted');
		expect((await getAssessment(t.db, org, draft.id))!.pins).toEqual(draft.pins);
	});

	it('does not offer a move an answer would not survive', async () => {
		const a = await start(onlyV1);
		await save(onlyV1, a.id, 'demo', { uses_agency: 'yes' }, 0);
		const draft = (await getAssessment(t.db, org, a.id))!;
		const answers = await getAnswers(t.db, a.id);
		// An answer the newer version has no question for blocks the move.
		const answersWithStray = { ...answers, demo: { ...answers.demo, gone_question: 'x' } };
		expect(draftUpgrades(withMinor, draft, answersWithStray)).toEqual([]);
		expect(draftUpgrades(withMinor, draft, answers)).toHaveLength(1);
	});

	it('carries the last answers onto the newest versions and says what is new', async () => {
		const first = await answeredDraft();
		await submit(onlyV1, first.id);
		const previous = await getAnswers(t.db, first.id);
		expect(previous.demo.comments).toBeDefined();

		const next = await start(withMajor);
		expect(next.pins.find((p) => p.module === 'demo')?.version).toBe('2.0.0');
		expect(next.previousId).toBe(first.id);
		expect(next.changes.demo.from).toBe('1.0.0');
		expect(next.changes.demo.added).toContain('written_contract');
		expect(next.changes.demo.dropped).toEqual(['comments']);
		expect(next.changes.profile).toBeUndefined();
		const carried = await getAnswers(t.db, next.id);
		const { comments: _dropped, ...kept } = previous.demo;
		expect(carried.demo).toEqual(kept);
		expect(carried.profile).toEqual(previous.profile);
	});
});
