import { m } from '../paraglide/messages';
import type { Locale } from '../questionnaire/schema';
import type { IloCode, NaceSection, OverallLevel, SizeBand, Voivodeship } from './codes';

export * from './codes';

/** A message function as Paraglide compiles it; the locale defaults to the request's. */
type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const ILO: Record<IloCode, Message> = {
	AV: m.stats_ilo_av,
	DC: m.stats_ilo_dc,
	RM: m.stats_ilo_rm,
	IS: m.stats_ilo_is,
	PV: m.stats_ilo_pv,
	IT: m.stats_ilo_it,
	ID: m.stats_ilo_id,
	WW: m.stats_ilo_ww,
	DB: m.stats_ilo_db,
	AC: m.stats_ilo_ac,
	EO: m.stats_ilo_eo
};

const NACE: Record<NaceSection, Message> = {
	A: m.stats_nace_a,
	B: m.stats_nace_b,
	C: m.stats_nace_c,
	D: m.stats_nace_d,
	E: m.stats_nace_e,
	F: m.stats_nace_f,
	G: m.stats_nace_g,
	H: m.stats_nace_h,
	I: m.stats_nace_i,
	J: m.stats_nace_j,
	K: m.stats_nace_k,
	L: m.stats_nace_l,
	M: m.stats_nace_m,
	N: m.stats_nace_n,
	O: m.stats_nace_o,
	P: m.stats_nace_p,
	Q: m.stats_nace_q,
	R: m.stats_nace_r,
	S: m.stats_nace_s,
	T: m.stats_nace_t,
	U: m.stats_nace_u
};

const VOIVODESHIP: Record<Voivodeship, Message> = {
	dolnoslaskie: m.stats_voivodeship_dolnoslaskie,
	kujawsko_pomorskie: m.stats_voivodeship_kujawsko_pomorskie,
	lubelskie: m.stats_voivodeship_lubelskie,
	lubuskie: m.stats_voivodeship_lubuskie,
	lodzkie: m.stats_voivodeship_lodzkie,
	malopolskie: m.stats_voivodeship_malopolskie,
	mazowieckie: m.stats_voivodeship_mazowieckie,
	opolskie: m.stats_voivodeship_opolskie,
	podkarpackie: m.stats_voivodeship_podkarpackie,
	podlaskie: m.stats_voivodeship_podlaskie,
	pomorskie: m.stats_voivodeship_pomorskie,
	slaskie: m.stats_voivodeship_slaskie,
	swietokrzyskie: m.stats_voivodeship_swietokrzyskie,
	warminsko_mazurskie: m.stats_voivodeship_warminsko_mazurskie,
	wielkopolskie: m.stats_voivodeship_wielkopolskie,
	zachodniopomorskie: m.stats_voivodeship_zachodniopomorskie
};

const SIZE: Record<SizeBand, Message> = {
	micro: m.stats_size_micro,
	small: m.stats_size_small,
	medium: m.stats_size_medium,
	large: m.stats_size_large
};

const LEVEL: Record<OverallLevel, Message> = {
	low: m.stats_level_low,
	medium: m.stats_level_medium,
	high: m.stats_level_high,
	possible_forced_labour: m.stats_level_possible_forced_labour
};

function lookup<K extends string>(table: Record<K, Message>, key: string, locale?: Locale) {
	const message = table[key as K];
	return message ? message({}, { locale }) : key;
}

/** The name of an ILO forced-labour indicator (AV, DC, ... EO); an unknown code is returned as is. */
export function iloLabel(code: string, locale?: Locale): string {
	return lookup(ILO, code, locale);
}

/** "C — Manufacturing": the NACE section letter (either case) and its name. */
export function naceLabel(section: string, locale?: Locale): string {
	const letter = section.toUpperCase();
	const name = lookup(NACE, letter, locale);
	return name === letter ? letter : `${letter} — ${name}`;
}

export function voivodeshipLabel(id: string, locale?: Locale): string {
	return lookup(VOIVODESHIP, id, locale);
}

export function sizeBandLabel(band: string, locale?: Locale): string {
	return lookup(SIZE, band, locale);
}

export function overallLevelLabel(level: string, locale?: Locale): string {
	return lookup(LEVEL, level, locale);
}
