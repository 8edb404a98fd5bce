/**
 * Employers (guests here, as most start) with a started assessment, and a client that works
 * through it over HTTP the way the module pages do, keeping a log of what the server
 * acknowledged so that the database can be held to it afterwards.
 */
import {
	pinnedModules,
	type LoadedModule,
	type QuestionnaireRegistry
} from '../../src/lib/questionnaire/registry';
import type { Answers } from '../../src/lib/questionnaire/schema';
import {
	getAnswers,
	saveAnswers,
	startAssessment,
	submitAssessment
} from '../../src/lib/server/assessments';
import { valueOf } from '../../src/lib/test-helpers';
import type { Db } from '../../src/lib/server/db';
import { moduleValues, saveBody, storedForm, type FormValues } from './answers';
import { post, type Reply } from './http';
import { seedGuest, type Identity } from './seed';

export interface SeededAssessment {
	identity: Identity;
	assessmentId: string;
	modules: LoadedModule[];
}

/** n guests, each with a session and a draft on the newest modules, made through the services. */
export async function seedAssessments(
	db: Db,
	registry: QuestionnaireRegistry,
	n: number
): Promise<SeededAssessment[]> {
	const seeded: SeededAssessment[] = [];
	for (let i = 0; i < n; i++) {
		const identity = await seedGuest(db, `Firma ${i}`);
		const assessment = await valueOf(
			startAssessment(db, registry, { organisationId: identity.organisationId! })
		);
		seeded.push({
			identity,
			assessmentId: assessment.id,
			modules: pinnedModules(registry, assessment.pins)
		});
	}
	return seeded;
}

/** A guest whose assessment is answered in full and submitted, through the services. */
export async function seedSubmitted(
	db: Db,
	registry: QuestionnaireRegistry
): Promise<SeededAssessment> {
	const [seeded] = await seedAssessments(db, registry, 1);
	const organisationId = seeded.identity.organisationId!;
	let revision = 0;
	for (const { id, module } of seeded.modules) {
		const values = moduleValues(module, 0);
		const raw = { ...values };
		const outcome = await saveAnswers(db, registry, {
			organisationId,
			assessmentId: seeded.assessmentId,
			moduleId: id,
			answers: raw,
			baseRevision: revision
		});
		if (!outcome.ok) throw new Error(`seeding ${id}: ${outcome.reason}`);
		revision = outcome.value.revision;
	}
	await valueOf(
		submitAssessment(db, registry, {
			organisationId,
			assessmentId: seeded.assessmentId,
			statsOptOut: false
		})
	);
	return seeded;
}

export interface Save {
	module: string;
	values: FormValues;
	/** The revision the server gave this save. */
	revision: number;
}

export class SaveRefused extends Error {
	constructor(readonly reply: Reply) {
		super(`save refused: ${reply.status} ${reply.kind} ${JSON.stringify(reply.data)}`);
	}
}

/** One person's tab: saves modules in turn, as autosave does, and then submits. */
export class AssessmentClient {
	revision = 0;
	readonly acknowledged: Save[] = [];
	/** Sent, not answered yet: after a crash it may or may not have been committed. */
	inFlight: Save | 'submit' | null = null;
	submitted = false;
	private readonly savesPerModule = new Map<string, number>();

	constructor(
		public origin: string,
		readonly seeded: SeededAssessment,
		readonly salt: number
	) {}

	/** As a page reload does after the server came back: the stored revision is the one to build on. */
	reload(origin: string, storedRevision: number): void {
		this.origin = origin;
		this.revision = storedRevision;
		this.inFlight = null;
	}

	modulePath(moduleId: string): string {
		return `/assessments/${this.seeded.assessmentId}/modules/${moduleId}`;
	}

	/** Saves the next set of values of the module at index i (modulo the number of modules). */
	async save(i: number): Promise<Save> {
		const { module, id } = this.seeded.modules[i % this.seeded.modules.length];
		const n = this.savesPerModule.get(id) ?? 0;
		this.savesPerModule.set(id, n + 1);
		const values = moduleValues(module, n, this.salt);
		this.inFlight = { module: id, values, revision: this.revision + 1 };
		const reply = await post(
			this.origin,
			`${this.modulePath(id)}?/save`,
			saveBody(values, this.revision),
			{ session: this.seeded.identity.session }
		);
		const data = reply.data as { saved?: boolean; revision?: number } | null;
		if (reply.kind !== 'success' || !data?.saved || data.revision !== this.revision + 1) {
			this.inFlight = null;
			throw new SaveRefused(reply);
		}
		const save = { module: id, values, revision: data.revision };
		this.revision = data.revision;
		this.acknowledged.push(save);
		this.inFlight = null;
		return save;
	}

