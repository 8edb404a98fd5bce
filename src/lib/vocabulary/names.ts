import { m } from '../paraglide/messages';
import type {
	Band,
	IloCode,
	Level,
	NaceSection,
	SizeBand,
	Voivodeship
} from '../questionnaire/codes';
import type { Locale, Priority } from '../questionnaire/schema';

/**
 * The domain's names in words, from messages/vocabulary: the pages, the PDFs and the
 * statistics all name a level, an indicator or a sector through these, so each reads the
 * same everywhere. Without a locale a name comes out in the language of the request.
 */

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/**
 * A level a reader meets: a module's band, the overall level, and the two states the PDF
 * adds, a module made critical by a red flag and one with required questions unanswered.
 */
export type LevelName = Band | Level | 'critical' | 'incomplete';

const LEVEL: Record<LevelName, Message> = {
	low: m.vocabulary_level_low,
	medium: m.vocabulary_level_medium,
	high: m.vocabulary_level_high,
	possible_forced_labour: m.vocabulary_level_possible_forced_labour,
	critical: m.vocabulary_level_critical,
	incomplete: m.vocabulary_level_incomplete
};

const RISK: Message[] = [
	m.vocabulary_risk_0,
	m.vocabulary_risk_1,
	m.vocabulary_risk_2,
	m.vocabulary_risk_3
];

const ILO: Record<IloCode, Message> = {
	AV: m.vocabulary_ilo_av,
	DC: m.vocabulary_ilo_dc,
	RM: m.vocabulary_ilo_rm,
	IS: m.vocabulary_ilo_is,
	PV: m.vocabulary_ilo_pv,
	IT: m.vocabulary_ilo_it,
	ID: m.vocabulary_ilo_id,
	WW: m.vocabulary_ilo_ww,
	DB: m.vocabulary_ilo_db,
	AC: m.vocabulary_ilo_ac,
	EO: m.vocabulary_ilo_eo
};

const PRIORITY: Record<Priority, Message> = {
	immediate: m.vocabulary_priority_immediate,
	days_30: m.vocabulary_priority_days_30,
	days_90: m.vocabulary_priority_days_90
};

const SECTOR: Record<NaceSection, Message> = {
	A: m.vocabulary_sector_a,
	B: m.vocabulary_sector_b,
	C: m.vocabulary_sector_c,
	D: m.vocabulary_sector_d,
	E: m.vocabulary_sector_e,
	F: m.vocabulary_sector_f,
	G: m.vocabulary_sector_g,
	H: m.vocabulary_sector_h,
	I: m.vocabulary_sector_i,
	J: m.vocabulary_sector_j,
	K: m.vocabulary_sector_k,
	L: m.vocabulary_sector_l,
	M: m.vocabulary_sector_m,
	N: m.vocabulary_sector_n,
	O: m.vocabulary_sector_o,
	P: m.vocabulary_sector_p,
	Q: m.vocabulary_sector_q,
	R: m.vocabulary_sector_r,
	S: m.vocabulary_sector_s,
	T: m.vocabulary_sector_t,
	U: m.vocabulary_sector_u
};

const VOIVODESHIP: Record<Voivodeship, Message> = {
	dolnoslaskie: m.vocabulary_voivodeship_dolnoslaskie,
	kujawsko_pomorskie: m.vocabulary_voivodeship_kujawsko_pomorskie,
	lubelskie: m.vocabulary_voivodeship_lubelskie,
	lubuskie: m.vocabulary_voivodeship_lubuskie,
	lodzkie: m.vocabulary_voivodeship_lodzkie,
	malopolskie: m.vocabulary_voivodeship_malopolskie,
	mazowieckie: m.vocabulary_voivodeship_mazowieckie,
	opolskie: m.vocabulary_voivodeship_opolskie,
	podkarpackie: m.vocabulary_voivodeship_podkarpackie,
	podlaskie: m.vocabulary_voivodeship_podlaskie,
	pomorskie: m.vocabulary_voivodeship_pomorskie,
	slaskie: m.vocabulary_voivodeship_slaskie,
	swietokrzyskie: m.vocabulary_voivodeship_swietokrzyskie,
	warminsko_mazurskie: m.vocabulary_voivodeship_warminsko_mazurskie,
	wielkopolskie: m.vocabulary_voivodeship_wielkopolskie,
	zachodniopomorskie: m.vocabulary_voivodeship_zachodniopomorskie
};

const SIZE: Record<SizeBand, Message> = {
	micro: m.vocabulary_size_micro,
	small: m.vocabulary_size_small,
	medium: m.vocabulary_size_medium,
	large: m.vocabulary_size_large
};

const ROLE: Record<string, Message> = {
	guest: m.vocabulary_role_guest,
	employer: m.vocabulary_role_employer,
	facilitator: m.vocabulary_role_facilitator,
	inspector: m.vocabulary_role_inspector,
	admin: m.vocabulary_role_admin
};

/** The name of a code in a table; a code the table does not know (read from data) as it is. */
function lookup(table: Record<string, Message>, code: string, locale?: Locale): string {
	return Object.hasOwn(table, code) ? table[code]({}, { locale }) : code;
}

/**
 * A level in words. No level (null, or a workshop's `not_scored` group) reads "not scored":
 * nothing scored was answered, which never counts as low.
 */
export function levelName(level: LevelName | 'not_scored' | null, locale?: Locale): string {
	if (level === null || level === 'not_scored') return m.vocabulary_level_none({}, { locale });
	return lookup(LEVEL, level, locale);
}

/** A risk 0–3 in words; null when no answered question probes it. */
export function riskName(risk: number | null, locale?: Locale): string {
	const message = risk === null ? m.vocabulary_risk_none : RISK[risk];
	return message ? message({}, { locale }) : String(risk);
}

/** The name of an ILO forced-labour indicator (AV, DC, … EO). */
export function iloName(code: string, locale?: Locale): string {
	return lookup(ILO, code, locale);
}

/** When an action is due: immediately, within 30 or within 90 days. */
export function priorityName(priority: Priority, locale?: Locale): string {
	return lookup(PRIORITY, priority, locale);
}

/** "C — Manufacturing": the NACE section letter (either case) and its name. */
export function sectorName(section: string, locale?: Locale): string {
	const letter = section.toUpperCase();
	const name = lookup(SECTOR, letter, locale);
	return name === letter ? letter : `${letter} — ${name}`;
}

export function voivodeshipName(id: string, locale?: Locale): string {
	return lookup(VOIVODESHIP, id, locale);
}

export function sizeBandName(band: string, locale?: Locale): string {
	return lookup(SIZE, band, locale);
}

/** A role as people read it; an unknown one as it is stored. */
export function roleName(role: string, locale?: Locale): string {
	return lookup(ROLE, role, locale);
}

/** What exposure (0–10) is called: how much could go wrong in a business of this kind. */
export function exposureName(locale?: Locale): string {
	return m.vocabulary_exposure({}, { locale });
}
