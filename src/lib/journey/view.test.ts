import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../server/questionnaires/load';
import { sectionViews } from '../question-form/view';
import { answerText } from './view';

const recruitment = loadQuestionnaires('questionnaires').latestOf('recruitment')!.module;
const questions = sectionViews(recruitment, 'en').flatMap((s) => s.questions);
const byId = (id: string) => questions.find((q) => q.id === id)!;

describe('answers in words', () => {
	it('put a stored answer into words', () => {
		const q = byId('recruitment_channels');
		const [a, b] = q.choices;
		expect(answerText(q, [a.id, b.id])).toBe(`${a.label}; ${b.label}`);
		expect(answerText(q, undefined)).toBeNull();
	});
});
