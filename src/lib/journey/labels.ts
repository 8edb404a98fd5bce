import { m } from '../paraglide/messages';
import type { IloCode } from '../questionnaire/schema';
import type { ModuleStatus } from '../questionnaire/progress';
import type { Band, Level } from '../questionnaire/types';

// Looked up when a page renders, so each text comes out in the language of the request.
const LEVEL: Record<Level, () => string> = {
	low: m.journey_level_low,
	medium: m.journey_level_medium,
	high: m.journey_level_high,
	possible_forced_labour: m.journey_level_possible_forced_labour
};

const LEVEL_MEANING: Record<Level, () => string> = {
	low: m.journey_level_low_meaning,
	medium: m.journey_level_medium_meaning,
	high: m.journey_level_high_meaning,
	possible_forced_labour: m.journey_level_possible_forced_labour_meaning
};

const BAND: Record<Band, () => string> = {
	low: m.journey_band_low,
	medium: m.journey_band_medium,
	high: m.journey_band_high
};

const STATUS: Record<ModuleStatus | 'cannot_start', () => string> = {
	not_started: m.journey_status_not_started,
	in_progress: m.journey_status_in_progress,
	completed: m.journey_status_completed,
	cannot_start: m.journey_status_cannot_start
};

const ILO: Record<IloCode, () => string> = {
	AV: m.journey_ilo_av,
	DC: m.journey_ilo_dc,
	RM: m.journey_ilo_rm,
	IS: m.journey_ilo_is,
	PV: m.journey_ilo_pv,
	IT: m.journey_ilo_it,
	ID: m.journey_ilo_id,
	WW: m.journey_ilo_ww,
	DB: m.journey_ilo_db,
	AC: m.journey_ilo_ac,
	EO: m.journey_ilo_eo
};

export const levelLabel = (level: Level | null) =>
	level ? LEVEL[level]() : m.journey_level_none();
export const levelMeaning = (level: Level | null) =>
	level ? LEVEL_MEANING[level]() : m.journey_level_none_meaning();
export const bandLabel = (band: Band | null) => (band ? BAND[band]() : m.journey_band_none());
export const statusLabel = (status: ModuleStatus | 'cannot_start') => STATUS[status]();
export const iloLabel = (code: IloCode) => ILO[code]();

/** Risk 0-3 in words, for the heat map and the explanations. */
export function riskLabel(risk: number | null): string {
	if (risk === null) return m.journey_risk_none();
	return [m.journey_risk_0, m.journey_risk_1, m.journey_risk_2, m.journey_risk_3][risk]();
}
