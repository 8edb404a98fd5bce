import { getLocale } from '$lib/paraglide/runtime';
import {
	crossTable,
	flagsByVoivodeshipChart,
	levelsBySectorChart,
	trendByQuarterChart
} from '$lib/server/statistics';
import { requirePermission } from '$lib/server/accounts';
import { getDb } from '$lib/server/context';
import type { PageServerLoad } from './$types';

// Each chart draws a one-way table exactly as the table page shows it.
export const load = (async (event) => {
	requirePermission(event, 'aggregates:read');
	const locale = getLocale();
	const db = getDb();
	const [sector, voivodeship, period] = await Promise.all([
		crossTable(db, { rows: 'sector', cols: null }),
		crossTable(db, { rows: 'voivodeship', cols: null }),
		crossTable(db, { rows: 'period', cols: null })
	]);
	return {
		min: sector.min,
		charts: [
			{ scene: levelsBySectorChart(sector, locale), table: '/statistics/table?rows=sector' },
			{
				scene: flagsByVoivodeshipChart(voivodeship, locale),
				table: '/statistics/table?rows=voivodeship'
			},
			{ scene: trendByQuarterChart(period, locale), table: '/statistics/table?rows=period' }
		]
	};
}) satisfies PageServerLoad;
