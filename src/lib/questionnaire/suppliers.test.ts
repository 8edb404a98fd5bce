import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/scoring/fixtures';
import { rankSuppliers, scoreSupplier } from './suppliers';

const supplier = fixture('supplier');

describe('scoreSupplier', () => {
	it('takes exposure from the exposure questions and control from the rest', () => {
		const result = scoreSupplier(
			supplier,
			{ kind: 'supplier', country: 'pl', charges_fees: 'dont_know', keeps_documents: 'no' },
			'acme'
		);
		// exposure 10 × 2/6 = 3.3; control 100 × (1 − 2/6) = 67; priority 3.3 × 33 ÷ 100
		expect(result).toMatchObject({
			supplierId: 'acme',
			moduleId: 'supplier',
			control: 67,
			priority: 1.1,
			incomplete: false,
			evidenceGap: 0.5,
			priorityExplain: { exposure: 3.3, exposureAssumed: false, control: 67, controlAssumed: false }
		});
		expect(result.exposure.score).toBe(3.3);
		expect(result.exposure.factors.map((f) => f.questionId)).toEqual(['kind', 'country']);
		expect(result.contributions.map((c) => c.questionId)).toEqual([
			'charges_fees',
			'keeps_documents'
		]);
	});

	it('gives no priority to a high-exposure supplier in full control', () => {
		const result = scoreSupplier(
			supplier,
			{ kind: 'employment_agency', country: 'other', charges_fees: 'no', keeps_documents: 'no' },
			'agency'
		);
		expect(result.exposure.score).toBe(10);
		expect(result.priority).toBe(0);
	});

	it('ranks a supplier without control answers by its exposure alone, and marks it incomplete', () => {
		const result = scoreSupplier(supplier, { kind: 'subcontractor', country: 'pl' }, 'sub');
		expect(result).toMatchObject({
			control: null,
			priority: 5,
			incomplete: true,
			missing: ['charges_fees', 'keeps_documents'],
			priorityExplain: { exposure: 5, exposureAssumed: false, control: 0, controlAssumed: true }
		});
	});

	it('counts a supplier nobody has described as fully exposed', () => {
		const result = scoreSupplier(supplier, {}, 'unknown');
		expect(result.exposure.score).toBeNull();
		expect(result.priority).toBe(10);
		expect(result.priorityExplain).toEqual({
			exposure: 10,
			exposureAssumed: true,
			control: 0,
			controlAssumed: true
		});
	});

	it('is incomplete without control even when no question is required', () => {
		const optional = {
			...supplier,
			sections: supplier.sections.map((s) => ({
				...s,
				questions: s.questions.map((q) => ({ ...q, required: false }))
			}))
		};
		const result = scoreSupplier(optional, { kind: 'supplier' }, 'x');
		expect(result.missing).toEqual([]);
		expect(result.incomplete).toBe(true);
	});

	it("reports the supplier's flags and makes it critical", () => {
		const result = scoreSupplier(
			supplier,
			{ kind: 'supplier', country: 'pl', charges_fees: 'yes', keeps_documents: 'no' },
			'fees'
		);
		expect(result.critical).toBe(true);
		expect(result.flags.map((f) => [f.flagId, f.kind])).toEqual([
			['supplier_fees', 'recruitment_deception_fees']
		]);
		// 3.3 × 50 ÷ 100 = 1.65, rounded half up
		expect(result.priority).toBe(1.7);
	});
});

describe('rankSuppliers', () => {
	const score = (id: string, answers: Record<string, string>) =>
		scoreSupplier(supplier, answers, id);
	const flagged = score('flagged', {
		kind: 'supplier',
		country: 'pl',
		charges_fees: 'no',
		keeps_documents: 'yes'
	});
	const unknown = score('unknown', {});
	const half = score('half', { kind: 'subcontractor', country: 'pl' });
	const calm = score('calm', {
		kind: 'supplier',
		country: 'pl',
		charges_fees: 'no',
		keeps_documents: 'no'
	});
	const tied = score('also_half', { kind: 'housing_provider', country: 'pl' });

	it('puts flagged suppliers first, then the highest priority, ties by id', () => {
		const ranked = rankSuppliers([calm, half, unknown, flagged, tied]);
		expect(ranked.map((s) => [s.supplierId, s.priority])).toEqual([
			['flagged', 1.7],
			['unknown', 10],
			['also_half', 5],
			['half', 5],
			['calm', 0]
		]);
	});

	it('leaves its input as it was', () => {
		const list = [calm, flagged];
		rankSuppliers(list);
		expect(list.map((s) => s.supplierId)).toEqual(['calm', 'flagged']);
	});
});
