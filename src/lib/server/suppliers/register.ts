import { z } from 'zod';
import type { Db, SuppliersTable } from '../db';
import type { Selectable, Updateable } from 'kysely';
import { newId, nowIso } from '../ids';
import { parseAnswer, type AnswerProblem } from '../../questionnaire/answers';
import { pinnedModules, pinOf } from '../../questionnaire/registry';
import type { LoadedModule, Pin, QuestionnaireRegistry } from '../../questionnaire/registry';
import type { Answers, QuestionnaireModule } from '../../questionnaire/schema';
import { rankSuppliers, scoreSupplier } from '../../questionnaire/suppliers';
import type { SupplierInput, SupplierResult } from '../../questionnaire/types';
import { fail, ok, type Fail, type Ok, type Result } from '../../result';
import { questionsOf, visibleWithAnswers } from '../../questionnaire/visibility';

/** The supplier module's `kind` choice ids; the register's kind column holds the same ids. */
export const SUPPLIER_KINDS = [
	'employment_agency',
	'temp_work_agency',
	'subcontractor',
	'supplier',
	'housing_provider'
] as const;
export type SupplierKind = (typeof SUPPLIER_KINDS)[number];

/**
 * The supplier module asks what kind of partner this is and for its KRAZ number. Both are the
 * supplier's details, kept in the register's kind and kraz_number columns and never among the
 * stored answers: they answer those questions when the module reads the answers.
 */
export const DETAIL_QUESTIONS: readonly string[] = ['kind', 'kraz_number'];

/** The kinds the register of employment agencies (KRAZ) covers. */
export const AGENCY_KINDS: readonly SupplierKind[] = ['employment_agency', 'temp_work_agency'];

export const NAME_MAX = 200;
export const COUNTRY_MAX = 100;
/** The same limit as the supplier module's kraz_number question. */
export const KRAZ_MAX = 40;

export interface Supplier {
	id: string;
	name: string;
	kind: SupplierKind;
	country: string | null;
	krazNumber: string | null;
	pin: Pin;
	/** The answers as the supplier module reads them: the details answer their questions. */
	answers: Answers;
	createdAt: string;
	updatedAt: string;
}

export interface SupplierDetails {
	name: string;
	kind: SupplierKind;
	country: string | null;
	krazNumber: string | null;
}

export type DetailsField = 'name' | 'kind' | 'country' | 'kraz_number';
export type DetailsError = 'required' | 'too_long' | 'invalid' | 'kraz_not_agency';

const optionalText = (max: number) =>
	z
		.string({ error: 'invalid' })
		.optional()
		.transform((s) => s?.trim() ?? '')
		.pipe(z.string().max(max, { error: 'too_long' }))
		.transform((s) => (s === '' ? null : s));

const detailsSchema = z
	.object({
		name: z
			.string({ error: 'required' })
			.trim()
			.min(1, { error: 'required' })
			.max(NAME_MAX, { error: 'too_long' }),
		kind: z.enum(SUPPLIER_KINDS, {
			error: (issue) => (issue.input === undefined ? 'required' : 'invalid')
		}),
		country: optionalText(COUNTRY_MAX),
		kraz_number: optionalText(KRAZ_MAX)
	})
	.superRefine((d, ctx) => {
		// A KRAZ number on a subcontractor would be silently meaningless; say so instead.
		if (d.kraz_number !== null && !AGENCY_KINDS.includes(d.kind)) {
			ctx.addIssue({ code: 'custom', path: ['kraz_number'], message: 'kraz_not_agency' });
		}
	});

/** Parses the register's add/edit form; every problem is named by its field. */
export function parseSupplierDetails(
	form: Record<string, unknown>
): Ok<SupplierDetails> | Fail<'invalid', { errors: Partial<Record<DetailsField, DetailsError>> }> {
	const parsed = detailsSchema.safeParse({
		name: form.name ?? undefined,
		kind: form.kind === '' ? undefined : (form.kind ?? undefined),
		country: form.country ?? undefined,
		kraz_number: form.kraz_number ?? undefined
	});
	if (parsed.success) {
		const { name, kind, country, kraz_number } = parsed.data;
		return ok({ name, kind, country, krazNumber: kraz_number });
	}
	const errors: Partial<Record<DetailsField, DetailsError>> = {};
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0]) as DetailsField;
		const code = (['required', 'too_long', 'kraz_not_agency'] as const).find(
			(c) => c === issue.message
		);
		errors[field] ??= code ?? 'invalid';
	}
	return fail('invalid', { errors });
}

