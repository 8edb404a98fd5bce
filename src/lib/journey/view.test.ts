import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../server/questionnaires';
import { visibleQuestions } from '../questionnaire/visibility';
import { answerText, formAnswers, sectionViews, visibilityModule } from './view';

const recruitment = loadQuestionnaires('questionnaires').latestOf('recruitment')!.module;
const sections = sectionViews(recruitment, 'en', {
	added: ['fees_known'],
	changed: ['kraz_checked']
});
const questions = sections.flatMap((s) => s.questions);
const byId = (id: string) => questions.find((q) => q.id === id)!;

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

	it('put a stored answer into words', () => {
		const q = byId('recruitment_channels');
		const [a, b] = q.choices;
		expect(answerText(q, [a.id, b.id])).toBe(`${a.label}; ${b.label}`);
		expect(answerText(q, undefined)).toBeNull();
	});
});
