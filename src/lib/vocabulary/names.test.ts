import { describe, expect, it } from 'vitest';
import {
	BANDS,
	ILO_CODES,
	LEVELS,
	NACE_SECTIONS,
	SIZE_BANDS,
	VOIVODESHIPS
} from '../questionnaire/codes';
import { LOCALES, PRIORITIES } from '../questionnaire/schema';
import {
	iloName,
	levelName,
	priorityName,
	riskName,
	roleName,
	sectorName,
	sizeBandName,
	voivodeshipName
} from './names';
import { languageName } from './languages';

describe('vocabulary names', () => {
	it.each(LOCALES)('name every code of every list in %s, each its own way', (locale) => {
		const lists: [readonly string[], (code: string) => string][] = [
			[[...LEVELS, ...BANDS, 'critical', 'incomplete'], (c) => levelName(c as 'low', locale)],
			[ILO_CODES, (c) => iloName(c, locale)],
			[PRIORITIES, (c) => priorityName(c as 'immediate', locale)],
			[NACE_SECTIONS, (c) => sectorName(c, locale)],
			[VOIVODESHIPS, (c) => voivodeshipName(c, locale)],
			[SIZE_BANDS, (c) => sizeBandName(c, locale)]
		];
		for (const [codes, name] of lists) {
			const names = [...new Set(codes)].map(name);
			for (const [i, text] of names.entries()) {
				expect(text.trim(), `${locale} ${codes[i]}`).not.toBe('');
				// A voivodeship's id is its Polish name without diacritics, so only it may match.
				if (codes !== VOIVODESHIPS) expect(text).not.toBe(codes[i]);
			}
			expect(new Set(names).size).toBe(names.length);
		}
	});

	it('say "not scored" for no level, under every name a missing level goes by', () => {
		expect(levelName(null, 'en')).toBe('Not scored');
		expect(levelName('not_scored', 'en')).toBe(levelName(null, 'en'));
	});

	it('name risks 0 to 3 and an indicator no answer probes', () => {
		expect([0, 1, 2, 3].map((r) => riskName(r, 'en'))[0]).toBe('good practice');
		expect(riskName(null, 'pl')).toBe('nie oceniono');
	});

	it('give each language its own words', () => {
		expect(iloName('DB', 'pl')).toBe('Niewola za długi');
		expect(iloName('DB', 'en')).toBe('Debt bondage');
		expect(iloName('DB', 'uk')).toBe('Боргова кабала');
		expect(sectorName('c', 'pl')).toBe('C — Przetwórstwo przemysłowe');
		expect(voivodeshipName('slaskie', 'pl')).toBe('śląskie');
	});

	it('return a code they do not know as it is', () => {
		expect(iloName('XX', 'pl')).toBe('XX');
		expect(sectorName('z', 'pl')).toBe('Z');
		expect(roleName('toString', 'pl')).toBe('toString');
		expect(roleName('inspector', 'pl')).toBe('Inspektor pracy');
		expect(languageName('de', 'pl')).toBe('de');
		for (const l of LOCALES) expect(languageName(l, 'en')).not.toBe(l);
	});
});
