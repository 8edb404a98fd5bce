import { byModuleOrder } from './assess';
import { PRIORITIES, type QuestionnaireModule } from './schema';
import { rankSuppliers } from './suppliers';
import type { ActionTrigger, AssessmentResult, PlannedAction, SupplierResult } from './types';

function moduleFor(
	modules: readonly QuestionnaireModule[],
	moduleId: string,
	version: string
): QuestionnaireModule {
	const module = modules.find((m) => m.id === moduleId && m.version === version);
	// A result read with other versions than it was scored with would cite the wrong actions.
	if (!module) throw new Error(`No module ${moduleId} ${version} to draw the action plan from`);
	return module;
}

/** The organisation's own actions (no supplier) rank above every supplier's. */
function supplierRank(action: PlannedAction): number {
	return action.supplierPriority ?? Number.MAX_VALUE;
}

interface Entry {
	action: PlannedAction;
	module: QuestionnaireModule;
	seen: number;
	triggerKeys: Set<string>;
}

/**
 * The action plan: every action the answers (choice actions, number band actions) and the
 * fired flags (flag actions) call for, once per module and action id, listing every answer
 * that called for it. Order: actions a flag called for first, then by priority, then the
 * organisation's own actions before supplier actions and supplier actions by their highest
 * supplier priority, then by module order.
 */
export function actionPlan(
	result: AssessmentResult,
	modules: readonly QuestionnaireModule[],
	suppliers: readonly SupplierResult[] = result.suppliers
): PlannedAction[] {
	const entries = new Map<string, Entry>();
	const add = (
		module: QuestionnaireModule,
		trigger: ActionTrigger,
		supplier: SupplierResult | null
	) => {
		const key = `${module.id}/${trigger.actionId}`;
		let entry = entries.get(key);
		if (!entry) {
			const definition = module.actions.find((a) => a.id === trigger.actionId);
			if (!definition) {
				throw new Error(`Module ${module.id} ${module.version} has no action ${trigger.actionId}`);
			}
			entry = {
				module,
				seen: entries.size,
				triggerKeys: new Set(),
				action: {
					moduleId: module.id,
					actionId: definition.id,
					priority: definition.priority,
					triggeredBy: [],
					legal: definition.legal ?? [],
					fromFlag: false,
					supplierIds: [],
					supplierPriority: null
				}
			};
			entries.set(key, entry);
		}
		const { action } = entry;
		const supplierId = supplier?.supplierId ?? null;
		const { questionId, choiceId, flagId } = trigger;
		const byKey = `${supplierId}/${questionId}/${choiceId}/${flagId}`;
		if (!entry.triggerKeys.has(byKey)) {
			entry.triggerKeys.add(byKey);
			action.triggeredBy.push({
				actionId: trigger.actionId,
				questionId,
				choiceId,
				flagId,
				moduleId: module.id,
				supplierId
			});
		}
		action.fromFlag ||= trigger.flagId !== null;
		if (supplier && !action.supplierIds.includes(supplier.supplierId)) {
			action.supplierIds.push(supplier.supplierId);
			action.supplierPriority = Math.max(action.supplierPriority ?? 0, supplier.priority);
		}
	};

	for (const r of result.modules) {
		const module = moduleFor(modules, r.moduleId, r.version);
		for (const trigger of r.triggers) add(module, trigger, null);
	}
	for (const s of rankSuppliers(suppliers)) {
		const module = moduleFor(modules, s.moduleId, s.version);
		for (const trigger of s.triggers) add(module, trigger, s);
	}

	return [...entries.values()]
		.sort(
			(a, b) =>
				Number(b.action.fromFlag) - Number(a.action.fromFlag) ||
				PRIORITIES.indexOf(a.action.priority) - PRIORITIES.indexOf(b.action.priority) ||
				supplierRank(b.action) - supplierRank(a.action) ||
				byModuleOrder(a.module, b.module) ||
				a.seen - b.seen
		)
		.map((e) => e.action);
}
