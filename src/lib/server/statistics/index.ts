// The inspectors' statistics: anonymous facts of each submission, cross tables, CSV, charts.
export {
	type Fill,
	flagsByVoivodeshipChart,
	levelsBySectorChart,
	type Scene,
	trendByQuarterChart
} from './charts';
export { tableCsv } from './csv';
export { statisticsFacts } from './facts';
export {
	dimensionLabel,
	type PresentedCell,
	type PresentedTable,
	presentTable,
	shareLabel,
	type Shown
} from './present';
export {
	factRows,
	type FactRows,
	forgetOrganisation,
	recordSubmission,
	type SubmissionFacts
} from './record';
export { csvHref, readTableQuery } from './request';
export { crossTable, DIMENSIONS, MULTI_VALUED, overview } from './tables';
