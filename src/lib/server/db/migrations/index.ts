import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-accounts';
import * as m0002 from './0002-assessments';
import * as m0003 from './0003-workshops';
import * as m0004 from './0004-statistics';
import * as m0005 from './0005-action-plan';
import * as m0006 from './0006-resume-links';
import * as m0007 from './0007-assessment-changes';
import * as m0008 from './0008-supplier-details';
import * as m0009 from './0009-json-columns';

/** Every migration, by its number; a landed migration is never edited, only followed. */
export const migrations: Record<string, Migration> = {
	'0001-accounts': m0001,
	'0002-assessments': m0002,
	'0003-workshops': m0003,
	'0004-statistics': m0004,
	'0005-action-plan': m0005,
	'0006-resume-links': m0006,
	'0007-assessment-changes': m0007,
	'0008-supplier-details': m0008,
	'0009-json-columns': m0009
};
