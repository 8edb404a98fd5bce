import { m } from '$lib/paraglide/messages';

/** Where a mean ILO risk (0-3) falls, for its colour and the word beside it. */
export function heatBand(risk: number): 'low' | 'medium' | 'high' | 'serious' {
	if (risk < 0.75) return 'low';
	if (risk < 1.5) return 'medium';
	return risk < 2.25 ? 'high' : 'serious';
}

const HEAT_LABELS = {
	low: m.workshops_heat_low,
	medium: m.workshops_heat_medium,
	high: m.workshops_heat_high,
	serious: m.workshops_heat_serious
};

export function heatLabel(risk: number): string {
	return HEAT_LABELS[heatBand(risk)]();
}
