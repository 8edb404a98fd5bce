import { round } from './levels';
import type { Answers, QuestionnaireModule } from './schema';
import { exposure, scoreModule } from './scoring';
import type { SupplierResult } from './types';

/**
 * Scores one supplier's questionnaire. Priority = exposure × (100 − control) ÷ 100. A
 * supplier nobody has assessed must not sink to the bottom of the plan, so unknown control
 * counts as 0 and unknown exposure as 10, both marked as assumed; and a supplier without a
 * control score is incomplete even when its required questions are answered.
 */
export function scoreSupplier(
	module: QuestionnaireModule,
	answers: Answers,
	supplierId: string
): SupplierResult {
	const result = scoreModule(module, answers);
	const supplierExposure = exposure(module, answers);
	const exposureAssumed = supplierExposure.score === null;
	const controlAssumed = result.control === null;
	const e = supplierExposure.score ?? 10;
	const c = result.control ?? 0;
	return {
		...result,
		incomplete: result.incomplete || controlAssumed,
		supplierId,
		exposure: supplierExposure,
		priority: round((e * (100 - c)) / 100, 1),
		priorityExplain: { exposure: e, exposureAssumed, control: c, controlAssumed }
	};
}

/** Suppliers with a fired flag first, then by priority, then by exposure; ties by id. */
export function rankSuppliers(list: readonly SupplierResult[]): SupplierResult[] {
	return [...list].sort(
		(a, b) =>
			Number(b.critical) - Number(a.critical) ||
			b.priority - a.priority ||
			b.priorityExplain.exposure - a.priorityExplain.exposure ||
			(a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0)
	);
}
