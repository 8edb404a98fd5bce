/** Settings read from the environment once; every default suits a single-machine install. */
function intFrom(value: string | undefined, fallback: number, min: number): number {
	const n = Number.parseInt(value ?? '', 10);
	return Number.isFinite(n) ? Math.max(n, min) : fallback;
}

export const config = {
	databaseUrl: process.env.DATABASE_URL?.trim() || 'data/app.db',
	questionnairesDir: process.env.QUESTIONNAIRES_DIR?.trim() || 'questionnaires',
	production: process.env.NODE_ENV === 'production',
	/** Cohort results appear from this many submitted assessments (docs/privacy.md rule 7). */
	cohortMin: intFrom(process.env.COHORT_MIN, 5, 2),
	/** Aggregate cells need this many organisations; never below 5 (docs/privacy.md rule 3). */
	aggregateMin: intFrom(process.env.AGGREGATE_MIN, 10, 5)
};
