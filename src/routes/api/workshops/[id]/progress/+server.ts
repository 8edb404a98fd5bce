import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { workshopProgress } from '$lib/server/workshops';
import type { RequestHandler } from './$types';

/** What the dashboard polls: the same progress its page shows, for its own workshop only. */
export const GET = (async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const progress = await workshopProgress(getDb(), getQuestionnaires(), {
		facilitatorId: user.id,
		workshopId: event.params.id
	});
	if (!progress) error(404, { message: m.error_not_found() });
	return json(progress, { headers: { 'cache-control': 'private, no-store' } });
}) satisfies RequestHandler;
