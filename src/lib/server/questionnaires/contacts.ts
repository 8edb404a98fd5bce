import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	DEFAULT_CONTACTS_FILE,
	parseContacts,
	type ContactsFile
} from '../../questionnaire/contacts';

/** Reads the contacts file, by default questionnaires/contacts.yaml under the working directory. */
export function loadContacts(file = join(process.cwd(), DEFAULT_CONTACTS_FILE)): ContactsFile {
	return parseContacts(readFileSync(file, 'utf8'), file);
}
