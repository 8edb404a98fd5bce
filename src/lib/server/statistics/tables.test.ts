import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	crossTable,
	DIMENSIONS,
	MULTI_VALUED,
	overview,
	tableRequestSchema,
	type CellView,
	type Dimension,
	type StatTable
} from './tables';
import { LEVEL_KEYS, measureOf, tallies, type Population, type Tally } from './tallies';
import type { Db } from '../db';
import { freshDb, testEngines, type TestDb } from '../db/test-helpers';
import { seedSyntheticStatistics } from '../seed';
import { ILO_CODES } from '../../questionnaire/codes';
import { iloColumn, recordSubmission, type SubmissionFacts } from './record';

const MIN = 10;
const NOW = new Date('2025-11-15T12:00:00Z');

/** Every table an inspector can ask for. */
const REQUESTS = DIMENSIONS.flatMap((rows) => [
	{ rows, cols: null },
	...DIMENSIONS.filter(
		(cols) => cols !== rows && !(MULTI_VALUED.includes(rows) && MULTI_VALUED.includes(cols))
	).map((cols) => ({ rows, cols }))
]) as { rows: Dimension; cols: Dimension | null }[];

async function loadFacts(db: Db) {
	const [subs, modules, flags] = await Promise.all([
		db.selectFrom('stat_submissions').selectAll().execute(),
		db.selectFrom('stat_module_levels').selectAll().execute(),
		db.selectFrom('stat_flags').selectAll().execute()
	]);
	return { subs, modules, flags };
}

/** The tallies recomputed in plain code from the fact rows: the reference for the SQL. */
function referenceTallies(
	{ subs, modules, flags }: Awaited<ReturnType<typeof loadFacts>>,
	population: Population,
	dims: Dimension[]
) {
	// The latest quarter of each organisation, found afresh rather than read from `latest`.
	const latest = new Map<string, string>();
	for (const s of subs) {
		if ((latest.get(s.organisation_id) ?? '') < s.period) latest.set(s.organisation_id, s.period);
	}
	const byAssessment = <T extends { assessment_id: string }>(rows: T[]) => {
		const map = new Map<string, T[]>();
		for (const r of rows) map.set(r.assessment_id, [...(map.get(r.assessment_id) ?? []), r]);
		return (id: string) => map.get(id) ?? [];
	};
	const modulesOf = byAssessment(modules);
	const flagsOf = byAssessment(flags);
	const measure = measureOf(dims);
	const out = new Map<string, Tally>();
	for (const s of subs) {
		if (population === 'latest' && latest.get(s.organisation_id) !== s.period) continue;
		const fixed: Record<string, string> = {
			sector: s.sector,
			size_band: s.size_band,
			voivodeship: s.voivodeship,
			period: s.period
		};
		const multi = dims.find((d) => MULTI_VALUED.includes(d));
		const variants: { value?: string; levels: string[] }[] =
			multi === 'module'
				? modulesOf(s.assessment_id).map((m) => ({
						value: `${m.module_id}@${m.module_version}`,
						levels: [m.band, ...(m.critical ? ['critical'] : [])]
					}))
				: multi === 'ilo'
					? ILO_CODES.filter((code) => s[iloColumn(code)] !== null).map((code) => ({
							value: code,
							levels: [`risk_${s[iloColumn(code)]}`]
						}))
					: multi === 'flag'
						? flagsOf(s.assessment_id).map((f) => ({
								value: `${f.module_id}:${f.flag_id}`,
								levels: [s.overall_level]
							}))
						: [{ levels: [s.overall_level] }];
		for (const v of variants) {
			const key = dims.map((d) => (d === multi ? v.value : fixed[d])).join('\t');
			const t = out.get(key) ?? {
				n: 0,
				flagged: 0,
				levels: Object.fromEntries(LEVEL_KEYS[measure].map((k) => [k, 0]))
			};
			t.n++;
			t.flagged += s.flagged;
			for (const l of v.levels) t.levels[l]++;
			out.set(key, t);
		}
	}
	return out;
}

function shown(c: CellView | undefined): c is Extract<CellView, { suppressed: false }> {
	return !!c && !c.suppressed;
}

function linesOf(t: StatTable): { total: CellView; parts: CellView[] }[] {
	const lines: { total: CellView; parts: CellView[] }[] = [];
	t.rowTotals?.forEach((total, i) => lines.push({ total, parts: t.cells[i] }));
	t.colTotals?.forEach((total, j) => lines.push({ total, parts: t.cells.map((r) => r[j]) }));
	if (t.grandTotal) {
		if (t.rowTotals) lines.push({ total: t.grandTotal, parts: t.rowTotals });
		if (t.colTotals) lines.push({ total: t.grandTotal, parts: t.colTotals });
	}
	return lines;
}

