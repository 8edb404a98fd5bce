// An organisation's own data as a whole: its name, the export of everything held about it,
// and its deletion.
export { confirmsName, deleteOrganisation, exportOrganisation, organisationName } from './data';