	/** Submits from the review page; the assessment must be complete. */
	async submit(): Promise<void> {
		this.inFlight = 'submit';
		const reply = await post(
			this.origin,
			`/assessments/${this.seeded.assessmentId}/review?/submit`,
			new URLSearchParams({ revision: String(this.revision) }),
			{ session: this.seeded.identity.session }
		);
		this.inFlight = null;
		if (reply.kind !== 'redirect' || !reply.location?.endsWith('/submitted')) {
			throw new SaveRefused(reply);
		}
		this.submitted = true;
		this.revision += 1;
	}

	/** The answers the first `count` acknowledged (or in-flight) saves leave in the database. */
	expectedAnswers(saves: Save[]): Record<string, Answers> {
		const latest = new Map<string, FormValues>();
		for (const save of saves) latest.set(save.module, save.values);
		const modules = new Map(this.seeded.modules.map((m) => [m.id, m.module]));
		return Object.fromEntries(
			[...latest].map(([id, values]) => [id, storedForm(modules.get(id)!, values)])
		);
	}
}

export interface StoredAssessment {
	status: string;
	revision: number;
	answers: Record<string, Answers>;
	rows: number;
}

export async function storedAssessment(db: Db, id: string): Promise<StoredAssessment> {
	const row = await db
		.selectFrom('assessments')
		.select(['status', 'revision'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	const { count } = await db
		.selectFrom('answers')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('assessment_id', '=', id)
		.executeTakeFirstOrThrow();
	return {
		status: row.status,
		revision: Number(row.revision),
		answers: await getAnswers(db, id),
		rows: Number(count)
	};
}

/**
 * What is wrong with a stored assessment given what its client saw; empty when it is right.
 * Every save changes something, so revision r must hold exactly the answers of the first r
 * saves: the acknowledged ones, plus the one in flight when that one was committed after all.
 */
export function problemsOf(client: AssessmentClient, stored: StoredAssessment): string[] {
	const acked = client.acknowledged;
	const id = client.seeded.assessmentId;
	const status = client.submitted ? 'submitted' : 'draft';
	const candidates = [{ saves: acked, revision: client.revision, status }];
	if (client.inFlight === 'submit') {
		candidates.push({ saves: acked, revision: client.revision + 1, status: 'submitted' });
	} else if (client.inFlight) {
		const saves = [...acked, client.inFlight];
		candidates.push({ saves, revision: client.revision + 1, status });
	}
	const match = candidates.find(
		(c) => c.revision === stored.revision && c.status === stored.status
	);
	if (!match) {
		const seen = `${stored.status} at revision ${stored.revision}`;
		return [`${id}: ${seen}; the client saw ${status} at ${client.revision}`];
	}
	const expected = client.expectedAnswers(match.saves);
	const problems: string[] = [];
	if (JSON.stringify(sorted(stored.answers)) !== JSON.stringify(sorted(expected))) {
		problems.push(`${id}: answers at revision ${stored.revision} are not those of its saves`);
	}
	const rows = Object.values(expected).reduce((t, a) => t + Object.keys(a).length, 0);
	if (stored.rows !== rows) problems.push(`${id}: ${stored.rows} answer rows, expected ${rows}`);
	return problems;
}

/**
 * For a copy taken at some moment (a backup): its revision r must hold exactly the answers of
 * the client's first r saves, and it must have every save acknowledged before the copy began.
 */
export function problemsInCopy(
	client: AssessmentClient,
	stored: StoredAssessment,
	acknowledgedBefore: number
): string[] {
	const id = client.seeded.assessmentId;
	const saves = client.acknowledged;
	if (stored.revision < acknowledgedBefore || stored.revision > saves.length) {
		return [`${id}: revision ${stored.revision}, ${acknowledgedBefore}-${saves.length} possible`];
	}
	const expected = client.expectedAnswers(saves.slice(0, stored.revision));
	if (JSON.stringify(sorted(stored.answers)) !== JSON.stringify(sorted(expected))) {
		return [`${id}: answers at revision ${stored.revision} are not those of its saves`];
	}
	return [];
}

function sorted(answers: Record<string, Answers>): [string, [string, unknown][]][] {
	return Object.keys(answers)
		.sort()
		.map((m) => [m, Object.entries(answers[m]).sort(([a], [b]) => a.localeCompare(b))]);
}
