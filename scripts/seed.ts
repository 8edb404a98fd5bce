// Seeds demo data into DATABASE_URL (migrating first) and prints the demo accounts.
import {
	DEMO_ACCOUNTS,
	seedDemoAccounts,
	seedDemoAssessment,
	seedDemoStatistics
} from '../src/lib/server/seed';
import { loadQuestionnaires } from '../src/lib/server/questionnaires';
import { config } from '../src/lib/server/config';
import { databaseUrl, migrateToLatest, openDb } from '../src/lib/server/db';

const quiet = process.argv.includes('--quiet');
// A small synthetic set of submitted assessments for the inspectors' statistics.
const demoStatistics = process.argv.includes('--demo-statistics');
const db = openDb(databaseUrl());
try {
	await migrateToLatest(db);
	const created = await seedDemoAccounts(db);
	const assessment = await seedDemoAssessment(db, loadQuestionnaires(config.questionnairesDir));
	const recorded = demoStatistics ? await seedDemoStatistics(db) : 0;
	if (!quiet) {
		console.log(
			created.length ? `Created ${created.length} demo accounts.` : 'Demo accounts already exist.'
		);
		if (assessment.ok) {
			console.log('Gave the demo employer a submitted assessment and a supplier register.');
		}
		if (demoStatistics)
			console.log(`Recorded ${recorded} synthetic assessments in the statistics.`);
		console.log('\nDemo accounts (e-mail / password / role):');
		for (const a of Object.values(DEMO_ACCOUNTS)) {
			console.log(`  ${a.email.padEnd(26)} ${a.password.padEnd(20)} ${a.role}`);
		}
		console.log('');
	}
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
