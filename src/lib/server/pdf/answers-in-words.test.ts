import { describe, expect, it } from 'vitest';
import { answerAll } from '../../../../tests/fixtures/journey/answers';
import { assess } from '../../questionnaire/assess';
import { actionPlan } from '../../questionnaire/plan';
import type { Question } from '../../questionnaire/schema';
import { resultsView } from '../assessments';
import { planItemViews, sourceOf } from '../plan';
import { loadContacts, loadQuestionnaires } from '../questionnaires';
import { actionPlanDocument } from './documents';
import { pdfLabels } from './labels';

const registry = loadQuestionnaires('questionnaires');
const pinned = registry.latest.filter((m) => m.module.kind !== 'supplier');
const modules = pinned.map((m) => m.module);

/** The lowest-risk choice everywhere, so only the numbers below raise anything. */
function safest(question: Question) {
	if (!('choices' in question)) return question.type === 'number' ? 0 : undefined;
	const best = question.choices.toSorted((a, b) => (a.risk ?? 0) - (b.risk ?? 0))[0];
	return question.type === 'multi_choice' ? [best.id] : best.id;
}

describe('an answered number', () => {
	const answers = Object.fromEntries(modules.map((m) => [m.id, answerAll(m, safest)]));
	answers.profile.number_of_workers = 12500;
	answers['working-time'].longest_week_hours = 62.5;
	const result = assess(modules, answers);
	const planned = actionPlan(result, modules);
	const open = { title: null, owner: null, dueDate: null, note: null, status: 'open' } as const;
	const items = planned.map((p, i) => ({
		...open,
		id: `i${i}`,
		source: sourceOf(p),
		priority: p.priority,
		position: i,
		updatedAt: '2026-11-30T10:00:00.000Z'
	}));
	const plan = planItemViews({
		items,
		planned,
		modules,
		result,
		supplierNames: new Map(),
		removedSupplier: '',
		locale: 'pl'
	});
	const page = resultsView({
		result,
		pinned,
		registry,
		supplierNames: new Map(),
		contacts: loadContacts(),
		locale: 'pl'
	});
	const pdf = actionPlanDocument({
		organisation: 'Sadownik',
		result,
		modules,
		versions: [],
		items: plan,
		supplierNames: new Map(),
		contacts: loadContacts(),
		locale: 'pl',
		labels: pdfLabels('pl'),
		words: { status: { open: '', in_progress: '', done: '' }, concerns: '', removedSupplier: '' },
		generatedAt: new Date('2026-11-30T12:00:00Z')
	});

	it('reads the same on the results page, in the plan and in the PDF', () => {
		const hours = '62,5 godz.';
		const onPage = page.modules
			.find((m) => m.id === 'working-time')!
			.lines.filter((l) => l.answer.includes('godz.'));
		expect(onPage.map((l) => l.answer)).toEqual([hours]);
		const inPlan = plan.flatMap((i) => i.triggers.flatMap((t) => t.answers));
		expect(inPlan).toContain(hours);
		const inPdf = pdf.findings.flatMap((f) => f.findings.map((x) => x.answer));
		expect(inPdf).toContain(hours);
	});

	it('groups its thousands as the language does, as the PDF and the plan do', () => {
		const workers = page.exposure!.factors.find((l) => l.answer.includes('osób'))!;
		expect(workers.answer).toBe('12\u00a0500 osób');
	});
});
