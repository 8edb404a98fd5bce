import { join } from 'node:path';
import { config } from './config';
import { type Db, migrateToLatest, openDb } from './db';
import { loadContacts, loadQuestionnaires } from './questionnaires';
import type { QuestionnaireRegistry } from '../questionnaire/registry';
import type { ContactsFile } from '../questionnaire/contacts';

// One database handle per process; all state lives in the database, so several
// processes can serve one PostgreSQL.
let db: Db | undefined;
let ready: Promise<void> | undefined;

export function getDb(): Db {
	db ??= openDb(config.databaseUrl);
	return db;
}

/** Applies pending migrations once per process, before the first request is served. */
export function prepareDatabase(): Promise<void> {
	ready ??= migrateToLatest(getDb()).then(() => undefined);
	return ready;
}

/** The questionnaire files, parsed and checked once; an invalid file stops the start. */
export function getQuestionnaires(): QuestionnaireRegistry {
	return loadQuestionnaires(config.questionnairesDir);
}

let contacts: ContactsFile | undefined;

/** Where to get help and the worker-first protocol, read once: the file never changes while the process runs. */
export function getContacts(): ContactsFile {
	contacts ??= loadContacts(join(config.questionnairesDir, 'contacts.yaml'));
	return contacts;
}
