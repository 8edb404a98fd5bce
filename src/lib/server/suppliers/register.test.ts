import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../questionnaires';
import type { Db } from '../db';
import { freshDb, testEngines } from '../db/test-helpers';
import {
	checkSupplierAnswers,
	createSupplier,
	getSupplier,
	listSuppliers,
	parseSupplierDetails,
	rankRegister,
	removeSupplier,
	saveSupplierAnswers,
	updateSupplier,
	type SupplierDetails
} from './register';
import { createOrganisation } from '../accounts';
import type { Answers } from '../../questionnaire/schema';

const registry = loadQuestionnaires('questionnaires');
const loaded = registry.latestOf('supplier')!;
const module = loaded.module;

const agency: SupplierDetails = {
	name: 'Agencja Praca Plus',
	kind: 'employment_agency',
	country: 'Polska',
	krazNumber: '12345'
};

/** Every visible required question of an agency answered with good practice. */
const goodAgency = {
	kind: 'employment_agency',
	kraz_number: '12345',
	country: ['poland'],
	migrant_workers: 'minority',
	kraz_checked: 'registered_recent',
	fees_policy: 'no_fees_confirmed',
	documents_practice: 'never_confirmed',
	housing: 'no_housing',
	contract_clause: 'clause_and_audit',
	last_verification: 'within_12_months'
};

describe('parseSupplierDetails', () => {
	it('accepts a complete agency and turns empty optional fields into null', () => {
		const parsed = parseSupplierDetails({
			name: '  Agencja  ',
			kind: 'temp_work_agency',
			country: ' ',
			kraz_number: ''
		});
		expect(parsed).toEqual({
			ok: true,
			value: { name: 'Agencja', kind: 'temp_work_agency', country: null, krazNumber: null }
		});
	});

	it('names every field that is wrong', () => {
		const parsed = parseSupplierDetails({
			name: '',
			kind: 'pirate',
			country: 'x'.repeat(101),
			kraz_number: 'y'.repeat(41)
		});
		expect(parsed).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { name: 'required', kind: 'invalid', country: 'too_long', kraz_number: 'too_long' }
		});
	});

	it('asks for a kind when none is chosen', () => {
		expect(parseSupplierDetails({ name: 'A', kind: '' })).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { kind: 'required' }
		});
	});

	it('refuses a KRAZ number for a partner that is not an agency', () => {
		expect(
			parseSupplierDetails({ name: 'Sprzątex', kind: 'subcontractor', kraz_number: '7' })
		).toEqual({ ok: false, reason: 'invalid', errors: { kraz_number: 'kraz_not_agency' } });
	});
});

describe('checkSupplierAnswers', () => {
	it('keeps the visible answers and drops those the new answers hide', () => {
		const check = checkSupplierAnswers(module, {
			...goodAgency,
			kind: 'supplier',
			fees_policy: 'no_fees_confirmed'
		});
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.answers.kind).toBe('supplier');
		expect(check.answers).not.toHaveProperty('kraz_checked');
		expect(check.answers).not.toHaveProperty('kraz_number');
		expect(check.answers.fees_policy).toBe('no_fees_confirmed');
	});

	it('lists questions a changed kind reveals as missing instead of refusing them', () => {
		const check = checkSupplierAnswers(module, { kind: 'temp_work_agency', country: 'poland' });
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.missing).toContain('kraz_checked');
		expect(check.missing).not.toContain('kraz_number');
		expect(check.answers.country).toEqual(['poland']);
	});

	it('refuses an unknown choice, an exclusive choice with others and a missing kind', () => {
		const check = checkSupplierAnswers(module, {
			country: ['poland', 'dont_know'],
			migrant_workers: 'everyone'
		});
		expect(check).toEqual({
			ok: false,
			errors: {
				kind: { error: 'required', limit: null },
				country: { error: 'exclusive_choice', limit: null },
				migrant_workers: { error: 'unknown_choice', limit: null }
			}
		});
	});

	it('ignores a bad answer to a question the answers hide', () => {
		const check = checkSupplierAnswers(module, { kind: 'supplier', kraz_checked: 'nonsense' });
		expect(check.ok).toBe(true);
	});
});

async function withOrgs(
	engine: (typeof testEngines)[number],
	body: (db: Db, org: string, other: string) => Promise<void>
) {
	const t = await freshDb(engine);
	try {
		const org = await createOrganisation(t.db, 'Sadownik');
		const other = await createOrganisation(t.db, 'Budmex');
		await body(t.db, org, other);
	} finally {
		await t.close();
	}
}

const SAVED = { ok: true, value: undefined };
const refused = (reason: string) => ({ ok: false, reason });

const create = (db: Db, organisationId: string, details: SupplierDetails) =>
	createSupplier(db, { organisationId, details, module: loaded });
const update = (
	db: Db,
	organisationId: string,
	id: string,
	details: SupplierDetails,
	expectedUpdatedAt?: string
) => updateSupplier(db, { organisationId, id, details, expectedUpdatedAt });
const save = (
	db: Db,
	organisationId: string,
	id: string,
	answers: Answers,
	expectedUpdatedAt?: string
) => saveSupplierAnswers(db, { organisationId, id, answers, expectedUpdatedAt });

