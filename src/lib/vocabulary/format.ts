/**
 * Numbers, shares and dates as a reader of the locale writes them ("12 500", "7,4", "18%",
 * "3 marca 2026"): every page, PDF and table writes them through these, so a number reads
 * the same wherever it appears.
 */

/** A number with at most `decimals` decimals. */
export function formatNumber(value: number, locale: string, decimals = 0): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(value);
}

/** A share 0–1 as a whole percentage. */
export function formatPercent(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/**
 * A moment or a calendar day (YYYY-MM-DD, read as that day in Poland) as a date; text that
 * is no date is returned as it is.
 */
export function formatDate(
	value: string | Date,
	locale: string,
	style: 'long' | 'medium' | 'short' = 'long'
): string {
	const date =
		typeof value === 'string'
			? new Date(value.length === 10 ? `${value}T12:00:00Z` : value)
			: value;
	if (Number.isNaN(date.getTime())) return String(value);
	return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'Europe/Warsaw' }).format(
		date
	);
}
