/** A date as people write it in the reader's language, e.g. "3 marca 2026". */
export function formatDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Warsaw' }).format(
		new Date(iso)
	);
}

export function formatShortDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'Europe/Warsaw' }).format(
		new Date(iso)
	);
}

export function formatNumber(value: number, locale: string, decimals = 0): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(value);
}

export function formatPercent(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}
