import { z } from 'zod';
import { moduleSchema } from '../../questionnaire/schema';

/**
 * questionnaires/schema.json, for editors' completion and checks while writing YAML. Built
 * from the input side of the zod schema so that fields with defaults stay optional.
 */
export function jsonSchemaText(): string {
	const schema = z.toJSONSchema(moduleSchema, { io: 'input' });
	return `${JSON.stringify(schema, null, '\t')}\n`;
}
