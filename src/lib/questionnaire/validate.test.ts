import { describe, expect, it } from 'vitest';
import type { Choice, Question, QuestionnaireModule } from './schema';
import { demo, question } from './test-helpers';
import { validateModule, type Problem } from './validate';

const FILE = 'questionnaires/demo/1.0.0.yaml';
const check = (mod: QuestionnaireModule, file = FILE) => validateModule(mod, file);
const brief = (problems: Problem[]) => problems.map((p) => `${p.level} ${p.path}: ${p.message}`);
const choices = (q: Question): Choice[] => ('choices' in q ? q.choices : []);

describe('validateModule', () => {
	it('accepts the demo module', () => {
		expect(check(demo('1.0.0'))).toEqual([]);
	});

	it('requires the folder to be the module id and the file name its version', () => {
		expect(brief(check(demo('1.0.0'), 'questionnaires/other/1.0.1.yaml'))).toEqual([
			'error id: module id "demo" must match its folder "other"',
			'error version: version 1.0.0 must match the file name "1.0.1.yaml"'
		]);
	});

	it('finds duplicate ids of each kind', () => {
		const mod = demo('1.0.0');
		mod.sections[1].id = 'recruitment';
		question(mod, 'weekly_hours').id = 'uses_agency';
		choices(question(mod, 'agency_fees'))[1].id = 'employer';
		mod.flags[1].id = 'worker_fees';
		mod.actions[2].id = 'refund_fees';
		const messages = check(mod).map((p) => `${p.path}: ${p.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				'sections[1].id: duplicate section id "recruitment" (first at sections[0])',
				'sections[1].questions[1].id: duplicate question id "uses_agency" (first at sections[0].questions[0])',
				'sections[0].questions[1].choices[1].id: duplicate choice id "employer" (first at sections[0].questions[1].choices[0])',
				'flags[1].id: duplicate flag id "worker_fees" (first at flags[0])',
				'actions[2].id: duplicate action id "refund_fees" (first at actions[0])'
			])
		);
	});

	describe('show_if', () => {
		const withCondition = (show_if: Question['show_if'], on = 'document_storage') => {
			const mod = demo('1.0.0');
			question(mod, on).show_if = show_if;
			return brief(check(mod));
		};
		const at = 'sections[1].questions[0].show_if';

		it('accepts a condition on an earlier question', () => {
			expect(withCondition({ q: 'agency_fees', in: ['workers', 'dont_know'] })).toEqual([]);
		});

		it('refuses a later, the same or an unknown question, also when nested', () => {
			expect(
				withCondition({
					all: [{ q: 'weekly_hours', gte: 40 }, { any: [{ q: 'nothing', answered: true }] }]
				})
			).toEqual([
				`error ${at}.all[0].q: show_if refers to "weekly_hours", which is not an earlier question`,
				`error ${at}.all[1].any[0].q: show_if refers to "nothing", which is not a question in this file`
			]);
			expect(withCondition({ q: 'document_storage', answered: true })).toEqual([
				`error ${at}.q: show_if refers to "document_storage", which is not an earlier question`
			]);
		});

		it('refuses conditions that can never hold', () => {
			expect(withCondition({ q: 'uses_agency', eq: true })).toEqual([
				`error ${at}: show_if on "uses_agency": "true" is not one of its choices (yes, no, dont_know)`
			]);
			expect(withCondition({ q: 'agency_fees', gte: 2 })).toEqual([
				`error ${at}: show_if on "agency_fees": gte and lte apply to number questions only`
			]);
			expect(withCondition({ q: 'weekly_hours', eq: 'many' }, 'comments')).toEqual([
				'error sections[1].questions[2].show_if: show_if on "weekly_hours": "many" is not a number'
			]);
			expect(withCondition({ q: 'closing_note', answered: true }, 'comments')).toEqual([
				'error sections[1].questions[2].show_if.q: show_if refers to "closing_note", which is not an earlier question'
			]);
		});
	});

	it('refuses unknown flags and actions and warns about unused ones', () => {
		const mod = demo('1.0.0');
		choices(question(mod, 'agency_fees'))[1].flag = 'fees_paid';
		const hours = question(mod, 'weekly_hours');
		if (hours.type !== 'number') throw new Error('weekly_hours is a number question');
		hours.risk_bands![2].actions = ['shorten_hours'];
		mod.flags[1].actions = ['return_documents', 'call_police'];
		expect(brief(check(mod))).toEqual([
			'error sections[0].questions[1].choices[1].flag: unknown flag "fees_paid"',
			'error sections[1].questions[1].risk_bands[2].actions[0]: unknown action "shorten_hours"',
			'warning flags[0].id: flag "worker_fees" is raised by no answer',
			'error flags[1].actions[1]: unknown action "call_police"',
			'warning actions[2].id: action "limit_hours" is used nowhere'
		]);
	});

	it('requires ILO codes on scored questions only', () => {
		const mod = demo('1.0.0');
		question(mod, 'uses_agency').ilo = [];
		question(mod, 'weekly_hours').ilo = [];
		const exposure = question(mod, 'document_storage');
		exposure.ilo = [];
		exposure.exposure = true;
		expect(brief(check(mod))).toEqual([
			'error sections[0].questions[0].ilo: scored question "uses_agency" needs at least one ILO code',
			'error sections[1].questions[1].ilo: scored question "weekly_hours" needs at least one ILO code'
		]);
		const hours = question(mod, 'weekly_hours');
		if (hours.type === 'number') delete hours.risk_bands;
		expect(brief(check(mod))).not.toContainEqual(expect.stringContaining('weekly_hours'));
	});

	it('keeps text and info questions free of risk and info questions optional', () => {
		const mod = demo('1.0.0');
		Object.assign(question(mod, 'comments'), { ilo: ['AC'], weight: 2, exposure: true });
		question(mod, 'closing_note').required = true;
		expect(brief(check(mod))).toEqual([
			'error sections[1].questions[2].exposure: text questions never count for exposure',
			'error sections[1].questions[2].ilo: text questions are never scored',
			'error sections[1].questions[2].weight: text questions are never scored',
			'error sections[1].questions[3].required: info questions have nothing to answer and cannot be required'
		]);
	});

	it('holds yes_no and "don\'t know" choices to their ids', () => {
		const mod = demo('1.0.0');
		const yesNo = choices(question(mod, 'uses_agency'));
		yesNo[1].id = 'nope';
		yesNo[2].dont_know = false;
		choices(question(mod, 'agency_fees'))[0].dont_know = true;
		expect(brief(check(mod))).toEqual([
			'error sections[0].questions[0].choices[1].id: yes_no choices are yes, no and dont_know, not "nope"',
			'error sections[0].questions[0].choices[2].id: choice dont_know needs dont_know: true',
			'error sections[0].questions[0].choices: yes_no questions need the choices yes and no',
			'error sections[0].questions[1].choices[0].id: a "don\'t know" choice has id dont_know'
		]);
	});

	describe('translations', () => {
		const untranslated = (status: 'draft' | 'published') => {
			const mod = demo('1.0.0');
			mod.status = status;
			delete mod.title.uk;
			delete choices(question(mod, 'agency_fees'))[1].label.en;
			return mod;
		};

		it('lists each missing translation of a published file as an error', () => {
			expect(check(untranslated('published'))).toEqual([
				{
					file: FILE,
					path: 'title',
					message: 'missing translation: uk',
					level: 'error',
					locale: 'uk'
				},
				{
					file: FILE,
					path: 'sections[0].questions[1].choices[1].label',
					message: 'missing translation: en',
					level: 'error',
					locale: 'en'
				}
			]);
		});

		it('only warns about them in a draft', () => {
			const problems = check(untranslated('draft'));
			expect(problems.map((p) => [p.level, p.locale])).toEqual([
				['warning', 'uk'],
				['warning', 'en']
			]);
		});

		it('asks only for the languages the file lists', () => {
			const mod = untranslated('published');
			mod.locales = ['pl'];
			expect(check(mod)).toEqual([]);
		});
	});
});
