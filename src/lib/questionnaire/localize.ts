import type { LocalizedText } from './schema';

/** A text in the reader's language; a missing translation falls back to Polish. */
export function localize(text: LocalizedText, locale: string): string;
export function localize(text: LocalizedText | undefined, locale: string): string | undefined;
export function localize(text: LocalizedText | undefined, locale: string): string | undefined {
	if (!text) return undefined;
	return (text as Record<string, string | undefined>)[locale] || text.pl;
}
