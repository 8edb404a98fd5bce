import type { Db } from '../db';
import { createStaffAccount, findUserByEmail, registerEmployer } from '../accounts';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** Creates the demo accounts that do not exist yet; running it twice changes nothing. */
export async function seedDemoAccounts(db: Db): Promise<string[]> {
	const created: string[] = [];
	for (const account of Object.values(DEMO_ACCOUNTS)) {
		if (await findUserByEmail(db, account.email)) continue;
		if (account.role === 'employer') {
			await registerEmployer(db, {
				email: account.email,
				password: account.password,
				organisationName: account.organisation
			});
		} else {
			await createStaffAccount(db, {
				email: account.email,
				password: account.password,
				role: account.role
			});
		}
		created.push(account.email);
	}
	return created;
}
