import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { crossTable, readTableQuery, tableCsv } from '$lib/server/statistics';
import { audit } from '$lib/server/audit';
import { requirePermission } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import type { RequestHandler } from './$types';

/** The table the screen shows, as CSV: the same suppression, rounding and labels. */
export const GET: RequestHandler = async (event) => {
	const user = requirePermission(event, 'aggregates:read');
	const { request, share, error: problem } = readTableQuery(event.url.searchParams);
	if (!request) {
		const messages = {
			invalid: m.stats_form_error_invalid,
			same: m.stats_form_error_same,
			two_multi: m.stats_form_error_two_multi
		};
		error(400, { message: messages[problem ?? 'invalid']() });
	}
	const db = getDb();
	const moduleOrder = getQuestionnaires().latest.map((l) => l.id);
	const table = await crossTable(db, request, { moduleOrder });
	const chosen = table.cols && share && table.shareKeys.includes(share) ? share : null;
	const name = [request.rows, request.cols].filter(Boolean).join('-');
	await audit(db, {
		actorId: user.id,
		action: 'statistics.export',
		detail: `${name}${chosen ? ` share=${chosen}` : ''}`
	});
	// The byte-order mark lets spreadsheet programs read the Polish and Ukrainian letters.
	return new Response('\uFEFF' + tableCsv(table, chosen, getLocale()), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="statistics-${name}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
