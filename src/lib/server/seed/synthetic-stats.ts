import {
	ILO_CODES,
	type FlagKind,
	type IloCode,
	type Level,
	type SizeBand,
	type Voivodeship
} from '../../questionnaire/codes';
import type { Insertable } from 'kysely';
import { insertAssessments } from '../assessments';
import type { AssessmentsTable, Db, OrganisationsTable } from '../db';
import { newId } from '../ids';
import { factRows, type FactRows, type SubmissionFacts } from '../statistics';

/**
 * Synthetic submitted assessments with plausible distributions, for demos and benchmarks.
 * Shares follow where foreign and agency workers are employed in Poland (manufacturing,
 * construction, transport, trade, agriculture, agencies), where employers are (the
 * large voivodeships), and a risk that rises in the riskier sectors and in small firms
 * and falls when a firm reassesses. Nothing here is real data.
 */

export type Weights<K extends string> = Partial<Record<K, number>>;

export const SECTOR_WEIGHTS: Weights<string> = {
	c: 24,
	f: 14,
	h: 12,
	g: 11,
	a: 8,
	n: 8,
	i: 6,
	q: 3,
	m: 3,
	j: 2,
	e: 2,
	s: 2,
	b: 1,
	d: 1,
	k: 1,
	l: 1,
	p: 1,
	r: 1
};

export const VOIVODESHIP_WEIGHTS: Weights<Voivodeship> = {
	mazowieckie: 17,
	slaskie: 12,
	wielkopolskie: 10,
	malopolskie: 9,
	dolnoslaskie: 8,
	lodzkie: 6,
	pomorskie: 6,
	kujawsko_pomorskie: 5,
	lubelskie: 4.5,
	podkarpackie: 4.5,
	zachodniopomorskie: 4,
	warminsko_mazurskie: 3,
	swietokrzyskie: 2.5,
	podlaskie: 2.5,
	lubuskie: 2.5,
	opolskie: 2.5
};

export const SIZE_WEIGHTS: Weights<SizeBand> = { micro: 40, small: 33, medium: 20, large: 7 };

const SECTOR_RISK: Record<string, number> = { a: 0.55, f: 0.5, n: 0.55, i: 0.45, h: 0.4, c: 0.35 };
const SIZE_RISK: Record<SizeBand, number> = { micro: 0.1, small: 0.05, medium: 0, large: -0.1 };

const MODULES = [
	'recruitment',
	'wages',
	'accommodation',
	'documents',
	'working-time',
	'grievance',
	'supply-chain'
];

const FLAGS: { moduleId: string; flagId: string; kind: FlagKind; ilo: IloCode[] }[] = [
	{
		moduleId: 'recruitment',
		flagId: 'unregistered_agency',
		kind: 'recruitment_deception_fees',
		ilo: ['DC']
	},
	{
		moduleId: 'recruitment',
		flagId: 'fees_not_repaid',
		kind: 'recruitment_deception_fees',
		ilo: ['DB']
	},
	{
		moduleId: 'recruitment',
		flagId: 'contract_substitution',
		kind: 'recruitment_deception_fees',
		ilo: ['DC']
	},
	{
		moduleId: 'recruitment',
		flagId: 'deposits_penalties',
		kind: 'recruitment_deception_fees',
		ilo: ['DB']
	},
	{ moduleId: 'wages', flagId: 'pay_held_back', kind: 'coercion', ilo: ['WW'] },
	{ moduleId: 'wages', flagId: 'third_party_paid', kind: 'coercion', ilo: ['WW'] },
	{ moduleId: 'wages', flagId: 'deduction_without_consent', kind: 'other', ilo: ['WW', 'DB'] },
	{ moduleId: 'accommodation', flagId: 'housing_tied_to_job', kind: 'other', ilo: ['AV'] },
	{ moduleId: 'accommodation', flagId: 'movement_restricted', kind: 'coercion', ilo: ['RM', 'IS'] },
	{ moduleId: 'documents', flagId: 'documents_held', kind: 'coercion', ilo: ['ID'] },
	{ moduleId: 'documents', flagId: 'bank_cards_controlled', kind: 'coercion', ilo: ['WW', 'IS'] },
	{ moduleId: 'working-time', flagId: 'overtime_penalties', kind: 'coercion', ilo: ['EO', 'IT'] },
	{ moduleId: 'grievance', flagId: 'threats_unresolved', kind: 'coercion', ilo: ['IT', 'PV'] }
];

