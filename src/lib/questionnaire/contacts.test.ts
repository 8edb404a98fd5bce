import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
	displayPhone,
	parseContacts,
	presentContact,
	type Contact,
	type ContactsFile
} from './contacts';
import { LOCALES } from './schema';

const file = join(process.cwd(), 'questionnaires', 'contacts.yaml');
const rawText = readFileSync(file, 'utf8');
const contacts = parseContacts(rawText, file);

/** Every {pl, en, uk} object anywhere in the value, with where it was found. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, unknown>][] {
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if ('pl' in record) return [[path, record]];
	return Object.entries(record).flatMap(([key, v]) => localizedTexts(v, `${path}.${key}`));
}

/** The real file with one change applied, as text, so the tests exercise the whole parse. */
function realFileWith(change: (raw: ContactsFile) => void): string {
	const raw = YAML.parse(rawText) as ContactsFile;
	change(raw);
	return YAML.stringify(raw);
}

describe('questionnaires/contacts.yaml', () => {
	it('names every organisation the protocol sends people to', () => {
		const ids = contacts.organisations.map((o) => o.id);
		for (const id of ['kcik', 'pip', 'border_guard', 'police', 'emergency_112', 'consulate']) {
			expect(ids).toContain(id);
		}
	});

	it('has every text in Polish, English and Ukrainian', () => {
		const texts = localizedTexts(YAML.parse(rawText));
		expect(texts.length).toBeGreaterThan(20);
		for (const [path, text] of texts) {
			for (const locale of LOCALES) {
				const value = text[locale];
				expect(typeof value === 'string' && value.trim().length > 0, `${path}.${locale}`).toBe(
					true
				);
			}
		}
	});

	it('writes Ukrainian without letters that exist only in Russian', () => {
		for (const [path, text] of localizedTexts(contacts)) {
			expect(String(text.uk), path).not.toMatch(/[ыэъё]/i);
		}
	});

	it('gives every phone number a source and a checked date that is not in the future', () => {
		const today = new Date().toISOString().slice(0, 10);
		const withPhone = contacts.organisations.filter((o) => o.phone !== undefined);
		expect(withPhone.map((o) => o.id)).toContain('emergency_112');
		for (const contact of withPhone) {
			expect(contact.source.trim(), contact.id).not.toBe('');
			expect(contact.checked, contact.id).not.toBeNull();
			expect(contact.checked! <= today, `${contact.id} checked ${contact.checked}`).toBe(true);
		}
	});

	it('shows a phone only for entries checked against their source', () => {
		for (const contact of contacts.organisations) {
			const view = presentContact(contact, 'uk');
			if (contact.checked === null) expect(view.phone, contact.id).toBeNull();
			expect(view.name).toBe(contact.name.uk);
		}
		const emergency = contacts.organisations.find((o) => o.id === 'emergency_112')!;
		expect(presentContact(emergency, 'pl').phone).toBe('112');
	});

	it('lays out the worker-first protocol: stop, safety, help, report, and what not to do', () => {
		expect(contacts.protocol.steps.map((s) => s.id)).toEqual(
			expect.arrayContaining(['stop_now', 'make_safe', 'get_help', 'report'])
		);
		expect(contacts.protocol.do_not.map((d) => d.id)).toEqual(
			expect.arrayContaining(['no_confrontation', 'no_dismissal'])
		);
	});
});

describe('parseContacts', () => {
	it('refuses a phone number that was never checked', () => {
		const text = realFileWith((raw) => {
			const kcik = raw.organisations.find((o) => o.id === 'kcik')!;
			kcik.phone = '+48 22 000 00 00';
			kcik.checked = null;
		});
		expect(() => parseContacts(text)).toThrow(/organisations\.1\.phone: a phone number needs/);
	});

	it('refuses a missing translation', () => {
		const text = realFileWith((raw) => {
			delete (raw.protocol.steps[0].text as Partial<Contact['name']>).uk;
		});
		expect(() => parseContacts(text)).toThrow(/protocol\.steps\.0\.text\.uk/);
	});

	it('refuses a checked date that is not on the calendar', () => {
		const text = realFileWith((raw) => {
			raw.organisations[0].checked = '2026-02-30';
		});
		expect(() => parseContacts(text)).toThrow(/real calendar date/);
	});

	it('refuses two organisations with the same id', () => {
		const text = realFileWith((raw) => {
			raw.organisations.push({ ...raw.organisations[1] });
		});
		expect(() => parseContacts(text)).toThrow(/duplicate id kcik in organisations/);
	});

	it('refuses a website that is not https', () => {
		const text = realFileWith((raw) => {
			raw.organisations[1].website = 'http://www.kcik.pl';
		});
		expect(() => parseContacts(text)).toThrow(/organisations\.1\.website/);
	});
});

describe('displayPhone', () => {
	const base: Contact = {
		id: 'example',
		name: { pl: 'Przykład', en: 'Example', uk: 'Приклад' },
		helps_with: { pl: 'Pomoc', en: 'Help', uk: 'Допомога' },
		phone: '+48 22 000 00 00',
		source: 'https://example.org',
		checked: '2026-01-15'
	};

	it('shows the number when it has a source and a checked date', () => {
		expect(displayPhone(base)).toBe('+48 22 000 00 00');
	});

	it('hides the number of a contact built without a checked date or source', () => {
		expect(displayPhone({ ...base, checked: null })).toBeNull();
		expect(displayPhone({ ...base, source: ' ' })).toBeNull();
	});
});
