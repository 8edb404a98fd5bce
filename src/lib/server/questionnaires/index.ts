// The questionnaire files read from disk: modules, the lock of published hashes, the JSON
// Schema and the contacts file. The registry itself is pure: src/lib/questionnaire/registry.ts.
export { loadContacts } from './contacts';
export { jsonSchemaText } from './json-schema';
export { formatProblem, loadQuestionnaires, type Problem, readQuestionnaires } from './load';
export { compareLock, computeLock, readLock, writeLock } from './lock';
