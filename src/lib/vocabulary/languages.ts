import { m } from '../paraglide/messages';
import type { Locale } from '../questionnaire/schema';

// Apart from the other names: the root layout's language switcher uses it, and what the
// layout imports every page loads.
const LANGUAGE: Record<
	Locale,
	(inputs?: Record<string, never>, o?: { locale?: Locale }) => string
> = { pl: m.lang_pl, en: m.lang_en, uk: m.lang_uk };

/** A language of the app (pl, en, uk) by its name; an unknown one as it is. */
export function languageName(language: string, locale?: Locale): string {
	return Object.hasOwn(LANGUAGE, language)
		? LANGUAGE[language as Locale]({}, { locale })
		: language;
}
