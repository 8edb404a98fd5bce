import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/scoring/fixtures';
import { assess } from './assess';
import { actionPlan } from './plan';
import type { Answers } from './schema';

const profile = fixture('profile');
const recruitment = fixture('recruitment');
const wages = fixture('wages');
const supplier = fixture('supplier');
const modules = [profile, recruitment, wages, supplier];

const bad: Answers = {
	min_wage: 'dont_know',
	deductions: 'without_consent',
	consent_kept: 'no',
	pay_channel: ['cash', 'third_party'],
	weekly_hours: 55
};

const order = (answers: Record<string, Answers>) =>
	actionPlan(assess(modules, answers), modules).map((a) => `${a.moduleId}/${a.actionId}`);

describe('actionPlan', () => {
	it('lists each action once with every answer and flag that called for it', () => {
		const plan = actionPlan(assess(modules, { wages: bad }), modules);
		const pay = plan.find((a) => a.actionId === 'pay_to_account');
		expect(pay).toEqual({
			moduleId: 'wages',
			actionId: 'pay_to_account',
			priority: 'days_30',
			legal: ['Kodeks pracy art. 86'],
			fromFlag: true,
			supplierIds: [],
			supplierPriority: null,
			triggeredBy: [
				{
					moduleId: 'wages',
					supplierId: null,
					actionId: 'pay_to_account',
					questionId: 'pay_channel',
					choiceId: 'cash',
					flagId: null
				},
				{
					moduleId: 'wages',
					supplierId: null,
					actionId: 'pay_to_account',
					questionId: 'pay_channel',
					choiceId: 'third_party',
					flagId: null
				},
				{
					moduleId: 'wages',
					supplierId: null,
					actionId: 'pay_to_account',
					questionId: 'pay_channel',
					choiceId: 'third_party',
					flagId: 'third_party_pay'
				}
			]
		});
		expect(plan.filter((a) => a.actionId === 'check_payroll')).toHaveLength(1);
		expect(plan.find((a) => a.actionId === 'limit_hours')?.triggeredBy).toEqual([
			expect.objectContaining({ questionId: 'weekly_hours', choiceId: null, flagId: null })
		]);
	});

	it('puts flag actions first, then by priority, then in questionnaire order', () => {
		expect(order({ wages: bad })).toEqual([
			'wages/stop_deductions',
			'wages/pay_to_account',
			'wages/check_payroll',
			'wages/written_consent',
			'wages/limit_hours'
		]);
	});

	it('orders actions of equal rank by module order', () => {
		expect(
			order({
				wages: { ...bad, deductions: 'none', pay_channel: ['own_account'], weekly_hours: 61 },
				recruitment: { agency_registered: 'no', fees_repaid: 'no' },
				profile: { foreign_share: 50, recruits_abroad: 'yes' }
			})
		).toEqual([
			'recruitment/check_kraz',
			'recruitment/repay_fees',
			'wages/limit_hours',
			'wages/check_payroll',
			'profile/map_agencies'
		]);
	});

	it('calls for no action from a hidden question or a good answer', () => {
		expect(order({ wages: { min_wage: 'yes', deductions: 'none', consent_kept: 'no' } })).toEqual(
			[]
		);
	});

	it('refers supplier actions to the suppliers, ranked by supplier priority after own actions', () => {
		const unsure = { charges_fees: 'dont_know', keeps_documents: 'no' };
		const result = assess(
			modules,
			{ wages: { min_wage: 'dont_know' } },
			{
				suppliers: [
					{ id: 'low', module: supplier, answers: { kind: 'supplier', country: 'pl', ...unsure } },
					{
						id: 'high',
						module: supplier,
						answers: { kind: 'temp_work_agency', country: 'other', ...unsure }
					}
				]
			}
		);
		const plan = actionPlan(result, modules);
		expect(plan.map((a) => [a.moduleId, a.actionId, a.supplierIds, a.supplierPriority])).toEqual([
			['wages', 'check_payroll', [], null],
			['supplier', 'ask_fees_policy', ['high', 'low'], 3.3]
		]);
		expect(plan[1].triggeredBy.map((t) => t.supplierId)).toEqual(['high', 'low']);
	});

	it('ranks supplier actions of the same priority by the highest supplier priority', () => {
		const flaggedFees = (id: string, kind: string) => ({
			id,
			module: supplier,
			answers: { kind, country: 'pl', charges_fees: 'yes', keeps_documents: 'dont_know' }
		});
		const other = fixture('supplier');
		const second = { ...other, id: 'supplier-b', order: 95 };
		const result = assess(
			[...modules, second],
			{},
			{
				suppliers: [
					flaggedFees('small', 'supplier'),
					{ ...flaggedFees('big', 'employment_agency'), module: second }
				]
			}
		);
		const plan = actionPlan(result, [...modules, second]);
		expect(plan.map((a) => [`${a.moduleId}/${a.actionId}`, a.fromFlag, a.supplierIds])).toEqual([
			['supplier-b/suspend_supplier', true, ['big']],
			['supplier/suspend_supplier', true, ['small']],
			['supplier-b/ask_fees_policy', false, ['big']],
			['supplier/ask_fees_policy', false, ['small']]
		]);
	});

	it('refuses modules other than the ones the result was scored with', () => {
		const result = assess(modules, { wages: bad });
		const moved = { ...wages, version: '1.3.0' };
		expect(() => actionPlan(result, [profile, recruitment, moved])).toThrow(/wages 1\.2\.0/);
		const stripped = { ...wages, actions: wages.actions.filter((a) => a.id !== 'limit_hours') };
		expect(() => actionPlan(result, [profile, recruitment, stripped])).toThrow(/limit_hours/);
	});

	it('is plain data that survives a JSON round trip', () => {
		const plan = actionPlan(assess(modules, { wages: bad }), modules);
		expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
	});
});
