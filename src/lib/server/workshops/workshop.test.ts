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
import { currentPins } from '../assessments/service';
import { answerAndSubmit, facilitator, newWorkshop, organisations, registry } from './test-helpers';
import {
	closeWorkshop,
	createWorkshop,
	followUpsOf,
	getWorkshop,
	listWorkshops,
	WorkshopError
} from './workshop';

async function rejection(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof WorkshopError) return e.reason;
		throw e;
	}
	throw new Error('expected a WorkshopError');
}

describe.each(testEngines)('workshops on %s', (engine) => {
	let t: TestDb;
	beforeEach(async () => {
		t = await freshDb(engine);
	});
	afterEach(() => t.close());

	it('creates a workshop with a readable code and the pins it was given', async () => {
		const f = await facilitator(t.db);
		const input = newWorkshop();
		const w = await createWorkshop(t.db, f, input);
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
		const first = await createWorkshop(t.db, f, newWorkshop(), next);
		const second = await createWorkshop(t.db, f, newWorkshop(), next);
		expect([first.joinCode, second.joinCode]).toEqual(['ACDEFH', 'KMNPRT']);
	});

	it('stores an online workshop without a place', async () => {
		const f = await facilitator(t.db);
		const w = await createWorkshop(t.db, f, newWorkshop({ online: true, place: 'ignored' }));
		expect(w).toMatchObject({ online: true, place: null });
	});

	it('lets a facilitator see and close only its own workshops', async () => {
		const [a, b] = [await facilitator(t.db), await facilitator(t.db)];
		const wa = await createWorkshop(t.db, a, newWorkshop({ title: 'A' }));
		await createWorkshop(t.db, b, newWorkshop({ title: 'B' }));
		expect((await listWorkshops(t.db, a)).map((w) => w.title)).toEqual(['A']);
		expect(await getWorkshop(t.db, b, wa.id)).toBeUndefined();
		expect(await closeWorkshop(t.db, b, wa.id)).toBe(false);
		expect((await getWorkshop(t.db, a, wa.id))?.status).toBe('open');
		expect(await rejection(createWorkshop(t.db, b, newWorkshop({ followUpOf: wa.id })))).toBe(
			'follow_up_not_found'
		);
		const follow = await createWorkshop(t.db, a, newWorkshop({ followUpOf: wa.id }));
		expect((await followUpsOf(t.db, a, wa.id)).map((w) => w.id)).toEqual([follow.id]);
		expect(await followUpsOf(t.db, b, wa.id)).toEqual([]);
	});

	it('joins with the code however it is typed, and starts an assessment on the workshop pins', async () => {
		const f = await facilitator(t.db);
		const w = await createWorkshop(t.db, f, newWorkshop());
		const [org] = await organisations(t.db, 1);
		const typed = `${w.joinCode.slice(0, 3).toLowerCase()} - ${w.joinCode.slice(3)}`;
		const joined = await join(t.db, registry, typed, org, '  Sad nr 3 ', true);
		expect(joined).toMatchObject({ workshopId: w.id, joinedNow: true });
		const assessment = await t.db
			.selectFrom('assessments')
			.selectAll()
			.where('id', '=', joined.assessmentId)
			.executeTakeFirstOrThrow();
		expect(assessment).toMatchObject({ organisation_id: org, status: 'draft' });
		expect(JSON.parse(assessment.pins)).toEqual(w.pins);
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
		const w = await createWorkshop(t.db, f, newWorkshop());
		const [org] = await organisations(t.db, 1);
		const first = await join(t.db, registry, w.joinCode, org, 'Pierwsza', false);
		const again = await join(t.db, registry, w.joinCode, org, 'Druga', true);
		expect(again).toEqual({ ...first, joinedNow: false });
		const rows = await t.db.selectFrom('workshop_participants').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ label: 'Pierwsza', share_name: 0 });
		expect(await t.db.selectFrom('assessments').select('id').execute()).toHaveLength(1);
	});

	it('two joins at the same moment leave one participation and one assessment', async () => {
		const f = await facilitator(t.db);
		const w = await createWorkshop(t.db, f, newWorkshop());
		const [org] = await organisations(t.db, 1);
		const both = await Promise.all([
			join(t.db, registry, w.joinCode, org, 'A', false),
			join(t.db, registry, w.joinCode, org, 'A', false)
		]);
		expect(both[0].assessmentId).toBe(both[1].assessmentId);
		expect(await t.db.selectFrom('workshop_participants').select('id').execute()).toHaveLength(1);
		expect(await t.db.selectFrom('assessments').select('id').execute()).toHaveLength(1);
	});

	it('refuses a malformed or unknown code and a closed workshop, with a reason for each', async () => {
		const f = await facilitator(t.db);
		const w = await createWorkshop(t.db, f, newWorkshop());
		const [early, late] = await organisations(t.db, 2);
		expect(await rejection(join(t.db, registry, 'ABC-123', late, 'x', false))).toBe('invalid_code');
		const unknown = w.joinCode === 'ACDEFH' ? 'KMNPRT' : 'ACDEFH';
		expect(await rejection(join(t.db, registry, unknown, late, 'x', false))).toBe('not_found');
		await join(t.db, registry, w.joinCode, early, 'Wcześniej', false);
		expect(await closeWorkshop(t.db, f, w.id)).toBe(true);
		expect(await rejection(join(t.db, registry, w.joinCode, late, 'x', false))).toBe('closed');
		expect((await workshopByCode(t.db, w.joinCode)).status).toBe('closed');
		expect(await rejection(joinableByCode(t.db, w.joinCode, late))).toBe('closed');
		expect(await rejection(joinableByCode(t.db, w.joinCode, null))).toBe('closed');
		expect((await joinableByCode(t.db, w.joinCode, early)).joined).toBe(true);
		// Those who joined before the close keep their place.
		expect((await join(t.db, registry, w.joinCode, early, 'Wcześniej', false)).joinedNow).toBe(
			false
		);
		expect(await t.db.selectFrom('workshop_participants').select('id').execute()).toHaveLength(1);
	});

	it("takes the organisation's draft in progress as its workshop assessment", async () => {
		const f = await facilitator(t.db);
		const [first, second] = [
			await createWorkshop(t.db, f, newWorkshop()),
			await createWorkshop(t.db, f, newWorkshop())
		];
		const [org] = await organisations(t.db, 1);
		const a = await join(t.db, registry, first.joinCode, org, 'x', false);
		const b = await join(t.db, registry, second.joinCode, org, 'x', false);
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
		const w = await createWorkshop(t.db, f, newWorkshop({ pins: oldest }));
		const [org] = await organisations(t.db, 1);
		const { assessmentId } = await join(t.db, registry, w.joinCode, org, 'x', false);
		const row = await t.db
			.selectFrom('assessments')
			.select('pins')
			.where('id', '=', assessmentId)
			.executeTakeFirstOrThrow();
		expect(JSON.parse(row.pins)).toEqual(oldest);
	});

	it("carries an earlier assessment's answers into the workshop draft, as any new one does", async () => {
		const f = await facilitator(t.db);
		const [first, second] = [
			await createWorkshop(t.db, f, newWorkshop()),
			await createWorkshop(t.db, f, newWorkshop())
		];
		const [org] = await organisations(t.db, 1);
		const before = await join(t.db, registry, first.joinCode, org, 'x', false);
		await answerAndSubmit(t.db, before.assessmentId, 'best');
		const after = await join(t.db, registry, second.joinCode, org, 'x', false);
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
		const w = await createWorkshop(t.db, f, newWorkshop());
		const [org, stranger] = await organisations(t.db, 2);
		const { assessmentId } = await join(t.db, registry, w.joinCode, org, 'x', false);
		await t.db.deleteFrom('assessments').where('id', '=', assessmentId).execute();
		const fresh = await workshopAssessment(t.db, registry, w.id, org);
		expect(fresh).toBeTruthy();
		expect(fresh).not.toBe(assessmentId);
		expect(await workshopAssessment(t.db, registry, w.id, stranger)).toBeUndefined();
	});

	it('shares and withdraws a result only for a workshop the organisation joined', async () => {
		const f = await facilitator(t.db);
		const w = await createWorkshop(t.db, f, newWorkshop());
		const [org, stranger] = await organisations(t.db, 2);
		await join(t.db, registry, w.joinCode, org, 'x', false);
		expect(await setShareResult(t.db, w.id, org, true, null)).toBe(true);
		expect((await participation(t.db, w.id, org))?.shareResult).toBe(true);
		expect(await setShareResult(t.db, w.id, org, false, null)).toBe(true);
		expect((await participation(t.db, w.id, org))?.shareResult).toBe(false);
		expect(await setShareResult(t.db, w.id, stranger, true, null)).toBe(false);
		expect(await participations(t.db, stranger)).toEqual([]);
		const actions = await t.db.selectFrom('audit_log').select('action').execute();
		expect(actions.map((a) => a.action).sort()).toEqual([
			'workshop.create',
			'workshop.share_result',
			'workshop.withdraw_result'
		]);
	});
});
