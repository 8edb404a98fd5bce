import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { forgetOrganisation, quarterOf, recordSubmission, type SubmissionFacts } from './record';

async function organisationWith(db: Db, org: string, assessments: string[]) {
	const at = '2025-01-01T00:00:00.000Z';
	await db.insertInto('organisations').values({ id: org, name: org, created_at: at }).execute();
	for (const id of assessments) {
		await db
			.insertInto('assessments')
			.values({
				id,
				organisation_id: org,
				status: 'submitted',
				revision: 0,
				pins: '[]',
				created_at: at,
				updated_at: at,
				stats_opt_out: 0
			})
			.execute();
	}
}

function facts(over: Partial<SubmissionFacts> & { assessmentId: string }): SubmissionFacts {
	return {
		organisationId: 'org1',
		submittedAt: new Date('2025-05-10T10:00:00Z'),
		optOut: false,
		sector: 'c',
		sizeBand: 'small',
		voivodeship: 'mazowieckie',
		overallLevel: 'high',
		modules: [
			{ moduleId: 'recruitment', version: '1.0.0', band: 'high', critical: true },
			{ moduleId: 'wages', version: '1.0.0', band: 'low', critical: false }
		],
		flags: [{ moduleId: 'recruitment', flagId: 'fees_not_repaid' }],
		ilo: { DB: 3, WW: 0, DC: 2 },
		...over
	};
}

