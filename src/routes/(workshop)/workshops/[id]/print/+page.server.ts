import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import { getWorkshop } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const workshop = await getWorkshop(getDb(), user.id, event.params.id);
	if (!workshop) error(404, { message: m.error_not_found() });
	return {
		workshop: { id: workshop.id, title: workshop.title, language: workshop.language },
		pdfUrl: `/workshops/${workshop.id}/questionnaire.pdf`
	};
}) satisfies PageServerLoad;