describe.each(testEngines)('aggregates on %s', (engine) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(engine);
		await seedSyntheticStatistics(t.db, { count: 1500, seed: 7, now: NOW, quarters: 4 });
	});
	afterAll(() => t.close());

	it('computes the same tallies in SQL as the plain reference, for every table', async () => {
		const groupings: Dimension[][] = [
			[],
			...REQUESTS.map((r) => (r.cols ? [r.rows, r.cols] : [r.rows]))
		];
		const facts = await loadFacts(t.db);
		for (const dims of groupings) {
			for (const population of ['latest', 'quarterly'] as const) {
				const sqlTallies = await tallies(t.db, population, dims);
				const reference = referenceTallies(facts, population, dims);
				expect(Object.fromEntries(sqlTallies), `${population} ${dims.join('×')}`).toEqual(
					Object.fromEntries(reference)
				);
			}
		}
	});

	it('shows only rounded counts of groups at the threshold, and never one hidden cell alone in a line', async () => {
		for (const request of REQUESTS) {
			const table = await crossTable(t.db, request, { min: MIN });
			const all = [
				...table.cells.flat(),
				...(table.rowTotals ?? []),
				...(table.colTotals ?? []),
				...(table.grandTotal ? [table.grandTotal] : [])
			];
			for (const c of all.filter(shown)) {
				expect(c.organisations % 5).toBe(0);
				expect(c.organisations).toBeGreaterThanOrEqual(MIN);
			}
			for (const line of linesOf(table)) {
				if (line.total.suppressed) continue;
				expect(line.parts.filter((c) => c.suppressed).length, JSON.stringify(request)).not.toBe(1);
			}
		}
	});

	it('shows a margin exactly as the one-way table of its dimension does', async () => {
		const oneWay = new Map<Dimension, StatTable>();
		for (const d of DIMENSIONS)
			oneWay.set(d, await crossTable(t.db, { rows: d, cols: null }, { min: MIN }));
		for (const request of REQUESTS.filter((r) => r.cols)) {
			const table = await crossTable(t.db, request, { min: MIN });
			const cols = request.cols as Dimension;
			if (table.rowTotals) {
				expect(table.rowTotals).toEqual(oneWay.get(request.rows)!.cells.map((r) => r[0]));
			}
			if (table.colTotals)
				expect(table.colTotals).toEqual(oneWay.get(cols)!.cells.map((r) => r[0]));
			if (table.grandTotal) expect(table.grandTotal).toEqual(oneWay.get('sector')!.colTotals![0]);
		}
	});

	it('marks exactly the latest quarter of each organisation as latest', async () => {
		const { subs } = await loadFacts(t.db);
		const latest = new Map<string, string>();
		for (const s of subs) {
			if ((latest.get(s.organisation_id) ?? '') < s.period) latest.set(s.organisation_id, s.period);
		}
		for (const s of subs) expect(s.latest).toBe(latest.get(s.organisation_id) === s.period ? 1 : 0);
	});

	it('counts each organisation once: with its latest quarter, or once in each quarter', async () => {
		const [orgs] = await Promise.all([
			t.db
				.selectFrom('stat_submissions')
				.select((eb) => eb.fn.count<number>('organisation_id').distinct().as('n'))
				.executeTakeFirstOrThrow()
		]);
		const all = await tallies(t.db, 'latest', []);
		expect(all.get('')!.n).toBe(Number(orgs.n));
		const quarterly = await tallies(t.db, 'quarterly', []);
		expect(quarterly.get('')!.n).toBeGreaterThan(Number(orgs.n)); // some firms reassessed
		const o = await overview(t.db, MIN);
		expect(o.organisations).toMatchObject({ suppressed: false });
		expect(o.byPeriod.rowValues).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
	});

	it('never lets an id, a name or an exact date into a table', async () => {
		const ids = await t.db
			.selectFrom('stat_submissions')
			.select(['assessment_id', 'organisation_id', 'submitted_at'])
			.limit(50)
			.execute();
		const names = await t.db.selectFrom('organisations').select('name').limit(50).execute();
		const text = JSON.stringify(
			await Promise.all(REQUESTS.map((r) => crossTable(t.db, r, { min: MIN })))
		);
		for (const row of ids) {
			expect(text).not.toContain(row.assessment_id);
			expect(text).not.toContain(row.organisation_id);
			expect(text).not.toContain(row.submitted_at.slice(0, 10));
		}
		for (const { name } of names) expect(text).not.toContain(`"${name}"`);
	});

	it('orders module and flag rows as the questionnaire files do, then by name', async () => {
		const moduleOrder = ['wages', 'recruitment'];
		const modules = await crossTable(
			t.db,
			{ rows: 'module', cols: null },
			{ min: MIN, moduleOrder }
		);
		const ids = modules.rowValues.map((v) => v.split('@')[0]);
		const rest = ids.filter((id) => !moduleOrder.includes(id));
		expect(ids.slice(0, 3)).toEqual(['wages', 'recruitment', 'recruitment']);
		expect(modules.rowValues[1]).toBe('recruitment@1.0.0');
		expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
		const flags = await crossTable(t.db, { rows: 'flag', cols: null }, { min: MIN, moduleOrder });
		expect(flags.rowValues[0].startsWith('wages:')).toBe(true);
	});
});

