import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireOrganisation } from '$lib/server/accounts';
import { config } from '$lib/server/config';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { participation, setShareResult, workshopAssessment } from '$lib/server/workshops';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async (event) => {
	const user = requireOrganisation(event, 'workshop:join');
	const db = getDb();
	const found = await participation(db, event.params.id, user.organisationId);
	if (!found) error(404, { message: m.error_not_found() });
	// A participant whose assessment was deleted carries on with its draft or a fresh one,
	// so its work keeps counting in the workshop.
	if (!found.assessmentId) {
		const participant = { workshopId: event.params.id, organisationId: user.organisationId };
		await workshopAssessment(db, getQuestionnaires(), participant);
	}
	return {
		workshop: found.workshop,
		label: found.label,
		shareName: found.shareName,
		shareResult: found.shareResult,
		submitted: found.submitted,
		min: config.cohortMin,
		done: event.url.searchParams.get('done')
	};
}) satisfies PageServerLoad;

async function share(event: RequestEvent, value: boolean) {
	const user = requireOrganisation(event, 'workshop:join');
	const changed = await setShareResult(getDb(), {
		workshopId: event.params.id,
		organisationId: user.organisationId,
		share: value,
		actorId: user.id
	});
	if (!changed.ok) error(404, { message: m.error_not_found() });
	redirect(303, `/joined/${event.params.id}?done=${value ? 'shared' : 'unshared'}`);
}

export const actions = {
	share: (event) => share(event, true),
	unshare: (event) => share(event, false)
} satisfies Actions;
