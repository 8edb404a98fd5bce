import { localize } from '../../questionnaire/localize';
import type { Priority, QuestionnaireModule } from '../../questionnaire/schema';
import { questionsOf } from '../../questionnaire/visibility';
import type { AssessmentResult, ModuleResult, PlannedAction } from '../../questionnaire/types';
import { answerInWords, wordedQuestion } from '../../vocabulary/index';
import type { ActionStatus } from './item-forms';
import { sourceOf, type ActionItem } from './items';

/** One answer that called for an action: where it was given, the question and what was chosen. */
export interface TriggerView {
	/** The supplier whose questionnaire it is; null for the organisation's own answers. */
	supplier: string | null;
	module: string;
	question: string;
	answers: string[];
	flags: string[];
}

export interface PlanItemView {
	id: string;
	/** The organisation's own action, which it may remove. */
	own: boolean;
	title: string;
	what: string | null;
	why: string | null;
	priority: Priority;
	legal: string[];
	template: string | null;
	fromFlag: boolean;
	triggers: TriggerView[];
	suppliers: string[];
	owner: string | null;
	dueDate: string | null;
	status: ActionStatus;
	note: string | null;
	updatedAt: string;
}

export interface PlanViewInput {
	items: readonly ActionItem[];
	planned: readonly PlannedAction[];
	modules: readonly QuestionnaireModule[];
	result: AssessmentResult;
	/** The register's current names; a supplier removed since is shown as `removedSupplier`. */
	supplierNames: ReadonlyMap<string, string>;
	removedSupplier: string;
	locale: string;
}

/**
 * The action plan as people read it: each item with the catalogue's words in their
 * language, the answers that called for it and the suppliers it concerns. Pure, so the page
 * and the PDF read the same plan.
 */
export function planItemViews(input: PlanViewInput): PlanItemView[] {
	const { result, locale } = input;
	const plannedBySource = new Map(input.planned.map((p) => [sourceOf(p), p]));
	const versionOf = (moduleId: string, supplierId: string | null): ModuleResult | undefined =>
		supplierId === null
			? result.modules.find((r) => r.moduleId === moduleId)
			: result.suppliers.find((s) => s.supplierId === supplierId);
	const moduleOf = (moduleId: string, supplierId: string | null) => {
		const version = versionOf(moduleId, supplierId)?.version;
		return input.modules.find((m) => m.id === moduleId && m.version === version);
	};
	const supplierName = (id: string) => input.supplierNames.get(id) ?? input.removedSupplier;

	return input.items.map((item) => {
		const planned = item.source ? plannedBySource.get(item.source) : undefined;
		const base = {
			id: item.id,
			priority: item.priority,
			owner: item.owner,
			dueDate: item.dueDate,
			status: item.status,
			note: item.note,
			updatedAt: item.updatedAt
		};
		if (!planned) {
			return {
				...base,
				own: item.source === null,
				title: item.title ?? item.source ?? '',
				what: null,
				why: null,
				legal: [],
				template: null,
				fromFlag: false,
				triggers: [],
				suppliers: []
			};
		}
		const catalogue = moduleOf(planned.moduleId, planned.triggeredBy[0]?.supplierId ?? null);
		const action = catalogue?.actions.find((a) => a.id === planned.actionId);
		const triggers = new Map<string, TriggerView>();
		for (const t of planned.triggeredBy) {
			const module = moduleOf(t.moduleId, t.supplierId);
			const question = module && questionsOf(module).find((q) => q.id === t.questionId);
			if (!module || !question) continue;
			const key = `${t.supplierId}/${t.moduleId}/${t.questionId}`;
			let view = triggers.get(key);
			if (!view) {
				view = {
					supplier: t.supplierId === null ? null : supplierName(t.supplierId),
					module: localize(module.title, locale),
					question: localize(question.text, locale),
					answers: [],
					flags: []
				};
				triggers.set(key, view);
			}
			const value =
				t.choiceId ??
				versionOf(t.moduleId, t.supplierId)?.contributions.find(
					(c) => c.questionId === t.questionId
				)?.value;
			const answer = answerInWords(wordedQuestion(question, locale), value, locale);
			if (answer && !view.answers.includes(answer)) view.answers.push(answer);
			const flag = t.flagId && module.flags.find((f) => f.id === t.flagId);
			if (flag) {
				const title = localize(flag.title, locale);
				if (!view.flags.includes(title)) view.flags.push(title);
			}
		}
		return {
			...base,
			own: false,
			title: action ? localize(action.title, locale) : (item.source ?? ''),
			what: action ? localize(action.what, locale) : null,
			why: action ? localize(action.why, locale) : null,
			legal: planned.legal,
			template: localize(action?.template, locale) ?? null,
			fromFlag: planned.fromFlag,
			triggers: [...triggers.values()],
			suppliers: planned.supplierIds.map(supplierName)
		};
	});
}
