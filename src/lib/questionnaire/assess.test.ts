import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/scoring/fixtures';
import { assess } from './assess';
import type { Answers } from './schema';

const profile = fixture('profile');
const recruitment = fixture('recruitment');
const wages = fixture('wages');
const supplier = fixture('supplier');
const modules = [wages, supplier, recruitment, profile];

const goodWages: Answers = {
	min_wage: 'yes',
	deductions: 'none',
	pay_channel: ['own_account'],
	weekly_hours: 40
};
const goodRecruitment: Answers = { agency_registered: 'yes', fees_repaid: 'yes' };
const profileAnswers: Answers = {
	sector: 'c',
	voivodeship: 'slaskie',
	foreign_share: 40,
	recruits_abroad: 'yes',
	provides_housing: 'no'
};

const run = (wagesAnswers: Answers, recruitmentAnswers: Answers = goodRecruitment) =>
	assess(modules, {
		profile: profileAnswers,
		recruitment: recruitmentAnswers,
		wages: wagesAnswers
	});

describe('assess', () => {
	it('scores the profile as exposure and the modules in questionnaire order', () => {
		const result = run(goodWages);
		// (2·2 + 3 + 3 + 0) ÷ (6 + 3 + 3 + 3) = 10/15
		expect(result.exposure?.score).toBe(6.7);
		expect(result.modules.map((m) => [m.moduleId, m.control])).toEqual([
			['profile', null],
			['recruitment', 100],
			['wages', 100]
		]);
		expect(result).toMatchObject({
			format: 1,
			level: 'low',
			protocol: false,
			flags: [],
			evidenceGap: 0,
			incompleteModules: [],
			complete: true,
			suppliers: []
		});
	});

	it('takes the worst band among the modules as the overall level', () => {
		// wages: (2·2 + 1 + 0 + 1 + 0) ÷ 18 → 67, medium
		const result = run({
			min_wage: 'dont_know',
			deductions: 'with_consent',
			consent_kept: 'yes',
			pay_channel: ['cash'],
			weekly_hours: 40
		});
		expect(result.level).toBe('medium');
		expect(result.explain.level).toEqual([
			{ kind: 'band', moduleId: 'wages', band: 'medium', control: 67 }
		]);
	});

	it('never averages a flag away: one flag makes the level at least high', () => {
		const result = run({ ...goodWages, weekly_hours: 61 });
		expect(result.modules.find((m) => m.moduleId === 'wages')).toMatchObject({
			band: 'low',
			critical: true
		});
		expect(result.level).toBe('high');
		expect(result.protocol).toBe(false);
		expect(result.explain.level).toEqual([
			{
				kind: 'flag',
				flag: {
					flagId: 'excessive_hours',
					kind: 'other',
					questionId: 'weekly_hours',
					choiceId: null,
					moduleId: 'wages',
					supplierId: null
				}
			}
		]);
	});

	it('needs a deception-or-fees flag and a coercion flag for possible forced labour', () => {
		const coercion = { ...goodWages, deductions: 'without_consent', consent_kept: 'no' };
		const fees = { agency_registered: 'yes', fees_repaid: 'no' };
		expect(run(goodWages, fees)).toMatchObject({ level: 'high', protocol: false });
		expect(run(coercion)).toMatchObject({ level: 'high', protocol: false });
		const both = run(coercion, fees);
		expect(both).toMatchObject({ level: 'possible_forced_labour', protocol: true });
		expect(both.explain.level).toEqual([
			{
				kind: 'protocol',
				recruitment: [
					expect.objectContaining({ flagId: 'fees_not_repaid', moduleId: 'recruitment' })
				],
				coercion: [expect.objectContaining({ flagId: 'deduction_no_consent', moduleId: 'wages' })]
			}
		]);
	});

	it('does not make possible forced labour of two flags of the same kind', () => {
		const result = run(goodWages, { agency_registered: 'no', fees_repaid: 'no' });
		expect(result.flags.map((f) => f.flagId)).toEqual(['unregistered_agency', 'fees_not_repaid']);
		expect(result.level).toBe('high');
	});

	it('lists every fired flag with its module', () => {
		const result = run(
			{ ...goodWages, pay_channel: ['third_party'], weekly_hours: 70 },
			{ agency_registered: 'no', fees_repaid: 'yes' }
		);
		expect(result.flags.map((f) => [f.moduleId, f.flagId, f.kind])).toEqual([
			['recruitment', 'unregistered_agency', 'recruitment_deception_fees'],
			['wages', 'third_party_pay', 'coercion'],
			['wages', 'excessive_hours', 'other']
		]);
		expect(result.level).toBe('possible_forced_labour');
	});

	it('pools the evidence gap over every scored answer and says which were "don\'t know"', () => {
		const result = run(
			{ ...goodWages, min_wage: 'dont_know' },
			{ agency_registered: 'dont_know', fees_repaid: 'yes' }
		);
		expect(result.evidenceGap).toBeCloseTo(2 / 6);
		expect(result.explain.evidenceGap).toEqual({
			scored: 6,
			dontKnow: [
				{ moduleId: 'recruitment', questionId: 'agency_registered', supplierId: null },
				{ moduleId: 'wages', questionId: 'min_wage', supplierId: null }
			]
		});
	});

	it('builds the ILO profile from the highest risk of the visible answers, with its questions', () => {
		const result = run(
			{ ...goodWages, deductions: 'with_consent', consent_kept: 'yes', min_wage: 'dont_know' },
			{ agency_registered: 'dont_know', fees_repaid: 'no' }
		);
		expect(result.ilo.map((e) => e.code)).toEqual([
			'AV',
			'DC',
			'RM',
			'IS',
			'PV',
			'IT',
			'ID',
			'WW',
			'DB',
			'AC',
			'EO'
		]);
		const code = (c: string) => result.ilo.find((e) => e.code === c)!;
		expect(code('WW').risk).toBe(2);
		expect(code('WW').questions.map((q) => [q.moduleId, q.questionId, q.risk])).toEqual([
			['wages', 'min_wage', 2],
			['wages', 'deductions', 1],
			['wages', 'consent_kept', 0],
			['wages', 'pay_channel', 0]
		]);
		expect(code('DB')).toMatchObject({
			risk: 3,
			flags: [{ moduleId: 'recruitment', flagId: 'fees_not_repaid', supplierId: null }]
		});
		expect(code('DC').risk).toBe(3);
		expect(code('EO').risk).toBe(0);
		expect(code('AV')).toEqual({ code: 'AV', risk: null, questions: [], flags: [] });
	});

	it('lists incomplete modules and gives no level when nothing is scored', () => {
		const result = assess(modules, {});
		expect(result).toMatchObject({
			level: null,
			evidenceGap: null,
			complete: false,
			incompleteModules: ['profile', 'recruitment', 'wages']
		});
		expect(result.exposure?.score).toBeNull();
		const partial = run({ min_wage: 'yes' });
		expect(partial.incompleteModules).toEqual(['wages']);
		expect(partial.level).toBe('low');
	});

	it('works without a profile module', () => {
		expect(assess([wages], { wages: goodWages }).exposure).toBeNull();
	});

	it('ignores answers to hidden questions', () => {
		expect(run({ ...goodWages, consent_kept: 'no' })).toEqual(run(goodWages));
	});

	it('is plain data that survives a JSON round trip', () => {
		const result = assess(
			modules,
			{ profile: profileAnswers, wages: { ...goodWages, weekly_hours: 61 } },
			{ suppliers: [{ id: 's', module: supplier, answers: { kind: 'supplier' } }] }
		);
		expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
	});
});

