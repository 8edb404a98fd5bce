import { describe, expect, it } from 'vitest';
import { assess } from '../../questionnaire/assess';
import { loadQuestionnaires } from '../questionnaires';
import { actionPlan } from '../../questionnaire/plan';
import { sourceOf, type ActionItem } from './items';
import { planItemViews } from './view';
import { DEMO_ANSWERS, DEMO_SUPPLIERS } from '../seed';

const registry = loadQuestionnaires('questionnaires');
const modules = registry.latest.map((m) => m.module);
const supplierModule = registry.latestOf('supplier')!.module;
const suppliers = DEMO_SUPPLIERS.map((s, i) => ({
	id: `s${i}`,
	module: supplierModule,
	answers: s.answers
}));
const result = assess(modules, DEMO_ANSWERS, { suppliers });
const planned = actionPlan(result, modules);
const items: ActionItem[] = [
	...planned.map((p, position) => ({
		id: `i${position}`,
		source: sourceOf(p),
		title: null,
		priority: p.priority,
		owner: null,
		dueDate: null,
		status: 'open' as const,
		note: null,
		position,
		updatedAt: '2026-11-30T10:00:00.000Z'
	})),
	{
		id: 'own',
		source: null,
		title: 'Szkolenie brygadzistów',
		priority: 'days_30',
		owner: 'Anna',
		dueDate: '2027-01-31',
		status: 'in_progress',
		note: null,
		position: planned.length,
		updatedAt: '2026-11-30T10:00:00.000Z'
	}
];

function views(
	locale: string,
	names = new Map(DEMO_SUPPLIERS.map((s, i) => [`s${i}`, s.details.name]))
) {
	return planItemViews({
		items,
		planned,
		modules,
		result,
		supplierNames: names,
		removedSupplier: '(removed)',
		locale
	});
}

describe('planItemViews', () => {
	it("names the supplier, the question and the chosen answer behind a supplier's action", () => {
		const repay = views('en').find((v) => v.title === 'Make sure workers get their fees back');
		expect(repay).toBeDefined();
		expect(repay).toMatchObject({
			own: false,
			priority: 'immediate',
			fromFlag: true,
			suppliers: ['Agencja Zatrudnienia Wschód']
		});
		expect(repay!.legal).toContain('ILO Convention No. 181, art. 7');
		expect(repay!.what).toBeTruthy();
		expect(repay!.triggers).toContainEqual(
			expect.objectContaining({
				supplier: 'Agencja Zatrudnienia Wschód',
				answers: [expect.stringMatching(/^Yes, workers pay/)],
				flags: ['Workers pay to get the job']
			})
		);
	});

	it('shows a number answer with its unit, in the reader’s language', () => {
		const hours = views('pl').filter((v) => v.triggers.some((t) => t.answers.includes('56 godz.')));
		expect(hours.length).toBeGreaterThan(0);
		expect(hours[0].triggers[0].supplier).toBeNull();
	});

	it('keeps own actions as they were written, and lists every item once', () => {
		const all = views('uk');
		expect(all).toHaveLength(items.length);
		expect(all.at(-1)).toMatchObject({
			id: 'own',
			own: true,
			title: 'Szkolenie brygadzistów',
			status: 'in_progress',
			triggers: []
		});
	});

	it('says a supplier was removed from the register instead of dropping it', () => {
		const all = views('en', new Map());
		const supplierItems = all.filter((v) => v.suppliers.length > 0);
		expect(supplierItems.length).toBeGreaterThan(0);
		expect(supplierItems.every((v) => v.suppliers.every((s) => s === '(removed)'))).toBe(true);
	});
});
