import { z } from 'zod';
import {
	BANDS,
	ILO_CODES,
	type IloCode,
	LEVELS,
	NACE_SECTIONS,
	SIZE_BANDS,
	VOIVODESHIPS
} from '../../questionnaire/codes';
import { idSchema, moduleIdSchema, SEMVER_PATTERN } from '../../questionnaire/schema';
import {
	type Db,
	inTransaction,
	type StatFlagsTable,
	type StatModuleLevelsTable,
	type StatSubmissionsTable
} from '../db';

/**
 * What the assessment flow hands over when an assessment is submitted: the profile
 * answers the aggregates are broken down by, and the scoring result. Nothing that could
 * name the organisation beyond its id, which stays in the statistics tables.
 */
export const submissionFactsSchema = z.strictObject({
	assessmentId: z.string().min(1),
	organisationId: z.string().min(1),
	submittedAt: z.date(),
	/** The organisation's choice at submission; an opted-out submission is never recorded. */
	optOut: z.boolean(),
	/** NACE section letter: the profile's `sector` choice id (a-u); either case. */
	sector: z
		.string()
		.transform((s) => s.toUpperCase())
		.pipe(z.enum(NACE_SECTIONS)),
	sizeBand: z.enum(SIZE_BANDS),
	voivodeship: z.enum(VOIVODESHIPS),
	overallLevel: z.enum(LEVELS),
	modules: z.array(
		z.strictObject({
			moduleId: moduleIdSchema,
			version: z.string().regex(SEMVER_PATTERN),
			band: z.enum(BANDS),
			critical: z.boolean()
		})
	),
	flags: z.array(z.strictObject({ moduleId: moduleIdSchema, flagId: idSchema })),
	/** The ILO profile: the highest risk (0-3) among the questions mapped to each indicator. */
	ilo: z.partialRecord(z.enum(ILO_CODES), z.number().int().min(0).max(3))
});

export type SubmissionFacts = z.input<typeof submissionFactsSchema>;
type ParsedFacts = z.output<typeof submissionFactsSchema>;

export type RecordOutcome = 'recorded' | 'opted_out' | 'superseded';

const quarterFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Warsaw',
	year: 'numeric',
	month: 'numeric'
});

/** The quarter (YYYY-Qn) a moment falls in, in Polish time: the only date inspectors see. */
export function quarterOf(at: Date): string {
	const parts = quarterFormat.formatToParts(at);
	const year = parts.find((p) => p.type === 'year')?.value;
	const month = Number(parts.find((p) => p.type === 'month')?.value);
	return `${year}-Q${Math.ceil(month / 3)}`;
}

export interface FactRows {
	submission: StatSubmissionsTable;
	modules: StatModuleLevelsTable[];
	flags: StatFlagsTable[];
}

/** The column of an ILO indicator in stat_submissions: ilo_av ... ilo_eo. */
export function iloColumn(code: IloCode): `ilo_${Lowercase<IloCode>}` {
	return `ilo_${code.toLowerCase() as Lowercase<IloCode>}`;
}

/**
 * The rows one submission adds; shared with the synthetic seed so both write alike.
 * `latest` says whether this is its organisation's latest quarter.
 */
export function factRows(input: SubmissionFacts, latest = true): FactRows {
	const f: ParsedFacts = submissionFactsSchema.parse(input);
	const flagKeys = new Set(f.flags.map((x) => `${x.moduleId}\u0000${x.flagId}`));
	const submission: StatSubmissionsTable = {
		assessment_id: f.assessmentId,
		organisation_id: f.organisationId,
		period: quarterOf(f.submittedAt),
		sector: f.sector,
		size_band: f.sizeBand,
		voivodeship: f.voivodeship,
		overall_level: f.overallLevel,
		flagged: f.flags.length > 0 ? 1 : 0,
		latest: latest ? 1 : 0,
		submitted_at: f.submittedAt.toISOString(),
		...(Object.fromEntries(ILO_CODES.map((c) => [iloColumn(c), f.ilo[c] ?? null])) as Record<
			ReturnType<typeof iloColumn>,
			number | null
		>)
	};
	const { period, sector, size_band, voivodeship, flagged } = submission;
	return {
		submission,
		modules: [...new Map(f.modules.map((x) => [x.moduleId, x])).values()].map((x) => ({
			assessment_id: f.assessmentId,
			module_id: x.moduleId,
			module_version: x.version,
			band: x.band,
			critical: x.critical ? 1 : 0,
			latest: submission.latest,
			period,
			sector,
			size_band,
			voivodeship,
			flagged
		})),
		flags: [...flagKeys].map((key) => {
			const [moduleId, flagId] = key.split('\u0000');
			return { assessment_id: f.assessmentId, module_id: moduleId, flag_id: flagId };
		})
	};
}

