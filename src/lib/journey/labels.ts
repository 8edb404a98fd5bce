import { m } from '../paraglide/messages';
import type { Level } from '../questionnaire/codes';
import type { ModuleStatus } from '../questionnaire/progress';

// Looked up when a page renders, so each text comes out in the language of the request.
// The names of levels, bands, risks and indicators are the vocabulary's (src/lib/vocabulary).
const LEVEL_MEANING: Record<Level, () => string> = {
	low: m.journey_level_low_meaning,
	medium: m.journey_level_medium_meaning,
	high: m.journey_level_high_meaning,
	possible_forced_labour: m.journey_level_possible_forced_labour_meaning
};

const STATUS: Record<ModuleStatus | 'cannot_start', () => string> = {
	not_started: m.journey_status_not_started,
	in_progress: m.journey_status_in_progress,
	completed: m.journey_status_completed,
	cannot_start: m.journey_status_cannot_start
};

export const levelMeaning = (level: Level | null) =>
	level ? LEVEL_MEANING[level]() : m.journey_level_none_meaning();
export const statusLabel = (status: ModuleStatus | 'cannot_start') => STATUS[status]();
