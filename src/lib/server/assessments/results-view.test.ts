import { describe, expect, it } from 'vitest';
import { answerAll, firstAnswer } from '../../../../tests/fixtures/journey/answers';
import { assess } from '../../questionnaire/assess';
import { loadContacts, loadQuestionnaires } from '../questionnaires';
import { localize } from '../../questionnaire/localize';
import type { Question } from '../../questionnaire/schema';
import { resultsView } from './results-view';

const registry = loadQuestionnaires('questionnaires');
const pinned = registry.latest.filter((m) => m.module.kind !== 'supplier');
const modules = pinned.map((m) => m.module);

/** The safest answer: the choice with the lowest risk, "no" fees and the like. */
function safest(question: Question) {
	if ('choices' in question) {
		const best = question.choices.toSorted((a, b) => (a.risk ?? 0) - (b.risk ?? 0))[0];
		return question.type === 'multi_choice' ? [best.id] : best.id;
	}
	return firstAnswer(question);
}

describe('the results page in words', () => {
	it('puts the worker-first protocol first when forced labour is possible, phones only where checked', () => {
		// The first choice of these files is often the worst practice: enough for the protocol.
		const answers = Object.fromEntries(modules.map((m) => [m.id, answerAll(m)]));
		const result = assess(modules, answers);
		expect(result.protocol).toBe(true);
		const contacts = loadContacts();
		const view = resultsView({
			result,
			pinned,
			registry,
			supplierNames: new Map(),
			contacts,
			locale: 'en'
		});
		expect(view.level).toBe('possible_forced_labour');
		expect(view.protocol?.steps.length).toBeGreaterThan(0);
		for (const c of contacts.organisations) {
			const shown = view.protocol!.contacts.find((v) => v.id === c.id)!;
			expect(shown.name).toBe(c.name.en);
			if (c.checked === null) expect(shown.phone).toBeNull();
		}
		expect(view.protocol!.contacts.some((c) => c.phone !== null)).toBe(true);

		expect(view.flags).toHaveLength(result.flags.length);
		result.flags.forEach((f, i) => {
			const definition = registry
				.latestOf(f.moduleId)!
				.module.flags.find((d) => d.id === f.flagId)!;
			expect(view.flags[i].title).toBe(localize(definition.title, 'en'));
			expect(view.flags[i].actions).toHaveLength(definition.actions.length);
		});
		expect(view.reasons[0].kind).toBe('protocol');
	});

	it('explains each module score by the points its answers took away', () => {
		const answers = Object.fromEntries(modules.map((m) => [m.id, answerAll(m, safest)]));
		const result = assess(modules, answers);
		expect(result.protocol).toBe(false);
		const view = resultsView({
			result,
			pinned,
			registry,
			supplierNames: new Map(),
			contacts: loadContacts(),
			locale: 'pl'
		});
		expect(view.protocol).toBeNull();
		for (const mod of view.modules.filter((x) => x.control !== null)) {
			const lost = mod.lines.reduce((sum, l) => sum + l.points, 0);
			expect(Math.abs(100 - lost - mod.control!)).toBeLessThan(1);
			for (const line of mod.lines) expect(line.question).not.toBe('');
		}
		expect(view.ilo).toHaveLength(11);
		expect(view.exposure?.factors.length).toBeGreaterThan(0);
		const sector = view.exposure!.factors.find((f) => f.question.includes('branży'));
		expect(sector?.answer).toMatch(/^[A-U] — /);
	});
});
