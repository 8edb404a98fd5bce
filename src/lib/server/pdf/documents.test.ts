import { describe, expect, it } from 'vitest';
import { assess } from '../../questionnaire/assess';
import { loadContacts, loadQuestionnaires } from '../questionnaires';
import { pinOf } from '../../questionnaire/registry';
import { localize } from '../../questionnaire/localize';
import { actionPlan } from '../../questionnaire/plan';
import type { Answers } from '../../questionnaire/schema';
import { type ActionItem, planItemViews, sourceOf } from '../plan';
import { currentPins } from '../assessments';
import { actionPlanDocument, blankQuestionnairePdf, pdfFileName } from './documents';
import { renderActionPlan } from './action-plan';
import { pdfLabels } from './labels';
import { pageTexts, writeTemp } from './poppler-test-helpers';
import { DEMO_ANSWERS, DEMO_SUPPLIERS } from '../seed';

const registry = loadQuestionnaires('questionnaires');
const loaded = registry.latest;
const modules = loaded.map((l) => l.module);
const supplierModule = registry.latestOf('supplier')!.module;
const names = new Map(DEMO_SUPPLIERS.map((s, i) => [`s${i}`, s.details.name]));
const words = {
	status: { open: 'To do', in_progress: 'In progress', done: 'Done' },
	concerns: 'Concerns:',
	removedSupplier: '(removed)'
};

function documentFor(answers: Record<string, Answers>) {
	const result = assess(modules, answers, {
		suppliers: DEMO_SUPPLIERS.map((s, i) => ({
			id: `s${i}`,
			module: supplierModule,
			answers: s.answers
		}))
	});
	const planned = actionPlan(result, modules);
	const items: ActionItem[] = planned.map((p, position) => ({
		id: `i${position}`,
		source: sourceOf(p),
		title: null,
		priority: p.priority,
		owner: position === 0 ? 'Anna Kowalska' : null,
		dueDate: position === 0 ? '2027-01-31' : null,
		status: position === 0 ? 'in_progress' : 'open',
		note: null,
		position,
		updatedAt: '2026-11-30T10:00:00.000Z'
	}));
	const views = planItemViews({
		items,
		planned,
		modules,
		result,
		supplierNames: names,
		removedSupplier: words.removedSupplier,
		locale: 'en'
	});
	return actionPlanDocument({
		organisation: 'Sadownik',
		result,
		modules,
		versions: loaded.map((l) => ({ module: l.id, version: l.version, sha256: l.sha256 })),
		items: views,
		supplierNames: names,
		contacts: loadContacts(),
		locale: 'en',
		labels: pdfLabels('en'),
		words,
		generatedAt: new Date('2026-11-30T12:00:00Z')
	});
}

describe('actionPlanDocument', () => {
	const doc = documentFor(DEMO_ANSWERS);

	it('carries the result: level, exposure, modules without the profile, the ILO map', () => {
		expect(doc.overall).toBe('high');
		expect(doc.forcedLabour).toBeNull();
		expect(doc.exposure).toBeGreaterThan(0);
		expect(doc.modules.map((m) => m.title)).not.toContain(
			registry.latestOf('profile')!.module.title.en
		);
		expect(doc.modules.find((m) => m.title === 'Recruitment')).toMatchObject({ level: 'high' });
		expect(Object.keys(doc.ilo)).toHaveLength(11);
		expect(doc.versions.map((v) => v.module)).toContain('supplier');
	});

	it('lists the plan with its owners, dates, status and the suppliers an action concerns', () => {
		expect(doc.actions[0]).toMatchObject({
			owner: 'Anna Kowalska',
			due: 'Jan 31, 2027',
			status: 'In progress',
			priority: 'immediate'
		});
		const repay = doc.actions.find((a) => a.title === 'Make sure workers get their fees back');
		expect(repay?.what).toMatch(/Concerns: Agencja Zatrudnienia Wschód\.$/);
		expect(doc.actions.every((a) => a.status === 'To do' || a.owner !== '')).toBe(true);
	});

	it('names a supplier flag with the supplier, and ranks suppliers as the result did', () => {
		expect(doc.flags).toEqual([
			expect.objectContaining({
				title: 'Workers pay to get the job',
				module: 'Agency, subcontractor or supplier: Agencja Zatrudnienia Wschód'
			})
		]);
		expect(doc.suppliers.map((s) => s.name)).toEqual(DEMO_SUPPLIERS.map((s) => s.details.name));
		expect(doc.suppliers[0].kind).toMatch(/^Employment agency/);
	});

	it('keeps only the answers that cost points among the findings, in words', () => {
		const recruitment = doc.findings.find((f) => f.title === 'Recruitment')!;
		expect(recruitment.findings.length).toBeGreaterThan(0);
		expect(recruitment.findings.every((f) => f.risk > 0)).toBe(true);
		const hours = doc.findings.flatMap((f) => f.findings).find((f) => f.answer === '56 hours');
		expect(hours?.risk).toBe(2);
	});

	it('puts the worker-first protocol with the duty to report first when the answers call for it', () => {
		const flagged = documentFor({
			...DEMO_ANSWERS,
			documents: { ...DEMO_ANSWERS.documents, who_holds_documents: ['supervisor'] }
		});
		expect(flagged.overall).toBe('possible_forced_labour');
		expect(flagged.forcedLabour?.legalDuty).toEqual([expect.stringMatching(/^Report the crime: /)]);
		expect(flagged.forcedLabour?.steps.some((s) => s.startsWith('Do not confront'))).toBe(true);
		expect(flagged.forcedLabour?.contacts.length).toBeGreaterThan(0);
	});

	it('renders as a PDF', async () => {
		const bytes = await renderActionPlan(doc);
		expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
	});
});

describe('pdfFileName', () => {
	it('keeps the name to ASCII words and the day', () => {
		const day = new Date('2026-11-30T23:00:00Z');
		expect(pdfFileName('plan-działań', day)).toBe('plan-dzialan-2026-11-30.pdf');
		expect(pdfFileName('План дій', day)).toBe('document-2026-11-30.pdf');
	});
});

describe('blankQuestionnairePdf', () => {
	const text = (bytes: Uint8Array) =>
		pageTexts(writeTemp(bytes, 'blank.pdf')).join(' ').replace(/\s+/g, ' ');
	// A choice that version 1.1.0 of the recruitment module added.
	const added = 'w rejestrze, ale nie na pracę tymczasową';

	it('prints the pinned versions when given pins, and the newest otherwise', async () => {
		const at = new Date('2026-03-14T10:00:00Z');
		const pins = currentPins(registry).map((pin) =>
			pin.module === 'recruitment' ? pinOf(registry.get({ ...pin, version: '1.0.0' })!) : pin
		);
		const newest = text(await blankQuestionnairePdf(registry, { locale: 'pl', now: at }));
		const pinned = text(await blankQuestionnairePdf(registry, { locale: 'pl', now: at, pins }));
		expect(newest).toContain(added);
		expect(pinned).not.toContain(added);
		// Both carry the supplier questions, which the register asks in their newest version.
		const supplierTitle = localize(supplierModule.title, 'pl');
		expect(pinned).toContain(supplierTitle);
		expect(newest).toContain(supplierTitle);
	}, 30_000);
});