/** Marks the organisation's latest quarter, in its submissions and their module rows. */
async function refreshLatest(db: Db, organisationId: string): Promise<void> {
	await db
		.updateTable('stat_submissions')
		.set((eb) => ({
			latest: eb
				.case()
				.when(
					'period',
					'=',
					eb
						.selectFrom('stat_submissions as s')
						.select((e) => e.fn.max('s.period').as('p'))
						.where('s.organisation_id', '=', organisationId)
				)
				.then(1)
				.else(0)
				.end()
		}))
		.where('organisation_id', '=', organisationId)
		.execute();
	await db
		.updateTable('stat_module_levels')
		.set((eb) => ({
			latest: eb
				.selectFrom('stat_submissions as s')
				.select('s.latest')
				.whereRef('s.assessment_id', '=', 'stat_module_levels.assessment_id')
		}))
		.where('assessment_id', 'in', (eb) =>
			eb
				.selectFrom('stat_submissions')
				.select('assessment_id')
				.where('organisation_id', '=', organisationId)
		)
		.execute();
}

/**
 * Records a submitted assessment in the statistics, in one transaction. An organisation
 * counts once per quarter, with its latest submission: a later one replaces an earlier
 * one of the same quarter, and one that arrives out of order after a later one is
 * ignored. An opted-out submission is not recorded, and it withdraws everything the
 * organisation submitted up to then: its latest wish is to be left out (docs/privacy.md
 * rule 1 counts only organisations that did not opt out). A later submission made with
 * consent is recorded again from then on.
 */
export async function recordSubmission(db: Db, input: SubmissionFacts): Promise<RecordOutcome> {
	const rows = factRows(input);
	const { organisation_id, period, submitted_at } = rows.submission;
	// Joins the caller's transaction, so a submission and its facts are written together.
	return inTransaction(db, async (tx) => {
		const existing = await tx
			.selectFrom('stat_submissions')
			.select(['assessment_id', 'submitted_at'])
			.where('organisation_id', '=', organisation_id)
			.where('period', '=', period)
			.executeTakeFirst();
		if (existing && existing.assessment_id !== rows.submission.assessment_id) {
			if (existing.submitted_at > submitted_at) return 'superseded';
		}
		// Children go with their parent through the cascading foreign keys.
		await tx
			.deleteFrom('stat_submissions')
			.where((eb) =>
				eb.or([
					eb('assessment_id', '=', rows.submission.assessment_id),
					eb.and([eb('organisation_id', '=', organisation_id), eb('period', '=', period)])
				])
			)
			.execute();
		if (input.optOut) {
			await tx
				.deleteFrom('stat_submissions')
				.where('organisation_id', '=', organisation_id)
				.where('submitted_at', '<=', submitted_at)
				.execute();
			await refreshLatest(tx, organisation_id);
			return 'opted_out';
		}
		await tx.insertInto('stat_submissions').values(rows.submission).execute();
		if (rows.modules.length)
			await tx.insertInto('stat_module_levels').values(rows.modules).execute();
		if (rows.flags.length) await tx.insertInto('stat_flags').values(rows.flags).execute();
		await refreshLatest(tx, organisation_id);
		return 'recorded';
	});
}

/** Removes every statistics fact of an organisation (it opted out, or is being deleted). */
export async function forgetOrganisation(db: Db, organisationId: string): Promise<number> {
	const result = await db
		.deleteFrom('stat_submissions')
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
