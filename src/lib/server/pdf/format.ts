import type { Locale, LocalizedText } from '../../questionnaire/schema';

/** Fills the `{name}` placeholders of a label; an unknown placeholder stays as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

/** A questionnaire text in the reader's language, falling back to Polish. */
export function localize(text: LocalizedText, locale: Locale): string {
	return text[locale] ?? text.pl;
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 1): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(share: number, locale: Locale): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
