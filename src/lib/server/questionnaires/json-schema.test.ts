import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from './json-schema';

describe('questionnaires/schema.json', () => {
	it('is the JSON Schema of the current zod schema (npm run questionnaires:schema)', () => {
		const committed = readFileSync(
			new URL('../../../../questionnaires/schema.json', import.meta.url)
		);
		expect(committed.toString('utf8')).toBe(jsonSchemaText());
	});

	it('leaves fields with defaults optional', () => {
		const schema = JSON.parse(jsonSchemaText());
		expect(schema.required).toEqual(['id', 'version', 'status', 'locales', 'title', 'sections']);
	});
});