describe.each(testEngines)('a small hand-made set on %s', (engine) => {
	let t: TestDb;
	beforeAll(async () => {
		t = await freshDb(engine);
		const at = '2025-01-01T00:00:00.000Z';
		let n = 0;
		const add = async (over: Partial<SubmissionFacts>, org?: string) => {
			n++;
			const organisationId = org ?? `o${n}`;
			if (
				!org ||
				!(await t.db
					.selectFrom('organisations')
					.select('id')
					.where('id', '=', org)
					.executeTakeFirst())
			) {
				await t.db
					.insertInto('organisations')
					.values({ id: organisationId, name: `Firma ${n}`, created_at: at })
					.execute();
			}
			await t.db
				.insertInto('assessments')
				.values({
					id: `a${n}`,
					organisation_id: organisationId,
					status: 'submitted',
					revision: 0,
					pins: '[]',
					created_at: at,
					updated_at: at,
					stats_opt_out: 0
				})
				.execute();
			await recordSubmission(t.db, {
				assessmentId: `a${n}`,
				organisationId,
				submittedAt: new Date('2025-05-10T10:00:00Z'),
				optOut: false,
				sector: 'c',
				sizeBand: 'small',
				voivodeship: 'mazowieckie',
				overallLevel: 'low',
				modules: [{ moduleId: 'wages', version: '1.0.0', band: 'low', critical: false }],
				flags: [],
				ilo: { WW: 0 },
				...over
			});
		};
		// Sector C: 12 firms, 3 of them high with the same flag; sector F: 14; sector A: 3.
		for (let i = 0; i < 9; i++) await add({});
		for (let i = 0; i < 3; i++) {
			await add({ overallLevel: 'high', flags: [{ moduleId: 'wages', flagId: 'pay_held_back' }] });
		}
		for (let i = 0; i < 14; i++) await add({ sector: 'f', sizeBand: i < 4 ? 'micro' : 'small' });
		for (let i = 0; i < 3; i++) await add({ sector: 'a' });
		// One firm of sector F assessed in an earlier quarter too: it counts there, and once overall.
		await add(
			{ sector: 'f', submittedAt: new Date('2025-02-10T10:00:00Z'), overallLevel: 'high' },
			'o13'
		);
		// Opted out: nowhere.
		await add({ sector: 'a', optOut: true });
	});
	afterAll(() => t.close());

	it('shows the big sectors rounded, with shares, and hides the small one', async () => {
		const table = await crossTable(t.db, { rows: 'sector', cols: null }, { min: MIN });
		const at = (letter: string) => table.cells[table.rowValues.indexOf(letter)][0];
		expect(at('C')).toEqual({
			suppressed: false,
			organisations: 10,
			shares: { low: 75, medium: 0, high: 25, possible_forced_labour: 0, flagged: 25 }
		});
		expect(at('F')).toMatchObject({ suppressed: false, organisations: 15, shares: { low: 100 } });
		expect(at('A')).toEqual({ suppressed: true });
		expect(at('B')).toEqual({ suppressed: true });
		expect(table.colTotals).toEqual([
			{
				suppressed: false,
				organisations: 30,
				shares: { low: 90, medium: 0, high: 10, possible_forced_labour: 0, flagged: 10 }
			}
		]);
	});

	it('hides a flag shared by fewer firms than the threshold', async () => {
		const table = await crossTable(t.db, { rows: 'flag', cols: null }, { min: MIN });
		expect(table.rowValues).toEqual(['wages:pay_held_back']);
		expect(table.cells).toEqual([[{ suppressed: true }]]);
		expect(table.colTotals).toBeNull();
		const lower = await crossTable(t.db, { rows: 'flag', cols: null }, { min: 3 });
		expect(lower.cells[0][0]).toMatchObject({ suppressed: false, shares: { having: 10 } });
	});

	it('splits size within sector, hiding small and empty cells so no total gives one away', async () => {
		const table = await crossTable(t.db, { rows: 'sector', cols: 'size_band' }, { min: MIN });
		const row = table.cells[table.rowValues.indexOf('F')];
		// F: 4 micro, 10 small, none medium or large, 14 in all: the empty cells are hidden
		// too, so the total minus the small firms leaves micro + medium + large, not micro.
		expect(row.map((c) => c.suppressed)).toEqual([true, false, true, true]);
		expect(table.rowTotals?.[table.rowValues.indexOf('F')]).toMatchObject({ organisations: 15 });
	});

	it('counts the reassessing firm in each of its quarters', async () => {
		const table = await crossTable(t.db, { rows: 'period', cols: null }, { min: 1 });
		expect(table.rowValues).toEqual(['2025-Q1', '2025-Q2']);
		expect(table.cells.map((r) => (r[0].suppressed ? null : r[0].organisations))).toEqual([0, 30]);
		expect(table.colTotals?.[0]).toMatchObject({ organisations: 30 });
		expect(tableRequestSchema.safeParse({ rows: 'flag', cols: 'ilo' }).success).toBe(false);
		expect(tableRequestSchema.safeParse({ rows: 'sector', cols: 'sector' }).success).toBe(false);
	});
});
