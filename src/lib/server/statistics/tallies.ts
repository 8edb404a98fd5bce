import { sql, type RawBuilder } from 'kysely';
import { BANDS, ILO_CODES, LEVELS } from '../../questionnaire/codes';
import type { Db } from '../db';
import { iloColumn } from './record';

/**
 * The SQL behind the inspectors' tables: counts of organisations grouped by one or two
 * fixed dimensions, on SQLite and PostgreSQL alike. Only the names below ever reach
 * the SQL text; every dimension is one of a closed list, never a value typed by anyone.
 */

export const DIMENSIONS = [
	'sector',
	'size_band',
	'voivodeship',
	'period',
	'module',
	'ilo',
	'flag'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Dimensions with several values per organisation: at most one of them per table. */
export const MULTI_VALUED: readonly Dimension[] = ['module', 'ilo', 'flag'];

/**
 * Which submissions a table counts. latest: each organisation once, with its latest
 * quarter; quarterly: each organisation once per quarter (tables by quarter).
 */
export type Population = 'latest' | 'quarterly';

/** What the shares of a cell are shares of: the overall level, a module's band, an ILO risk. */
export type Measure = 'overall' | 'module' | 'ilo';

export const LEVEL_KEYS: Record<Measure, readonly string[]> = {
	overall: LEVELS,
	module: [...BANDS, 'critical'],
	ilo: ['risk_0', 'risk_1', 'risk_2', 'risk_3']
};

export interface Tally {
	/** Organisations (exact; never leaves the server unrounded). */
	n: number;
	/** Organisations at each level key of the measure. */
	levels: Record<string, number>;
	/** Organisations with at least one red flag in their assessment. */
	flagged: number;
}

export function measureOf(dims: Dimension[]): Measure {
	if (dims.includes('module')) return 'module';
	if (dims.includes('ilo')) return 'ilo';
	return 'overall';
}

/** The columns a dimension groups by (grouping by columns lets an index supply the order). */
const COLUMNS: Record<Exclude<Dimension, 'ilo'>, string[]> = {
	sector: ['s.sector'],
	size_band: ['s.size_band'],
	voivodeship: ['s.voivodeship'],
	period: ['s.period'],
	module: ['s.module_id', 's.module_version'],
	flag: ['f.module_id', 'f.flag_id']
};
const SEPARATOR: Partial<Record<Dimension, string>> = { module: '@', flag: ':' };

const count = (condition: RawBuilder<unknown>) =>
	sql`sum(case when ${condition} then 1 else 0 end)`;

type Row = Record<string, string | number | null>;

/**
 * Tallies grouped by the given dimensions (none: the whole population), keyed by the
 * dimension values joined with a tab; the measure of the shares follows from them.
 */
export async function tallies(
	db: Db,
	population: Population,
	dims: Dimension[]
): Promise<Map<string, Tally>> {
	const measure = measureOf(dims);
	const grouped = dims.filter((d): d is Exclude<Dimension, 'ilo'> => d !== 'ilo');
	const columns = grouped.flatMap((d) => COLUMNS[d]);
	const keys = columns.map((c, i) => sql`${sql.ref(c)} as ${sql.ref(`k${i}`)}`);

	// Module rows carry their submission's dimensions, so they are read on their own.
	const from = dims.includes('module')
		? sql`stat_module_levels s`
		: dims.includes('flag')
			? sql`stat_flags f join stat_submissions s on s.assessment_id = f.assessment_id`
			: sql`stat_submissions s`;
	const where = population === 'latest' ? sql`where s.latest = 1` : sql``;
	const groupBy = columns.length
		? sql`group by ${sql.join(columns.map((c) => sql.ref(c)))}`
		: sql``;

	// The ILO indicators are columns: one set of sums per indicator, unfolded below.
	const codes = dims.includes('ilo') ? ILO_CODES : [null];
	const aggregates = codes.flatMap((code, c) => {
		const as = (name: string) => sql.ref(`${name}_${c}`);
		if (code) {
			const col = sql.ref(`s.${iloColumn(code)}`);
			return [
				sql`count(${col}) as ${as('n')}`,
				sql`sum(case when ${col} is not null then s.flagged else 0 end) as ${as('flagged')}`,
				...[0, 1, 2, 3].map((r) => sql`${count(sql`${col} = ${sql.lit(r)}`)} as ${as(`l${r}`)}`)
			];
		}
		const levels =
			measure === 'module'
				? [
						...['low', 'medium', 'high'].map((b) => count(sql`s.band = ${sql.lit(b)}`)),
						sql`sum(s.critical)`
					]
				: LEVEL_KEYS.overall.map((l) => count(sql`s.overall_level = ${sql.lit(l)}`));
		return [
			sql`count(*) as ${as('n')}`,
			sql`sum(s.flagged) as ${as('flagged')}`,
			...levels.map((expr, i) => sql`${expr} as ${as(`l${i}`)}`)
		];
	});

	const select = sql.join([...keys, ...aggregates]);
	const { rows } = await sql<Row>`select ${select} from ${from} ${where} ${groupBy}`.execute(db);

	const out = new Map<string, Tally>();
	for (const row of rows) {
		let k = 0;
		const values = new Map<Dimension, string>();
		for (const d of grouped) {
			const parts = COLUMNS[d].map(() => String(row[`k${k++}`]));
			values.set(d, parts.join(SEPARATOR[d] ?? ''));
		}
		codes.forEach((code, c) => {
			const n = Number(row[`n_${c}`] ?? 0);
			if (!n && (code || columns.length)) return;
			if (code) values.set('ilo', code);
			out.set(dims.map((d) => values.get(d)).join('\t'), {
				n,
				flagged: Number(row[`flagged_${c}`] ?? 0),
				levels: Object.fromEntries(
					LEVEL_KEYS[measure].map((l, i) => [l, Number(row[`l${i}_${c}`] ?? 0)])
				)
			});
		});
	}
	return out;
}

/** Distinct organisations in the statistics: the threshold count of a total over quarters. */
export async function organisationCount(db: Db): Promise<number> {
	const row = await db
		.selectFrom('stat_submissions')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('latest', '=', 1)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
