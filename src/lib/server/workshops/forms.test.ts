import { describe, expect, it } from 'vitest';
import { parseWith } from '../accounts';
import { joinSchema, pinsKey, workshopSchema } from './forms';

const offered = pinsKey([
	{ module: 'profile', version: '1.0.0', sha256: 'a' },
	{ module: 'wages', version: '1.0.0', sha256: 'b' }
]);

const valid = {
	title: ' Rekrutacja bez opłat ',
	association: 'Związek Sadowników',
	date: '2026-03-12',
	format: 'in_person',
	place: 'Grójec',
	language: 'uk',
	questionnaire: offered,
	followUpOf: ''
};

describe('the workshop form', () => {
	it('accepts a complete workshop and trims its texts', () => {
		const parsed = parseWith(workshopSchema(offered), valid);
		expect(parsed).toMatchObject({ ok: true, value: { title: 'Rekrutacja bez opłat' } });
	});

	it('names every field that needs fixing at once', () => {
		const parsed = parseWith(workshopSchema(offered), {
			...valid,
			title: '',
			date: '2026-02-30',
			place: '',
			language: 'de'
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors)).toEqual(['title', 'date', 'place', 'language']);
	});

	it('needs no venue online', () => {
		const parsed = parseWith(workshopSchema(offered), { ...valid, format: 'online', place: '' });
		expect(parsed.ok).toBe(true);
	});

	it('refuses a questionnaire set other than the one offered now', () => {
		const newer = pinsKey([{ module: 'profile', version: '1.1.0', sha256: 'c' }]);
		const parsed = parseWith(workshopSchema(newer), valid);
		expect(parsed.ok === false && Object.keys(parsed.errors)).toEqual(['questionnaire']);
	});
});

describe('the join form', () => {
	it('needs a label and reads the checkbox', () => {
		expect(parseWith(joinSchema, { label: '  ', shareName: '' }).ok).toBe(false);
		expect(parseWith(joinSchema, { label: 'Stolik 3', shareName: 'yes' })).toEqual({
			ok: true,
			value: { label: 'Stolik 3', shareName: true }
		});
		expect(parseWith(joinSchema, { label: 'x'.repeat(61), shareName: '' }).ok).toBe(false);
	});
});
