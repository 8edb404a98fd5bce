import { getLocale } from '$lib/paraglide/runtime';
import {
	crossTable,
	csvHref,
	dimensionLabel,
	DIMENSIONS,
	presentTable,
	readTableQuery,
	shareLabel
} from '$lib/server/statistics';
import { requirePermission } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requirePermission(event, 'aggregates:read');
	const locale = getLocale();
	const { query, request, share, error } = readTableQuery(event.url.searchParams);
	const dimensions = DIMENSIONS.map((value) => ({
		value,
		label: dimensionLabel(value, { locale })
	}));
	if (!request) return { query, error, dimensions, shares: [], table: null, csv: null };
	const moduleOrder = getQuestionnaires().latest.map((l) => l.id);
	const table = await crossTable(getDb(), request, { moduleOrder });
	const chosen = table.cols && share && table.shareKeys.includes(share) ? share : null;
	return {
		query: { ...query, share: chosen ?? '' },
		error,
		dimensions,
		min: table.min,
		// The shares this table's cells can show, for the select.
		shares: table.cols
			? table.shareKeys.map((value) => ({ value, label: shareLabel(value, table, { locale }) }))
			: [],
		table: presentTable(table, chosen, { locale }),
		csv: csvHref(request, chosen)
	};
}) satisfies PageServerLoad;
