import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { JOIN_CODE_ALPHABET } from './codes';
import {
	join,
	joinableByCode,
	participation,
	participations,
	setShareResult,
	workshopAssessment,
	workshopByCode
} from './participants';
import { currentPins } from '../assessments';
import { valueOf } from '../../test-helpers';
import { answerAndSubmit, facilitator, newWorkshop, organisations, registry } from './test-helpers';
import {
	closeWorkshop,
	createWorkshop,
	followUpsOf,
	getWorkshop,
	listWorkshops,
	type NewWorkshop
} from './workshop';

async function rejection(promise: Promise<{ ok: true } | { ok: false; reason: string }>) {
	const outcome = await promise;
	if (outcome.ok) throw new Error('expected a refusal');
	return outcome.reason;
}

describe.each(testEngines)('workshops on %s', (engine) => {
	let t: TestDb;
	beforeEach(async () => {
		t = await freshDb(engine);
	});
	afterEach(() => t.close());

	const created = (facilitatorId: string, workshop: NewWorkshop, nextCode?: () => string) =>
		valueOf(createWorkshop(t.db, { facilitatorId, workshop, nextCode }));
	const joining = (code: string, organisationId: string, label: string, shareName: boolean) =>
		join(t.db, registry, { code, organisationId, label, shareName });
	const joinAs = (...request: Parameters<typeof joining>) => valueOf(joining(...request));
	const share = (workshopId: string, organisationId: string, value: boolean) =>
		setShareResult(t.db, { workshopId, organisationId, share: value, actorId: null });

	it('creates a workshop with a readable code and the pins it was given', async () => {
		const f = await facilitator(t.db);
		const input = newWorkshop();
		const w = await created(f, input);
		expect(w.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
		expect(w.status).toBe('open');
		expect(w.pins).toEqual(input.pins);
		expect(w.pins.map((p) => p.module)).toContain('wages');
		expect(w.pins[0].module).toBe('profile');
		expect(w.pins.map((p) => p.module)).not.toContain('supplier');
		const audit = await t.db.selectFrom('audit_log').selectAll().execute();
		expect(audit.map((a) => a.action)).toEqual(['workshop.create']);
	});

	it('draws another code when one is taken', async () => {
		const f = await facilitator(t.db);
		const codes = ['ACDEFH', 'ACDEFH', 'KMNPRT'];
		const next = () => codes.shift() as string;
		const first = await created(f, newWorkshop(), next);
		const second = await created(f, newWorkshop(), next);
		expect([first.joinCode, second.joinCode]).toEqual(['ACDEFH', 'KMNPRT']);
	});

	it('stores an online workshop without a place', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop({ online: true, place: 'ignored' }));
		expect(w).toMatchObject({ online: true, place: null });
	});

	it('lets a facilitator see and close only its own workshops', async () => {
		const [a, b] = [await facilitator(t.db), await facilitator(t.db)];
		const wa = await created(a, newWorkshop({ title: 'A' }));
		await created(b, newWorkshop({ title: 'B' }));
		expect((await listWorkshops(t.db, a)).map((w) => w.title)).toEqual(['A']);
		expect(await getWorkshop(t.db, b, wa.id)).toBeUndefined();
		expect((await closeWorkshop(t.db, b, wa.id)).ok).toBe(false);
		expect((await getWorkshop(t.db, a, wa.id))?.status).toBe('open');
		expect(
			await rejection(
				createWorkshop(t.db, { facilitatorId: b, workshop: newWorkshop({ followUpOf: wa.id }) })
			)
		).toBe('follow_up_not_found');
		const follow = await created(a, newWorkshop({ followUpOf: wa.id }));
		expect((await followUpsOf(t.db, a, wa.id)).map((w) => w.id)).toEqual([follow.id]);
		expect(await followUpsOf(t.db, b, wa.id)).toEqual([]);
	});

	it('joins with the code however it is typed, and starts an assessment on the workshop pins', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop());
		const [org] = await organisations(t.db, 1);
		const typed = `${w.joinCode.slice(0, 3).toLowerCase()} - ${w.joinCode.slice(3)}`;
		const joined = await joinAs(typed, org, '  Sad nr 3 ', true);
		expect(joined).toMatchObject({ workshopId: w.id, joinedNow: true });
		const assessment = await t.db
			.selectFrom('assessments')
			.selectAll()
			.where('id', '=', joined.assessmentId)
			.executeTakeFirstOrThrow();
		expect(assessment).toMatchObject({ organisation_id: org, status: 'draft' });
		expect(assessment.pins).toEqual(w.pins);
		expect(await participation(t.db, w.id, org)).toMatchObject({
			label: 'Sad nr 3',
			shareName: true,
			shareResult: false,
			assessmentId: joined.assessmentId,
			submitted: false
		});
	});

	it('joining twice changes nothing', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop());
		const [org] = await organisations(t.db, 1);
		const first = await joinAs(w.joinCode, org, 'Pierwsza', false);
		const again = await joinAs(w.joinCode, org, 'Druga', true);
		expect(again).toEqual({ ...first, joinedNow: false });
		const rows = await t.db.selectFrom('workshop_participants').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ label: 'Pierwsza', share_name: 0 });
		expect(await t.db.selectFrom('assessments').select('id').execute()).toHaveLength(1);
	});

	it('two joins at the same moment leave one participation and one assessment', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop());
		const [org] = await organisations(t.db, 1);
		const both = await Promise.all([
			joinAs(w.joinCode, org, 'A', false),
			joinAs(w.joinCode, org, 'A', false)
		]);
		expect(both[0].assessmentId).toBe(both[1].assessmentId);
		expect(await t.db.selectFrom('workshop_participants').select('id').execute()).toHaveLength(1);
		expect(await t.db.selectFrom('assessments').select('id').execute()).toHaveLength(1);
	});

	it('refuses a malformed or unknown code and a closed workshop, with a reason for each', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop());
		const [early, late] = await organisations(t.db, 2);
		expect(await rejection(joining('ABC-123', late, 'x', false))).toBe('invalid_code');
		const unknown = w.joinCode === 'ACDEFH' ? 'KMNPRT' : 'ACDEFH';
		expect(await rejection(joining(unknown, late, 'x', false))).toBe('not_found');
		await joinAs(w.joinCode, early, 'Wcześniej', false);
		expect((await closeWorkshop(t.db, f, w.id)).ok).toBe(true);
		expect(await rejection(joining(w.joinCode, late, 'x', false))).toBe('closed');
		expect((await valueOf(workshopByCode(t.db, w.joinCode))).status).toBe('closed');
		expect(await rejection(joinableByCode(t.db, w.joinCode, late))).toBe('closed');
		expect(await rejection(joinableByCode(t.db, w.joinCode, null))).toBe('closed');
		expect((await valueOf(joinableByCode(t.db, w.joinCode, early))).joined).toBe(true);
		// Those who joined before the close keep their place.
		expect((await joinAs(w.joinCode, early, 'Wcześniej', false)).joinedNow).toBe(false);
		expect(await t.db.selectFrom('workshop_participants').select('id').execute()).toHaveLength(1);
	});

	it("takes the organisation's draft in progress as its workshop assessment", async () => {
		const f = await facilitator(t.db);
		const [first, second] = [await created(f, newWorkshop()), await created(f, newWorkshop())];
		const [org] = await organisations(t.db, 1);
		const a = await joinAs(first.joinCode, org, 'x', false);
		const b = await joinAs(second.joinCode, org, 'x', false);
		expect(b.assessmentId).toBe(a.assessmentId);
		const drafts = await t.db.selectFrom('assessments').select('id').execute();
		expect(drafts).toHaveLength(1);
	});

	it("starts on the workshop's own pins, even when newer versions came out since", async () => {
		const f = await facilitator(t.db);
		const oldest = currentPins(registry).map((p) => {
			const first = registry.versions.get(p.module)?.[0];
			return first ? { module: first.id, version: first.version, sha256: first.sha256 } : p;
		});
		expect(oldest).not.toEqual(currentPins(registry));
		const w = await created(f, newWorkshop({ pins: oldest }));
		const [org] = await organisations(t.db, 1);
		const { assessmentId } = await joinAs(w.joinCode, org, 'x', false);
		const row = await t.db
			.selectFrom('assessments')
			.select('pins')
			.where('id', '=', assessmentId)
			.executeTakeFirstOrThrow();
		expect(row.pins).toEqual(oldest);
	});

	it("carries an earlier assessment's answers into the workshop draft, as any new one does", async () => {
		const f = await facilitator(t.db);
		const [first, second] = [await created(f, newWorkshop()), await created(f, newWorkshop())];
		const [org] = await organisations(t.db, 1);
		const before = await joinAs(first.joinCode, org, 'x', false);
		await answerAndSubmit(t.db, before.assessmentId, 'best');
		const after = await joinAs(second.joinCode, org, 'x', false);
		expect(after.assessmentId).not.toBe(before.assessmentId);
		const carried = await t.db
			.selectFrom('answers')
			.select('question_id')
			.where('assessment_id', '=', after.assessmentId)
			.execute();
		expect(carried.length).toBeGreaterThan(0);
	});

	it('starts a new assessment when the one the participant had was deleted', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop());
		const [org, stranger] = await organisations(t.db, 2);
		const { assessmentId } = await joinAs(w.joinCode, org, 'x', false);
		await t.db.deleteFrom('assessments').where('id', '=', assessmentId).execute();
		const fresh = await valueOf(
			workshopAssessment(t.db, registry, { workshopId: w.id, organisationId: org })
		);
		expect(fresh).toBeTruthy();
		expect(fresh).not.toBe(assessmentId);
		expect(
			await workshopAssessment(t.db, registry, { workshopId: w.id, organisationId: stranger })
		).toEqual({ ok: false, reason: 'not_joined' });
	});

	it('shares and withdraws a result only for a workshop the organisation joined', async () => {
		const f = await facilitator(t.db);
		const w = await created(f, newWorkshop());
		const [org, stranger] = await organisations(t.db, 2);
		await joinAs(w.joinCode, org, 'x', false);
		expect((await share(w.id, org, true)).ok).toBe(true);
		expect((await participation(t.db, w.id, org))?.shareResult).toBe(true);
		expect((await share(w.id, org, false)).ok).toBe(true);
		expect((await participation(t.db, w.id, org))?.shareResult).toBe(false);
		expect((await share(w.id, stranger, true)).ok).toBe(false);
		expect(await participations(t.db, stranger)).toEqual([]);
		const actions = await t.db.selectFrom('audit_log').select('action').execute();
		expect(actions.map((a) => a.action).sort()).toEqual([
			'workshop.create',
			'workshop.share_result',
			'workshop.withdraw_result'
		]);
	});
});
