import { m } from '$lib/paraglide/messages';

/** A calendar date (YYYY-MM-DD) or an ISO time as a reader of the locale writes a date. */
export function formatDate(value: string, locale: string): string {
	const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
	if (Number.isNaN(date.getTime())) return value;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Warsaw' }).format(
		date
	);
}

const LEVEL_LABELS: Record<string, () => string> = {
	low: m.workshops_level_low,
	medium: m.workshops_level_medium,
	high: m.workshops_level_high,
	possible_forced_labour: m.workshops_level_possible_forced_labour,
	not_scored: m.workshops_level_not_scored
};

/** A module level or overall level as the reader's language names it. */
export function levelLabel(level: string | null): string {
	return (LEVEL_LABELS[level ?? 'not_scored'] ?? LEVEL_LABELS.not_scored)();
}

/** Where a mean ILO risk (0-3) falls, for its colour and the word beside it. */
export function heatBand(risk: number): 'low' | 'medium' | 'high' | 'serious' {
	if (risk < 0.75) return 'low';
	if (risk < 1.5) return 'medium';
	return risk < 2.25 ? 'high' : 'serious';
}

const HEAT_LABELS = {
	low: m.workshops_heat_low,
	medium: m.workshops_heat_medium,
	high: m.workshops_heat_high,
	serious: m.workshops_heat_serious
};

export function heatLabel(risk: number): string {
	return HEAT_LABELS[heatBand(risk)]();
}
