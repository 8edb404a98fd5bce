/**
 * Creates a facilitator, inspector or admin account from the command line (the first
 * admin has no other way in):
 *   npm run accounts:create -- --email x@example.org --role admin [--password p]
 * Without --password a strong one is generated and printed once.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { audit } from '../src/lib/server/audit';
import {
	createStaffAccount,
	generateTemporaryPassword,
	GRANTED_ROLES,
	normaliseEmail,
	PASSWORD_MAX,
	PASSWORD_MIN
} from '../src/lib/server/accounts';
import { config } from '../src/lib/server/config';
import { inTransaction, migrateToLatest, openDb } from '../src/lib/server/db';

const USAGE = `Usage: npm run accounts:create -- --email <address> --role <${GRANTED_ROLES.join('|')}> [--password <password>]
Without --password a password is generated and printed. A password given on the command
line may stay in the shell's history; prefer the generated one.`;

const argsSchema = z.object({
	email: z
		.string({ error: 'give --email' })
		.trim()
		.max(254, { error: 'the email address is longer than 254 characters' })
		.regex(z.regexes.email, { error: 'the email address is not valid' }),
	role: z.enum(GRANTED_ROLES, {
		error: `--role must be one of: ${GRANTED_ROLES.join(', ')}`
	}),
	password: z
		.string()
		.min(PASSWORD_MIN, { error: `the password needs at least ${PASSWORD_MIN} characters` })
		.max(PASSWORD_MAX, { error: `the password may have at most ${PASSWORD_MAX} characters` })
		.optional()
});

function fail(message: string): never {
	console.error(`accounts:create: ${message}\n\n${USAGE}`);
	process.exit(1);
}

function readArgs() {
	let values: Record<string, string | boolean | undefined>;
	try {
		({ values } = parseArgs({
			options: {
				email: { type: 'string' },
				role: { type: 'string' },
				password: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			},
			strict: true
		}));
	} catch (err) {
		fail((err as Error).message);
	}
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const parsed = argsSchema.safeParse(values);
	if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('; '));
	return parsed.data;
}

async function main(): Promise<void> {
	const args = readArgs();
	const db = openDb(config.databaseUrl);
	try {
		await migrateToLatest(db);
		const password = args.password ?? generateTemporaryPassword();
		const email = normaliseEmail(args.email);
		const created = await inTransaction(db, async (tx) => {
			const account = await createStaffAccount(tx, { email, password, role: args.role });
			if (!account.ok) return account;
			await audit(tx, {
				actorId: null,
				action: 'account.created',
				subjectType: 'user',
				subjectId: account.value,
				detail: args.role
			});
			return account;
		});
		if (!created.ok) {
			process.exitCode = 1;
			console.error(`accounts:create: an account with the email ${args.email} already exists.`);
			return;
		}
		console.log(`Created ${args.role} account ${email}.`);
		if (!args.password) {
			console.log(`Password: ${password}`);
			console.log('Give it to the person safely; they can change it under "My account".');
		}
	} finally {
		await db.destroy();
	}
}

main().catch((err) => {
	console.error(`accounts:create: ${err instanceof Error ? err.message : String(err)}`);
	process.exit(1);
});