describe.each(testEngines)('the supplier register on %s', (engine) => {
	it('adds a supplier pinned to the module, with its kind and KRAZ number among the answers', () =>
		withOrgs(engine, async (db, org) => {
			const id = await create(db, org, agency);
			const supplier = await getSupplier(db, org, id);
			expect(supplier).toMatchObject({
				name: 'Agencja Praca Plus',
				kind: 'employment_agency',
				country: 'Polska',
				krazNumber: '12345',
				pin: { module: 'supplier', version: loaded.version, sha256: loaded.sha256 },
				answers: { kind: 'employment_agency', kraz_number: '12345' }
			});
		}));

	it("never shows, changes or removes another organisation's supplier", () =>
		withOrgs(engine, async (db, org, other) => {
			const id = await create(db, org, agency);
			expect(await getSupplier(db, other, id)).toBeUndefined();
			expect(await listSuppliers(db, other)).toEqual([]);
			expect(await update(db, other, id, { ...agency, name: 'X' })).toEqual(refused('not_found'));
			expect(await save(db, other, id, { kind: 'supplier' }, undefined)).toEqual(
				refused('not_found')
			);
			expect((await removeSupplier(db, other, id)).ok).toBe(false);
			expect((await getSupplier(db, org, id))?.name).toBe('Agencja Praca Plus');
		}));

	it('keeps the kind answer in step when the register entry changes kind', () =>
		withOrgs(engine, async (db, org) => {
			const id = await create(db, org, agency);
			await save(db, org, id, goodAgency);
			const outcome = await update(db, org, id, {
				name: 'Sprzątex',
				kind: 'subcontractor',
				country: null,
				krazNumber: null
			});
			expect(outcome).toEqual(SAVED);
			const supplier = await getSupplier(db, org, id);
			expect(supplier?.kind).toBe('subcontractor');
			expect(supplier?.answers.kind).toBe('subcontractor');
			expect(supplier?.answers).not.toHaveProperty('kraz_number');
			expect(supplier?.answers.fees_policy).toBe('no_fees_confirmed');
		}));

	it('keeps the kind and KRAZ columns in step with saved answers', () =>
		withOrgs(engine, async (db, org) => {
			const id = await create(db, org, agency);
			const check = checkSupplierAnswers(module, { ...goodAgency, kind: 'temp_work_agency' });
			if (!check.ok) throw new Error('expected valid answers');
			expect(await save(db, org, id, { ...check.answers, kraz_number: '999' })).toEqual(SAVED);
			const supplier = await getSupplier(db, org, id);
			expect(supplier).toMatchObject({ kind: 'temp_work_agency', krazNumber: '999' });
			const hidden = checkSupplierAnswers(module, { ...goodAgency, kind: 'supplier' });
			if (!hidden.ok) throw new Error('expected valid answers');
			await save(db, org, id, hidden.answers);
			expect(await getSupplier(db, org, id)).toMatchObject({ kind: 'supplier', krazNumber: null });
		}));

	it('stores the kind and KRAZ number as details only, never among the answers', () =>
		withOrgs(engine, async (db, org) => {
			const id = await create(db, org, agency);
			const stored = async () => {
				const row = await db
					.selectFrom('suppliers')
					.select('answers')
					.where('id', '=', id)
					.executeTakeFirstOrThrow();
				return row.answers;
			};
			expect(await stored()).toEqual({});
			await save(db, org, id, goodAgency);
			const { kind: _kind, kraz_number: _kraz, ...rest } = goodAgency;
			expect(await stored()).toEqual(rest);
			await update(db, org, id, { ...agency, kind: 'temp_work_agency' });
			expect(await stored()).toEqual(rest);
			expect((await getSupplier(db, org, id))?.answers.kind).toBe('temp_work_agency');
		}));

	it('tells a second tab that its page is out of date instead of overwriting', () =>
		withOrgs(engine, async (db, org) => {
			const id = await create(db, org, agency);
			const opened = (await getSupplier(db, org, id))!.updatedAt;
			await new Promise((r) => setTimeout(r, 5));
			expect(await save(db, org, id, goodAgency, opened)).toEqual(SAVED);
			expect(await save(db, org, id, { kind: 'supplier' }, opened)).toEqual(refused('stale'));
			expect(await update(db, org, id, { ...agency, name: 'B' }, opened)).toEqual(refused('stale'));
			expect((await getSupplier(db, org, id))?.answers).toEqual(goodAgency);
		}));

	it('removes a supplier', () =>
		withOrgs(engine, async (db, org) => {
			const id = await create(db, org, agency);
			expect((await removeSupplier(db, org, id)).ok).toBe(true);
			expect(await getSupplier(db, org, id)).toBeUndefined();
			expect((await removeSupplier(db, org, id)).ok).toBe(false);
		}));

	it('ranks flagged suppliers first, then by priority', () =>
		withOrgs(engine, async (db, org) => {
			const good = await create(db, org, agency);
			await save(db, org, good, goodAgency);
			const unanswered = await create(db, org, {
				name: 'Dostawca',
				kind: 'supplier',
				country: null,
				krazNumber: null
			});
			const flagged = await create(db, org, { ...agency, name: 'Szara strefa' });
			await save(db, org, flagged, {
				...goodAgency,
				kraz_checked: 'not_registered'
			});
			const ranked = rankRegister(registry, await listSuppliers(db, org));
			expect(ranked.map((r) => r.supplier.id)).toEqual([flagged, unanswered, good]);
			expect(ranked[0].result.flags.map((f) => f.flagId)).toEqual(['unregistered_agency']);
			expect(ranked[1].result.priorityExplain.controlAssumed).toBe(true);
			expect(ranked[2].result.incomplete).toBe(false);
		}));
});