/** A small, fast, seedable generator (mulberry32): the same seed gives the same data. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<K extends string>(rand: () => number, weights: Weights<K>): K {
	const entries = Object.entries(weights) as [K, number][];
	let x = rand() * entries.reduce((a, [, w]) => a + w, 0);
	for (const [k, w] of entries) {
		x -= w;
		if (x < 0) return k;
	}
	return entries[entries.length - 1][0];
}

/** The start of quarter q (0 = the first of `quarters`) counting back from the one holding `now`. */
function quarterStart(now: Date, quarters: number, q: number): Date {
	const current = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3);
	const index = current - (quarters - 1) + q;
	return new Date(Date.UTC(Math.floor(index / 4), (index % 4) * 3, 1));
}

export interface SyntheticOptions {
	/** Submitted assessments to generate (the organisations are fewer: some reassess). */
	count: number;
	seed?: number;
	/** Quarters covered, ending with the one holding `now`. */
	quarters?: number;
	now?: Date;
	sectors?: Weights<string>;
	voivodeships?: Weights<Voivodeship>;
	/** Share of submissions that opt out of the statistics. */
	optOutShare?: number;
}

export interface SyntheticSubmission {
	organisation: OrganisationsTable;
	assessment: Insertable<AssessmentsTable>;
	facts: SubmissionFacts;
	/** In the statistics: consented, and not withdrawn by a later opt-out of its organisation. */
	recorded: boolean;
	/** The organisation's latest quarter in the statistics. */
	latest: boolean;
}

/** Yields `count` submissions, grouped by organisation, each organisation's in time order. */
export function* syntheticSubmissions(o: SyntheticOptions): Generator<SyntheticSubmission> {
	const rand = random(o.seed ?? 1);
	const quarters = o.quarters ?? 8;
	const now = o.now ?? new Date();
	// Later quarters hold more submissions: the tool spreads.
	const quarterWeights = Object.fromEntries(
		Array.from({ length: quarters }, (_, q) => [String(q), q + 2])
	);
	let made = 0;
	let org = 0;
	while (made < o.count) {
		org++;
		const organisationId = newId();
		const createdAt = quarterStart(now, quarters, 0).toISOString();
		const organisation = { id: organisationId, name: `Synthetic ${org}`, created_at: createdAt };
		const sector = pick(rand, o.sectors ?? SECTOR_WEIGHTS);
		const sizeBand = pick(rand, SIZE_WEIGHTS);
		const voivodeship = pick(rand, o.voivodeships ?? VOIVODESHIP_WEIGHTS);
		const times = Math.min(o.count - made, rand() < 0.7 ? 1 : rand() < 0.67 ? 2 : 3);
		const chosen = new Set<number>();
		while (chosen.size < Math.min(times, quarters)) chosen.add(Number(pick(rand, quarterWeights)));
		let risk = (SECTOR_RISK[sector] ?? 0.2) + SIZE_RISK[sizeBand] + (rand() - 0.5) * 0.4;
		const mine: SyntheticSubmission[] = [];
		for (const q of [...chosen].sort((a, b) => a - b)) {
			const start = quarterStart(now, quarters, q).getTime();
			const end = Math.min(start + 85 * 86_400_000, now.getTime() - 3_600_000);
			const submittedAt = new Date(
				start + 86_400_000 + rand() * Math.max(0, end - start - 86_400_000)
			);
			mine.push(
				submission(rand, { organisation, sector, sizeBand, voivodeship, risk, submittedAt, o })
			);
			risk -= 0.1; // reassessing firms have acted on their plans
		}
		// An opt-out withdraws everything its organisation submitted before it.
		const withdrawnUpTo = mine.findLastIndex((x) => x.facts.optOut);
		mine.forEach((x, i) => (x.recorded = i > withdrawnUpTo));
		const last = mine.findLast((x) => x.recorded);
		if (last) last.latest = true;
		made += mine.length;
		yield* mine;
	}
}