describe('assess with suppliers', () => {
	const fees = { kind: 'employment_agency', country: 'other', charges_fees: 'yes' };
	const documents = { kind: 'housing_provider', country: 'pl', keeps_documents: 'yes' };
	const clean = { kind: 'supplier', country: 'pl', charges_fees: 'no', keeps_documents: 'no' };
	const withSuppliers = (wagesAnswers: Answers, list: [string, Answers][]) =>
		assess(
			modules,
			{ profile: profileAnswers, recruitment: goodRecruitment, wages: wagesAnswers },
			{ suppliers: list.map(([id, answers]) => ({ id, module: supplier, answers })) }
		);

	it('scores and ranks the suppliers, a flagged one raising the level to high', () => {
		const result = withSuppliers(goodWages, [
			['clean', clean],
			['fees', fees]
		]);
		expect(result.suppliers.map((s) => s.supplierId)).toEqual(['fees', 'clean']);
		expect(result.flags).toEqual([
			expect.objectContaining({ flagId: 'supplier_fees', moduleId: 'supplier', supplierId: 'fees' })
		]);
		expect(result.level).toBe('high');
		expect(result.modules.map((m) => m.moduleId)).not.toContain('supplier');
	});

	it("pairs a supplier's flag with the organisation's own for possible forced labour", () => {
		const coercion = { ...goodWages, pay_channel: ['third_party'] };
		expect(withSuppliers(coercion, [['fees', fees]]).level).toBe('possible_forced_labour');
		expect(withSuppliers(goodWages, [['both', { ...fees, keeps_documents: 'yes' }]]).level).toBe(
			'possible_forced_labour'
		);
	});

	it('does not pair the flags of two unrelated suppliers', () => {
		const result = withSuppliers(goodWages, [
			['fees', fees],
			['documents', documents]
		]);
		expect(result.level).toBe('high');
		expect(result.protocol).toBe(false);
	});

	it('keeps suppliers out of the ILO profile and the evidence gap', () => {
		const result = withSuppliers(goodWages, [['unsure', { ...clean, charges_fees: 'dont_know' }]]);
		expect(result.evidenceGap).toBe(0);
		expect(result.ilo.find((e) => e.code === 'DB')?.questions).toEqual([
			{ moduleId: 'recruitment', questionId: 'fees_repaid', supplierId: null, risk: 0 },
			{ moduleId: 'wages', questionId: 'deductions', supplierId: null, risk: 0 }
		]);
	});
});
