import { error } from '@sveltejs/kit';
import { iloName } from '$lib/vocabulary';

import { m } from '$lib/paraglide/messages';
import { localize } from '$lib/questionnaire/localize';
import { resolvedModules, type LoadedModule } from '$lib/questionnaire/registry';
import { requirePermission } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { getWorkshop } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

/** The workshop's modules in questionnaire order, with each question and its section. */
function pinned(modules: LoadedModule[]) {
	return modules.toSorted((a, b) => a.module.order - b.module.order);
}

export const load = (async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const workshop = await getWorkshop(getDb(), user.id, event.params.id);
	if (!workshop) error(404, { message: m.error_not_found() });
	const registry = getQuestionnaires();
	const modules = pinned(resolvedModules(registry, workshop.pins));
	const lang = workshop.language;
	const wanted = event.url.searchParams.get('module');
	const chosen = wanted
		? modules.find((l) => l.id === wanted)
		: (modules.find((l) => l.module.kind === 'assessment') ?? modules[0]);
	if (!chosen) error(404, { message: m.error_not_found() });

	const entries = chosen.module.sections.flatMap((section) =>
		section.questions.map((question) => ({ section, question }))
	);
	const total = entries.length;
	const asked = Number.parseInt(event.url.searchParams.get('q') ?? '1', 10);
	const n = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), total) : 1;
	const { section, question } = entries[n - 1];
	const at = (q: number) => `/workshops/${workshop.id}/present?module=${chosen.id}&q=${q}`;
	return {
		workshopId: workshop.id,
		lang,
		modules: modules.map((l) => ({ id: l.id, title: localize(l.module.title, lang) })),
		moduleId: chosen.id,
		moduleTitle: localize(chosen.module.title, lang),
		sectionTitle: localize(section.title, lang),
		n,
		total,
		previous: n > 1 ? at(n - 1) : null,
		next: n < total ? at(n + 1) : null,
		question: {
			type: question.type,
			text: localize(question.text, lang),
			help: localize(question.help, lang) ?? null,
			legal: question.legal ?? [],
			ilo: question.ilo.map((code) => iloName(code, lang)),
			unit: 'unit' in question ? (localize(question.unit, lang) ?? null) : null,
			choices: 'choices' in question ? question.choices.map((c) => localize(c.label, lang)) : []
		}
	};
}) satisfies PageServerLoad;