function submission(
	rand: () => number,
	p: {
		organisation: OrganisationsTable;
		sector: string;
		sizeBand: SizeBand;
		voivodeship: Voivodeship;
		risk: number;
		submittedAt: Date;
		o: SyntheticOptions;
	}
): SyntheticSubmission {
	const assessmentId = newId();
	const flags = FLAGS.filter(() => rand() < Math.max(0, p.risk) ** 2 * 0.12);
	const flagged = new Set(flags.map((f) => f.moduleId));
	const modules = MODULES.map((moduleId) => {
		const u = p.risk + (rand() - 0.5) * 0.5;
		const band = flagged.has(moduleId) || u > 0.65 ? 'high' : u > 0.4 ? 'medium' : 'low';
		// A second version of one module, as after a revision of the questions.
		const version = moduleId === 'recruitment' && rand() < 0.35 ? '1.1.0' : '1.0.0';
		return { moduleId, version, band, critical: flagged.has(moduleId) } as const;
	});
	const ilo: Partial<Record<IloCode, number>> = {};
	for (const code of ILO_CODES) {
		ilo[code] = Math.max(0, Math.min(3, Math.round((p.risk + (rand() - 0.5) * 0.6) * 3)));
	}
	for (const f of flags) for (const code of f.ilo) ilo[code] = 3;
	const kinds = new Set(flags.map((f) => f.kind));
	const overallLevel: Level =
		kinds.has('recruitment_deception_fees') && kinds.has('coercion')
			? 'possible_forced_labour'
			: flags.length || modules.some((m) => m.band === 'high')
				? 'high'
				: modules.some((m) => m.band === 'medium')
					? 'medium'
					: 'low';
	const optOut = rand() < (p.o.optOutShare ?? 0.08);
	const at = p.submittedAt.toISOString();
	return {
		organisation: p.organisation,
		assessment: {
			id: assessmentId,
			organisation_id: p.organisation.id,
			status: 'submitted',
			revision: 1,
			pins: '[]',
			previous_id: null,
			created_at: at,
			updated_at: at,
			submitted_at: at,
			result: null,
			overall_level: overallLevel,
			stats_opt_out: optOut ? 1 : 0
		},
		recorded: false,
		latest: false,
		facts: {
			assessmentId,
			organisationId: p.organisation.id,
			submittedAt: p.submittedAt,
			optOut,
			sector: p.sector,
			sizeBand: p.sizeBand,
			voivodeship: p.voivodeship,
			overallLevel,
			modules,
			flags: flags.map(({ moduleId, flagId }) => ({ moduleId, flagId })),
			ilo
		}
	};
}

async function insertBatch(db: Db, batch: SyntheticSubmission[]): Promise<number> {
	const organisations = [
		...new Map(batch.map((s) => [s.organisation.id, s.organisation])).values()
	];
	const facts: FactRows[] = batch.filter((s) => s.recorded).map((s) => factRows(s.facts, s.latest));
	const chunks = async <T>(rows: T[], size: number, insert: (part: T[]) => Promise<unknown>) => {
		for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
	};
	await db.transaction().execute(async (tx) => {
		await chunks(organisations, 1000, (r) => tx.insertInto('organisations').values(r).execute());
		const assessments = batch.map((s) => s.assessment);
		await chunks(assessments, 400, (r) => insertAssessments(tx, r));
		const submissions = facts.map((f) => f.submission);
		await chunks(submissions, 250, (r) => tx.insertInto('stat_submissions').values(r).execute());
		const modules = facts.flatMap((f) => f.modules);
		await chunks(modules, 500, (r) => tx.insertInto('stat_module_levels').values(r).execute());
		const flags = facts.flatMap((f) => f.flags);
		await chunks(flags, 1500, (r) => tx.insertInto('stat_flags').values(r).execute());
	});
	return facts.length;
}

/**
 * Writes submissions straight into the tables in batched transactions (the fast path for
 * large sets); each submission's facts are the rows recordSubmission would write, and
 * each organisation's quarters are distinct, so each recorded one is its latest there.
 */
export async function writeSynthetic(
	db: Db,
	submissions: Iterable<SyntheticSubmission>,
	o: { batch?: number; onProgress?: (done: number) => void } = {}
): Promise<{ assessments: number; recorded: number }> {
	let batch: SyntheticSubmission[] = [];
	let assessments = 0;
	let recorded = 0;
	const flush = async () => {
		recorded += await insertBatch(db, batch);
		assessments += batch.length;
		batch = [];
		o.onProgress?.(assessments);
	};
	let lastOrg = '';
	for (const s of submissions) {
		// A batch never splits an organisation, whose row goes in with its first assessment.
		if (batch.length >= (o.batch ?? 2000) && s.organisation.id !== lastOrg) await flush();
		batch.push(s);
		lastOrg = s.organisation.id;
	}
	if (batch.length) await flush();
	return { assessments, recorded };
}

export function seedSyntheticStatistics(
	db: Db,
	o: SyntheticOptions & { batch?: number; onProgress?: (done: number) => void }
): Promise<{ assessments: number; recorded: number }> {
	return writeSynthetic(db, syntheticSubmissions(o), o);
}
