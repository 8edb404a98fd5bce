import { localize } from '../../questionnaire/localize';
import {
	resolvedModules,
	type Pin,
	type QuestionnaireRegistry
} from '../../questionnaire/registry';

export interface WorkshopLabels {
	/** Module id -> its title. */
	modules: Record<string, string>;
	/** `moduleId:flagId` -> the flag's title. */
	flags: Record<string, string>;
}

/** Titles of the pinned modules and their flags in one language, for pages that list them. */
export function workshopLabels(
	registry: QuestionnaireRegistry,
	pins: Pin[],
	locale: string
): WorkshopLabels {
	const labels: WorkshopLabels = { modules: {}, flags: {} };
	// A supplier's flags come from the supplier module, which a workshop does not pin itself.
	const loaded = [...resolvedModules(registry, pins), registry.latestOf('supplier')];
	for (const m of loaded) {
		if (!m) continue;
		labels.modules[m.id] ??= localize(m.module.title, locale);
		for (const f of m.module.flags) {
			labels.flags[`${m.id}:${f.id}`] ??= localize(f.title, locale);
		}
	}
	return labels;
}
