import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../server/questionnaires';
import { visibleQuestions } from '../questionnaire/visibility';
import { formAnswers } from './convert';
import { sectionViews, visibilityModule, visibleInForm } from './view';

const registry = loadQuestionnaires('questionnaires');
const recruitment = registry.latestOf('recruitment')!.module;
const sections = sectionViews(recruitment, 'en', {
	added: ['fees_known'],
	changed: ['kraz_checked']
});
const questions = sections.flatMap((s) => s.questions);
const byId = (id: string) => questions.find((q) => q.id === id)!;

const supplier = registry.latestOf('supplier')!.module;
const supplierSections = sectionViews(supplier, 'pl');
const supplierQuestions = supplierSections.flatMap((s) => s.questions);
const supplierSkeleton = visibilityModule(supplierSections);

describe('question views for the browser', () => {
	it('decide visibility in the browser exactly as the full module does on the server', () => {
		const skeleton = visibilityModule(sections);
		for (const channels of [[], ['direct_poland'], ['employment_agency'], ['agency_abroad']]) {
			const answers = { recruitment_channels: channels };
			expect([...visibleQuestions(skeleton, answers)]).toEqual([
				...visibleQuestions(recruitment, answers)
			]);
		}
	});

	it('carry the texts in the language asked for and mark new and changed questions', () => {
		expect(byId('recruitment_channels').text).toBe(recruitment.sections[0].questions[0].text.en);
		expect(byId('fees_known').mark).toBe('new');
		expect(byId('kraz_checked').mark).toBe('changed');
		expect(byId('recruitment_channels').mark).toBeNull();
	});

	it('read form text as visibility reads answers: numbers as numbers, blanks as nothing', () => {
		const number = { ...byId('kraz_checked'), id: 'hours', type: 'number' as const, choices: [] };
		expect(formAnswers([number], { hours: '1 234,5' })).toEqual({ hours: 1234.5 });
		expect(formAnswers([number], { hours: ' ' })).toEqual({});
		expect(formAnswers([number], { hours: 'abc' })).toEqual({});
		expect(formAnswers([byId('recruitment_channels')], { recruitment_channels: [] })).toEqual({});
	});
});

describe('visibleInForm', () => {
	it('shows and hides the same questions the server does', () => {
		for (const kind of ['employment_agency', 'temp_work_agency', 'supplier', 'housing_provider']) {
			expect(
				visibleInForm(supplierSkeleton, supplierQuestions, { kind, country: ['poland'] })
			).toEqual(visibleQuestions(supplier, { kind, country: ['poland'] }));
		}
	});

	it('ignores a value that is not one of the choices', () => {
		expect(
			visibleInForm(supplierSkeleton, supplierQuestions, { kind: 'pirate' }).has('kraz_checked')
		).toBe(false);
	});
});
