import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireOrganisation } from '$lib/server/accounts';
import { exportOrganisation } from '$lib/server/organisations';
import { getDb } from '$lib/server/context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireOrganisation(event);
	const data = await exportOrganisation(getDb(), user.organisationId);
	if (!data) error(404, { message: m.error_not_found() });
	const day = data.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(data, null, '\t'), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="${m.plan_export_file_name()}-${day}.json"`,
			'Cache-Control': 'no-store'
		}
	});
};
