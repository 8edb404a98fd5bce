import { requireOrganisation } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import { participations } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requireOrganisation(event, 'workshop:join');
	const list = await participations(getDb(), user.organisationId);
	return {
		workshops: list.map((p) => ({
			id: p.workshop.id,
			title: p.workshop.title,
			association: p.workshop.association,
			date: p.workshop.date,
			label: p.label,
			submitted: p.submitted,
			shareResult: p.shareResult
		}))
	};
}) satisfies PageServerLoad;