/** The stored answers with the supplier's kind and KRAZ number answering their questions. */
export function supplierAnswers(
	row: Pick<Selectable<SuppliersTable>, 'answers' | 'kind' | 'kraz_number'>
): Answers {
	const answers: Answers = { kind: row.kind };
	if (row.kraz_number !== null) answers.kraz_number = row.kraz_number;
	for (const [id, value] of Object.entries(row.answers)) {
		if (!DETAIL_QUESTIONS.includes(id)) answers[id] = value;
	}
	return answers;
}

/** The answers to store: all but those the supplier's details give. */
function storedAnswers(answers: Answers): string {
	return JSON.stringify(
		Object.fromEntries(Object.entries(answers).filter(([id]) => !DETAIL_QUESTIONS.includes(id)))
	);
}

function fromRow(row: Selectable<SuppliersTable>): Supplier {
	return {
		id: row.id,
		name: row.name,
		kind: row.kind as SupplierKind,
		country: row.country,
		krazNumber: row.kraz_number,
		pin: row.pin,
		answers: supplierAnswers(row),
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export async function listSuppliers(db: Db, organisationId: string): Promise<Supplier[]> {
	const rows = await db
		.selectFrom('suppliers')
		.selectAll()
		.where('organisation_id', '=', organisationId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(fromRow);
}

/** undefined both when the id does not exist and when it belongs to another organisation. */
export async function getSupplier(
	db: Db,
	organisationId: string,
	id: string
): Promise<Supplier | undefined> {
	const row = await db
		.selectFrom('suppliers')
		.selectAll()
		.where('id', '=', id)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return row && fromRow(row);
}

export interface NewSupplier {
	organisationId: string;
	details: SupplierDetails;
	/** The (newest published) supplier module its answers will belong to. */
	module: LoadedModule;
}

/** Adds a supplier pinned to the given supplier module. */
export async function createSupplier(db: Db, input: NewSupplier): Promise<string> {
	const { organisationId, details } = input;
	const id = newId();
	const now = nowIso();
	const pin = pinOf(input.module);
	await db
		.insertInto('suppliers')
		.values({
			id,
			organisation_id: organisationId,
			name: details.name,
			kind: details.kind,
			country: details.country,
			kraz_number: details.krazNumber,
			pin: JSON.stringify(pin),
			answers: '{}',
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}

/** `stale`: another tab saved the supplier since the page was loaded, and nothing was written. */
export type SaveOutcome = Result<undefined, 'not_found' | 'stale'>;

/** Which supplier to write, and the version of it the page was showing. */
export interface SupplierTarget {
	organisationId: string;
	id: string;
	/** The updated_at the page was showing; a save over a newer one is refused. */
	expectedUpdatedAt?: string;
}

type WritableColumns = 'name' | 'kind' | 'country' | 'kraz_number' | 'answers';

/**
 * Writes the row only when it still carries `expectedUpdatedAt` (when given), so a second
 * tab saving over the first is told instead of silently winning.
 */
async function writeSupplier(
	db: Db,
	target: SupplierTarget,
	values: Pick<Updateable<SuppliersTable>, WritableColumns>
): Promise<SaveOutcome> {
	const { organisationId, id, expectedUpdatedAt } = target;
	let query = db
		.updateTable('suppliers')
		.set({ ...values, updated_at: nowIso() })
		.where('id', '=', id)
		.where('organisation_id', '=', organisationId);
	if (expectedUpdatedAt !== undefined) query = query.where('updated_at', '=', expectedUpdatedAt);
	const result = await query.executeTakeFirst();
	if (Number(result.numUpdatedRows) > 0) return ok();
	return fail((await getSupplier(db, organisationId, id)) ? 'stale' : 'not_found');
}

export async function updateSupplier(
	db: Db,
	target: SupplierTarget & { details: SupplierDetails }
): Promise<SaveOutcome> {
	const { details } = target;
	return writeSupplier(db, target, {
		name: details.name,
		kind: details.kind,
		country: details.country,
		kraz_number: details.krazNumber
	});
}

export async function removeSupplier(
	db: Db,
	organisationId: string,
	id: string
): Promise<Result<undefined, 'not_found'>> {
	const result = await db
		.deleteFrom('suppliers')
		.where('id', '=', id)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0 ? ok() : fail('not_found');
}

/** The names of the organisation's suppliers by id, for results that name them. */
export async function supplierNames(db: Db, organisationId: string): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('suppliers')
		.select(['id', 'name'])
		.where('organisation_id', '=', organisationId)
		.execute();
	return new Map(rows.map((r) => [r.id, r.name]));
}

/** The organisation's supplier register as scoring takes it, each with its own pinned module. */
export async function supplierInputs(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string
): Promise<SupplierInput[]> {
	const rows = await db
		.selectFrom('suppliers')
		.select(['id', 'pin', 'answers', 'kind', 'kraz_number'])
		.where('organisation_id', '=', organisationId)
		.orderBy('id')
		.execute();
	return rows.map((row) => {
		const [{ module }] = pinnedModules(registry, [row.pin]);
		return { id: row.id, module, answers: supplierAnswers(row) };
	});
}

export type AnswersCheck =
	| { ok: true; answers: Answers; missing: string[] }
	| { ok: false; errors: Record<string, AnswerProblem> };

/**
 * Checks a whole supplier questionnaire as one form. Visibility is decided on the submitted
 * answers themselves, so it works without JavaScript: answers to questions the new answers
 * hide are dropped, and questions they reveal but that have no answer yet are listed as
 * missing rather than refused (the person has not seen them yet). `kind` is the exception:
 * the register cannot hold a supplier without one.
 */
export function checkSupplierAnswers(
	module: QuestionnaireModule,
	raw: Record<string, unknown>
): AnswersCheck {
	const parsed: Answers = {};
	const problems: Record<string, AnswerProblem> = {};
	for (const question of questionsOf(module)) {
		if (question.type === 'info') continue;
		const result = parseAnswer(question, raw[question.id]);
		if (!result.ok) {
			if (result.error !== 'required') {
				problems[question.id] = { error: result.error, limit: result.limit };
			}
		} else if (result.value !== null) {
			parsed[question.id] = result.value;
		}
	}
	const errors: Record<string, AnswerProblem> = {};
	const answers: Answers = {};
	const missing: string[] = [];
	for (const { question, value } of visibleWithAnswers(module, parsed)) {
		if (question.type === 'info') continue;
		if (problems[question.id]) errors[question.id] = problems[question.id];
		else if (value !== undefined) answers[question.id] = value;
		else if (question.id === 'kind') errors.kind = { error: 'required', limit: null };
		else if (question.required) missing.push(question.id);
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, answers, missing };
}

/**
 * Stores a checked answer set; its answers to the kind and KRAZ number questions become the
 * supplier's details.
 */
export async function saveSupplierAnswers(
	db: Db,
	target: SupplierTarget & { answers: Answers }
): Promise<SaveOutcome> {
	const { answers } = target;
	const kind = answers.kind;
	if (typeof kind !== 'string' || !(SUPPLIER_KINDS as readonly string[]).includes(kind)) {
		throw new Error('supplier answers need a kind');
	}
	const kraz = typeof answers.kraz_number === 'string' ? answers.kraz_number : null;
	return writeSupplier(db, target, { kind, kraz_number: kraz, answers: storedAnswers(answers) });
}

/** The module a supplier's answers belong to; a pin that no longer resolves is a broken install. */
export function supplierModule(registry: QuestionnaireRegistry, supplier: Supplier): LoadedModule {
	return pinnedModules(registry, [supplier.pin])[0];
}

export interface RankedSupplier {
	supplier: Supplier;
	result: SupplierResult;
	module: LoadedModule;
}

/** The register in the order to deal with it: flagged suppliers first, then by priority. */
export function rankRegister(
	registry: QuestionnaireRegistry,
	suppliers: readonly Supplier[]
): RankedSupplier[] {
	const byId = new Map(
		suppliers.map((supplier) => [
			supplier.id,
			{ supplier, module: supplierModule(registry, supplier) }
		])
	);
	const results = [...byId.values()].map(({ supplier, module }) =>
		scoreSupplier(module.module, supplier.answers, supplier.id)
	);
	return rankSuppliers(results).map((result) => {
		const { supplier, module } = byId.get(result.supplierId)!;
		return { supplier, result, module };
	});
}
