import { ILO_CODES, type IloCode } from '../questionnaire/schema';

/**
 * The fixed code lists the profile questionnaire and the statistics share: NACE Rev. 2
 * sections (the profile's `sector` choice ids are these letters in lower case), the 16
 * voivodeships (the profile's `voivodeship` choice ids), size bands and overall levels.
 */
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

export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const OVERALL_LEVELS = ['low', 'medium', 'high', 'possible_forced_labour'] as const;
export type OverallLevel = (typeof OVERALL_LEVELS)[number];

export const MODULE_BANDS = ['low', 'medium', 'high'] as const;
export type ModuleBand = (typeof MODULE_BANDS)[number];

export { ILO_CODES, type IloCode };
