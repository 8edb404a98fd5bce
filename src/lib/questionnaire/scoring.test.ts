import { describe, expect, it } from 'vitest';
import { buildModule, fixture, yesNo } from '../../../tests/fixtures/scoring/fixtures';
import type { Answers } from './schema';
import { exposure, scoreModule } from './scoring';

const wages = fixture('wages');
const profile = fixture('profile');

const good: Answers = {
	min_wage: 'yes',
	deductions: 'none',
	pay_channel: ['own_account'],
	weekly_hours: 40
};

const bad: Answers = {
	min_wage: 'dont_know',
	deductions: 'without_consent',
	consent_kept: 'no',
	pay_channel: ['cash', 'third_party'],
	weekly_hours: 55,
	comments: 'we pay some workers through their foreman'
};

describe('exposure', () => {
	it('is 10 × Σ risk·weight ÷ Σ 3·weight over the answered exposure questions', () => {
		const result = exposure(profile, {
			sector: 'a',
			voivodeship: 'mazowieckie',
			foreign_share: 20,
			recruits_abroad: 'yes',
			provides_housing: 'no'
		});
		// (3·2 + 2 + 3 + 0) ÷ (6 + 3 + 3 + 3) = 11/15; voivodeship carries no risk.
		expect(result.score).toBe(7.3);
		expect(result.factors.map((f) => [f.questionId, f.points])).toEqual([
			['sector', 4],
			['recruits_abroad', 2],
			['foreign_share', 1.33],
			['provides_housing', 0]
		]);
		expect(result.factors[2]).toMatchObject({ value: 20, choiceIds: [], risk: 2, weight: 1 });
	});

	it('ignores the answer of a question its condition hides', () => {
		const result = exposure(profile, { sector: 'a', foreign_share: 0, recruits_abroad: 'yes' });
		// 6 ÷ 9, the hidden recruits_abroad left out of both sums.
		expect(result.score).toBe(6.7);
		expect(result.factors.map((f) => f.questionId)).toEqual(['sector', 'foreign_share']);
	});

	it('counts a "don\'t know" with its risk and is null when nothing is answered', () => {
		expect(exposure(profile, { provides_housing: 'dont_know' }).score).toBe(6.7);
		expect(exposure(profile, {})).toEqual({
			moduleId: 'profile',
			version: '1.0.0',
			score: null,
			factors: []
		});
	});

	it('takes only exposure questions', () => {
		expect(exposure(wages, bad).score).toBeNull();
	});
});

