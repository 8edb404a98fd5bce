import { getLocale } from '$lib/paraglide/runtime';
import { overview, presentTable, shareLabel } from '$lib/server/statistics';
import { requirePermission } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requirePermission(event, 'aggregates:read');
	const locale = getLocale();
	const o = await overview(getDb());
	const levels = o.byPeriod.shareKeys.map((key) => ({
		label: shareLabel(key, o.byPeriod, { locale }),
		share: o.organisations.suppressed ? null : (o.organisations.shares[key] ?? null)
	}));
	return {
		min: o.min,
		organisations: o.organisations.suppressed ? null : o.organisations.organisations,
		assessments: o.assessments.suppressed ? null : o.assessments.organisations,
		empty: o.byPeriod.rowValues.length === 0,
		levels,
		byPeriod: presentTable(o.byPeriod, null, { locale })
	};
}) satisfies PageServerLoad;