async function counts(db: Db) {
	const n = async (t: 'stat_submissions' | 'stat_module_levels' | 'stat_flags') =>
		Number(
			(
				await db
					.selectFrom(t)
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		submissions: await n('stat_submissions'),
		modules: await n('stat_module_levels'),
		flags: await n('stat_flags')
	};
}

/** Which rows are marked as their organisation's latest quarter, in both tables. */
async function latestMarks(db: Db) {
	const subs = await db
		.selectFrom('stat_submissions')
		.select(['assessment_id', 'latest'])
		.orderBy('assessment_id')
		.execute();
	const mods = await db
		.selectFrom('stat_module_levels')
		.select(['assessment_id', 'latest'])
		.distinct()
		.orderBy('assessment_id')
		.execute();
	expect(mods).toEqual(subs);
	return Object.fromEntries(subs.map((r) => [r.assessment_id, r.latest]));
}

describe('quarterOf', () => {
	it('names the quarter in Polish time, so a late-night submission counts in the right one', () => {
		expect(quarterOf(new Date('2025-03-31T21:30:00Z'))).toBe('2025-Q1');
		expect(quarterOf(new Date('2025-03-31T22:30:00Z'))).toBe('2025-Q2'); // 00:30 CEST
		expect(quarterOf(new Date('2024-12-31T23:30:00Z'))).toBe('2025-Q1'); // 00:30 CET
		expect(quarterOf(new Date('2025-11-15T12:00:00Z'))).toBe('2025-Q4');
	});
});

describe.each(testEngines)('statistics facts on %s', (engine) => {
	let t: TestDb;
	beforeEach(async () => {
		t = await freshDb(engine);
		await organisationWith(t.db, 'org1', ['a1', 'a2', 'a3', 'a4', 'a5']);
		await organisationWith(t.db, 'org2', ['b1']);
	});
	afterEach(() => t.close());

	it('records a submission with its modules, flags and ILO profile, keeping only the quarter', async () => {
		expect(await recordSubmission(t.db, facts({ assessmentId: 'a1' }))).toBe('recorded');
		expect(await counts(t.db)).toEqual({ submissions: 1, modules: 2, flags: 1 });
		const row = await t.db.selectFrom('stat_submissions').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({
			period: '2025-Q2',
			sector: 'C',
			size_band: 'small',
			overall_level: 'high',
			flagged: 1
		});
		expect(row).toMatchObject({ ilo_db: 3, ilo_dc: 2, ilo_ww: 0, ilo_av: null, latest: 1 });
		const modules = await t.db
			.selectFrom('stat_module_levels')
			.selectAll()
			.orderBy('module_id')
			.execute();
		expect(modules.map((m) => [m.module_id, m.band, m.critical, m.sector, m.period])).toEqual([
			['recruitment', 'high', 1, 'C', '2025-Q2'],
			['wages', 'low', 0, 'C', '2025-Q2']
		]);
	});

	it('does not record an opted-out submission', async () => {
		expect(await recordSubmission(t.db, facts({ assessmentId: 'a1', optOut: true }))).toBe(
			'opted_out'
		);
		expect(await counts(t.db)).toEqual({ submissions: 0, modules: 0, flags: 0 });
	});

	it('counts an organisation once per quarter, with its latest submission', async () => {
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a1', submittedAt: new Date('2025-04-02T10:00:00Z') })
		);
		await recordSubmission(
			t.db,
			facts({
				assessmentId: 'a2',
				submittedAt: new Date('2025-06-20T10:00:00Z'),
				overallLevel: 'medium',
				flags: []
			})
		);
		const rows = await t.db.selectFrom('stat_submissions').selectAll().execute();
		expect(rows.map((r) => [r.assessment_id, r.overall_level, r.flagged])).toEqual([
			['a2', 'medium', 0]
		]);
		// The replaced submission's modules, flags and ILO rows went with it.
		expect(await counts(t.db)).toEqual({ submissions: 1, modules: 2, flags: 0 });
		// One that arrives late, after a later one of the same quarter, changes nothing.
		expect(
			await recordSubmission(
				t.db,
				facts({ assessmentId: 'a3', submittedAt: new Date('2025-05-01T10:00:00Z') })
			)
		).toBe('superseded');
		expect(
			(await t.db.selectFrom('stat_submissions').select('assessment_id').execute()).map(
				(r) => r.assessment_id
			)
		).toEqual(['a2']);
		// Another quarter is another row.
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a4', submittedAt: new Date('2025-08-01T10:00:00Z') })
		);
		expect((await counts(t.db)).submissions).toBe(2);
		expect(await latestMarks(t.db)).toEqual({ a2: 0, a4: 1 });
	});

	it('withdraws everything submitted up to an opt-out, and records consent again after it', async () => {
		const at = (iso: string) => new Date(iso);
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a1', submittedAt: at('2025-02-01T10:00:00Z') })
		);
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a2', submittedAt: at('2025-05-01T10:00:00Z') })
		);
		expect(
			await recordSubmission(
				t.db,
				facts({ assessmentId: 'a3', submittedAt: at('2025-05-20T10:00:00Z'), optOut: true })
			)
		).toBe('opted_out');
		expect(await counts(t.db)).toEqual({ submissions: 0, modules: 0, flags: 0 });
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a4', submittedAt: at('2025-08-01T10:00:00Z') })
		);
		// An opt-out that arrives late withdraws only what was submitted before it.
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a5', submittedAt: at('2025-06-01T10:00:00Z'), optOut: true })
		);
		expect(await latestMarks(t.db)).toEqual({ a4: 1 });
	});

	it('records the same assessment once even when called twice', async () => {
		await recordSubmission(t.db, facts({ assessmentId: 'a1' }));
		await recordSubmission(t.db, facts({ assessmentId: 'a1' }));
		expect(await counts(t.db)).toEqual({ submissions: 1, modules: 2, flags: 1 });
	});

	it('forgets an organisation entirely, and only that one', async () => {
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a1', submittedAt: new Date('2025-02-01T10:00:00Z') })
		);
		await recordSubmission(
			t.db,
			facts({ assessmentId: 'a2', submittedAt: new Date('2025-05-01T10:00:00Z') })
		);
		await recordSubmission(t.db, facts({ assessmentId: 'b1', organisationId: 'org2' }));
		expect(await forgetOrganisation(t.db, 'org1')).toBe(2);
		expect(await counts(t.db)).toEqual({ submissions: 1, modules: 2, flags: 1 });
	});

	it('loses the facts with the organisation when it is deleted', async () => {
		await recordSubmission(t.db, facts({ assessmentId: 'a1' }));
		await t.db.deleteFrom('organisations').where('id', '=', 'org1').execute();
		expect(await counts(t.db)).toEqual({ submissions: 0, modules: 0, flags: 0 });
	});

	it('refuses facts it cannot place, and writes nothing', async () => {
		await expect(
			recordSubmission(t.db, facts({ assessmentId: 'a1', sector: 'z' }))
		).rejects.toThrow();
		await expect(
			recordSubmission(t.db, facts({ assessmentId: 'a1', ilo: { DB: 4 } }))
		).rejects.toThrow();
		await expect(recordSubmission(t.db, facts({ assessmentId: 'nope' }))).rejects.toThrow();
		expect((await counts(t.db)).submissions).toBe(0);
	});
});
