/**
 * The fixed code lists of the domain, each defined once: the questionnaire files, the
 * scoring, the statistics and the PDFs all speak in these codes, and their names in words
 * live in src/lib/vocabulary (messages/vocabulary).
 */

/** The ILO indicators of forced labour, in the order the ILO lists them. */
export const ILO_CODES = [
	'AV',
	'DC',
	'RM',
	'IS',
	'PV',
	'IT',
	'ID',
	'WW',
	'DB',
	'AC',
	'EO'
] as const;
export type IloCode = (typeof ILO_CODES)[number];

/** A module's band, from its control score and its file's `bands`. */
export const BANDS = ['low', 'medium', 'high'] as const;
export type Band = (typeof BANDS)[number];

/** The overall level, ordered from best to worst. */
export const LEVELS = ['low', 'medium', 'high', 'possible_forced_labour'] as const;
export type Level = (typeof LEVELS)[number];

/** Which side of the possible-forced-labour rule a flag belongs to. */
export const FLAG_KINDS = ['recruitment_deception_fees', 'coercion', 'other'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** NACE Rev. 2 sections; the profile's `sector` choice ids are these letters in lower case. */
export const NACE_SECTIONS = [
	'A',
	'B',
	'C',
	'D',
	'E',
	'F',
	'G',
	'H',
	'I',
	'J',
	'K',
	'L',
	'M',
	'N',
	'O',
	'P',
	'Q',
	'R',
	'S',
	'T',
	'U'
] as const;
export type NaceSection = (typeof NACE_SECTIONS)[number];

/** The 16 voivodeships: the profile's `voivodeship` choice ids. */
export const VOIVODESHIPS = [
	'dolnoslaskie',
	'kujawsko_pomorskie',
	'lubelskie',
	'lubuskie',
	'lodzkie',
	'malopolskie',
	'mazowieckie',
	'opolskie',
	'podkarpackie',
	'podlaskie',
	'pomorskie',
	'slaskie',
	'swietokrzyskie',
	'warminsko_mazurskie',
	'wielkopolskie',
	'zachodniopomorskie'
] as const;
export type Voivodeship = (typeof VOIVODESHIPS)[number];

/** Size bands by headcount, as the statistics group organisations. */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
