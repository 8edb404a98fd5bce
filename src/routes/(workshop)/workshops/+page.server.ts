import { fail, redirect } from '@sveltejs/kit';
import { localize } from '$lib/questionnaire/localize';
import { getLocale } from '$lib/paraglide/runtime';
import { errorOn, formFields, parseWith, requirePermission } from '$lib/server/accounts';
import { currentPins } from '$lib/server/assessments';
import { getDb, getQuestionnaires } from '$lib/server/context';
import {
	createWorkshop,
	formatJoinCode,
	listWorkshops,
	pinsKey,
	WORKSHOP_FIELDS,
	WORKSHOP_LANGUAGES,
	workshopErrorMessage,
	workshopSchema
} from '$lib/server/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const registry = getQuestionnaires();
	const pins = currentPins(registry);
	const workshops = await listWorkshops(getDb(), user.id);
	return {
		workshops: workshops.map((w) => ({
			id: w.id,
			title: w.title,
			association: w.association,
			date: w.date,
			status: w.status,
			code: formatJoinCode(w.joinCode),
			participants: w.participants
		})),
		questionnaire: {
			key: pinsKey(pins),
			modules: pins.map((p) => ({
				title: localize(registry.latestOf(p.module)?.module.title ?? { pl: p.module }, getLocale()),
				version: p.version
			}))
		},
		languages: WORKSHOP_LANGUAGES
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const user = requirePermission(event, 'workshop:manage');
		const fields = formFields(await event.request.formData(), WORKSHOP_FIELDS);
		const pins = currentPins(getQuestionnaires());
		const parsed = parseWith(workshopSchema(pinsKey(pins)), fields);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: fields });
		const v = parsed.value;
		const created = await createWorkshop(getDb(), {
			facilitatorId: user.id,
			workshop: {
				title: v.title,
				association: v.association,
				date: v.date,
				place: v.format === 'online' ? null : v.place,
				online: v.format === 'online',
				language: v.language,
				pins,
				followUpOf: v.followUpOf || null
			}
		});
		if (!created.ok) {
			const errors = errorOn('followUpOf', workshopErrorMessage(created.reason));
			return fail(400, { errors, values: fields });
		}
		redirect(303, `/workshops/${created.value.id}`);
	}
} satisfies Actions;
