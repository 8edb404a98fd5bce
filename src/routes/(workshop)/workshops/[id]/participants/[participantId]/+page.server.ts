import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requirePermission } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { sharedResult, workshopLabels } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

// Read-only, and only while the participant shares it: a withdrawn share reads as not found.
export const load = (async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const { id, participantId } = event.params;
	const shared = await sharedResult(getDb(), {
		facilitatorId: user.id,
		workshopId: id,
		participantId
	});
	if (!shared) error(404, { message: m.error_not_found() });
	const { result } = shared;
	return {
		workshopId: id,
		label: shared.label,
		organisationName: shared.organisationName,
		submittedAt: shared.submittedAt,
		level: result.level,
		modules: result.modules
			.filter((r) => r.kind === 'assessment')
			.map((r) => ({ moduleId: r.moduleId, level: r.level, control: r.control })),
		// A flag raised by several answers is one finding.
		flags: [...new Set(result.flags.map((f) => `${f.moduleId}:${f.flagId}`))].map((key) => {
			const [moduleId, flagId] = key.split(':');
			return { moduleId, flagId };
		}),
		ilo: result.ilo.map((e) => ({ code: e.code, risk: e.risk })),
		labels: workshopLabels(getQuestionnaires(), shared.pins, getLocale())
	};
}) satisfies PageServerLoad;
