/** Writes questionnaires/schema.json (or the path given) from the zod schema. */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/lib/server/questionnaires';

const file = process.argv[2] ?? 'questionnaires/schema.json';
writeFileSync(file, jsonSchemaText());
console.log(`Wrote ${file}`);