describe('scoreModule', () => {
	it('gives full control to good practice', () => {
		const result = scoreModule(wages, good);
		expect(result).toMatchObject({
			moduleId: 'wages',
			version: '1.2.0',
			kind: 'assessment',
			control: 100,
			band: 'low',
			level: 'low',
			critical: false,
			flags: [],
			incomplete: false,
			missing: [],
			visible: 5,
			answered: 4,
			evidenceGap: 0,
			dontKnow: [],
			triggers: []
		});
		expect(result.contributions.every((c) => c.points === 0)).toBe(true);
	});

	it('computes control as 100 × (1 − Σ risk·weight ÷ Σ 3·weight) and explains each loss', () => {
		const result = scoreModule(wages, bad);
		// (2·2 + 3 + 3 + 3 + 2) ÷ (6 + 3 + 3 + 3 + 3) = 15/18 → 16.7 → 17
		expect(result.control).toBe(17);
		expect(result.band).toBe('high');
		expect(result.contributions.map((c) => [c.questionId, c.risk, c.weight, c.points])).toEqual([
			['min_wage', 2, 2, 22.2],
			['deductions', 3, 1, 16.7],
			['consent_kept', 3, 1, 16.7],
			['pay_channel', 3, 1, 16.7],
			['weekly_hours', 2, 1, 11.1]
		]);
		const lost = result.contributions.reduce((sum, c) => sum + c.points, 0);
		expect(Math.abs(100 - result.control! - lost)).toBeLessThan(0.5);
	});

	it('scores a multi_choice by its highest risk and fires the flags of every chosen choice', () => {
		const result = scoreModule(wages, { ...good, pay_channel: ['own_account', 'cash'] });
		expect(result.contributions.find((c) => c.questionId === 'pay_channel')).toMatchObject({
			choiceIds: ['own_account', 'cash'],
			risk: 1
		});
		const flagged = scoreModule(wages, { ...good, pay_channel: ['third_party', 'cash'] });
		expect(flagged.flags).toEqual([
			{
				flagId: 'third_party_pay',
				kind: 'coercion',
				questionId: 'pay_channel',
				choiceId: 'third_party'
			}
		]);
	});

	it('scores a number by the first risk band that holds it, bounds included', () => {
		const risk = (hours: number) =>
			scoreModule(wages, { ...good, weekly_hours: hours }).contributions.find(
				(c) => c.questionId === 'weekly_hours'
			)?.risk;
		expect([risk(0), risk(48), risk(48.5), risk(60), risk(61)]).toEqual([0, 0, 2, 2, 3]);
		expect(scoreModule(wages, { ...good, weekly_hours: 61 }).flags).toEqual([
			{ flagId: 'excessive_hours', kind: 'other', questionId: 'weekly_hours', choiceId: null }
		]);
	});

	it('leaves a number outside every band unscored but answered', () => {
		const module = buildModule([
			yesNo('a'),
			{
				id: 'n',
				type: 'number',
				text: { pl: 'n' },
				risk_bands: [{ min: 0, max: 10, risk: 3 }]
			}
		]);
		const result = scoreModule(module, { a: 'yes', n: 11 });
		expect(result.control).toBe(100);
		expect(result.answered).toBe(2);
		expect(result.contributions.map((c) => c.questionId)).toEqual(['a']);
	});

	it('ignores answers to hidden questions: no score, flag or action from them', () => {
		const hidden = scoreModule(wages, { ...good, consent_kept: 'no' });
		expect(hidden).toEqual(scoreModule(wages, good));
	});

	it('counts a required visible question left unanswered as incomplete, not as low risk', () => {
		const result = scoreModule(wages, { min_wage: 'yes', deductions: 'with_consent' });
		expect(result.incomplete).toBe(true);
		expect(result.missing).toEqual(['consent_kept', 'pay_channel', 'weekly_hours']);
		expect(result.control).toBe(89);
		expect(result.answered).toBe(2);
		expect(result.visible).toBe(6);
	});

	it('has no control, band or evidence gap when no scored question is answered', () => {
		const result = scoreModule(wages, { comments: 'nothing yet', min_wage: 'perhaps' });
		expect(result).toMatchObject({
			control: null,
			band: null,
			level: null,
			evidenceGap: null,
			incomplete: true,
			answered: 1
		});
		expect(result.missing).toContain('min_wage');
	});

	it('takes no control from exposure questions', () => {
		expect(scoreModule(profile, { sector: 'a', provides_housing: 'yes' }).control).toBeNull();
	});

	it('measures the evidence gap as the share of scored answers that are "don\'t know"', () => {
		expect(scoreModule(wages, bad).evidenceGap).toBe(0.2);
		expect(scoreModule(wages, bad).dontKnow).toEqual(['min_wage']);
		const unsure = scoreModule(wages, { ...good, pay_channel: ['dont_know'] });
		expect(unsure.evidenceGap).toBe(0.25);
	});

	it("bands by the rounded control and the module file's bands", () => {
		const module = buildModule(
			[yesNo('a', { weight: 1 }), yesNo('b', { weight: 1 }), yesNo('c', { weight: 1 })],
			{ bands: { low: 67, medium: 34 } }
		);
		// One "don't know" among three costs 2/9: 77.8 → 78.
		expect(scoreModule(module, { a: 'dont_know', b: 'yes', c: 'yes' })).toMatchObject({
			control: 78,
			band: 'low'
		});
		expect(scoreModule(module, { a: 'no', b: 'no', c: 'yes' })).toMatchObject({
			control: 33,
			band: 'high'
		});
		expect(scoreModule(module, { a: 'no', b: 'dont_know', c: 'yes' })).toMatchObject({
			control: 44,
			band: 'medium'
		});
	});

	it('makes a module with a flag critical and its level at least high, whatever its band', () => {
		const result = scoreModule(wages, { ...good, weekly_hours: 61 });
		expect(result).toMatchObject({ control: 80, band: 'low', level: 'high', critical: true });
	});

	it('maps each ILO indicator to its highest answered risk, 3 where a flag on it fired', () => {
		const result = scoreModule(wages, bad);
		expect(result.iloRisk).toEqual({
			AV: null,
			DC: null,
			RM: null,
			IS: null,
			PV: null,
			IT: null,
			ID: null,
			WW: 3,
			DB: 3,
			AC: null,
			EO: 2
		});
		const mild = scoreModule(wages, { ...good, deductions: 'with_consent', consent_kept: 'yes' });
		expect(mild.iloRisk).toMatchObject({ WW: 1, DB: 1, EO: 0 });
	});

	it('lists every action the answers and flags call for, with what called it', () => {
		expect(scoreModule(wages, bad).triggers).toEqual([
			{ actionId: 'check_payroll', questionId: 'min_wage', choiceId: 'dont_know', flagId: null },
			{
				actionId: 'check_payroll',
				questionId: 'deductions',
				choiceId: 'without_consent',
				flagId: null
			},
			{
				actionId: 'stop_deductions',
				questionId: 'deductions',
				choiceId: 'without_consent',
				flagId: 'deduction_no_consent'
			},
			{ actionId: 'written_consent', questionId: 'consent_kept', choiceId: 'no', flagId: null },
			{ actionId: 'pay_to_account', questionId: 'pay_channel', choiceId: 'cash', flagId: null },
			{
				actionId: 'pay_to_account',
				questionId: 'pay_channel',
				choiceId: 'third_party',
				flagId: null
			},
			{
				actionId: 'pay_to_account',
				questionId: 'pay_channel',
				choiceId: 'third_party',
				flagId: 'third_party_pay'
			},
			{ actionId: 'limit_hours', questionId: 'weekly_hours', choiceId: null, flagId: null }
		]);
	});

	it('is plain data that survives a JSON round trip', () => {
		const result = scoreModule(wages, bad);
		expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
	});
});
