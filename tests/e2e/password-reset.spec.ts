import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './helpers';

// Every test makes an employer of its own: the seeded demo accounts are shared by the
// other specs, and a reset would lock them out.
const OLD_PASSWORD = 'stare-haslo-123';
const TEMPORARY = /^[acdefhjkmnprtuvwxy3479]{4}(-[acdefhjkmnprtuvwxy3479]{4}){4}$/;

function accountRow(page: Page, email: string) {
	return page
		.getByRole('region', { name: 'Konta' })
		.getByRole('row')
		.filter({ has: page.getByRole('cell', { name: email, exact: true }) });
}

function resetResult(page: Page, email: string) {
	return page.getByRole('region', { name: `Nowe hasło dla ${email}` });
}

/** The admin makes a facilitator on the admin page, then makes it an employer. */
async function createEmployer(admin: Page, email: string): Promise<void> {
	await admin.goto('/admin');
	await admin.waitForLoadState('networkidle');
	await admin.locator('#create-email').fill(email);
	await admin.locator('#create-role').check();
	await admin.locator('#create-password').fill(OLD_PASSWORD);
	await admin.locator('form[action="?/create"] button[type="submit"]').click();
	await admin.waitForURL(/\/admin\?done=created$/);
	const row = accountRow(admin, email);
	await row.getByRole('combobox').selectOption('employer');
	await row.getByRole('button', { name: 'Zmień rolę' }).click();
	await admin.waitForURL(/\/admin\?done=role$/);
	await expect(
		accountRow(admin, email).getByRole('cell', { name: 'Pracodawca', exact: true })
	).toBeVisible();
}

/** Resets the password on the account's row and reads the new one off the page. */
async function resetPassword(admin: Page, email: string): Promise<string> {
	await accountRow(admin, email)
		.getByRole('button', { name: `Nadaj nowe hasło dla ${email}` })
		.click();
	const result = resetResult(admin, email);
	await expect(result).toBeVisible();
	await expect(result).toContainText('Przekaż je tej osobie prywatnie');
	await expect(result).toContainText('„Moje konto”');
	const password = ((await result.locator('.temp-password').textContent()) ?? '').trim();
	expect(password).toMatch(TEMPORARY);
	expect(admin.url()).not.toContain(password);
	return password;
}

async function tryLogIn(browser: Browser, email: string, password: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/login');
	await page.waitForLoadState('networkidle');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form button[type="submit"]').last().click();
	await page.waitForLoadState('networkidle');
	return { context, page };
}

test('the login page says who can set a new password', async ({ page }) => {
	await page.goto('/login');
	await expect(page.getByText('Nie pamiętasz hasła?')).toBeVisible();
	await expect(
		page.getByText('Nowe hasło może Ci nadać administrator tej aplikacji.', { exact: false })
	).toBeVisible();
	await expectAccessible(page);
});

test('an admin resets an employer’s password: the old one fails, the new one logs in', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const email = `reset-${Date.now()}@example.com`;
	await logIn(page, 'admin');
	await createEmployer(page, email);

	// The employer is logged in somewhere before the reset.
	const before = await tryLogIn(browser, email, OLD_PASSWORD);
	await before.page.waitForURL('**/dashboard');

	const password = await resetPassword(page, email);
	await expect(resetResult(page, email)).toBeFocused();
	const audit = page.locator('section[aria-labelledby="audit-title"]');
	await expect(
		audit.getByText(`Nadanie nowego hasła przez administratora: ${email}`)
	).toBeVisible();
	await expect(page.locator('body')).toContainText(password);
	await expect(audit).not.toContainText(password);
	await expectAccessible(page);

	// That session has ended.
	await before.page.goto('/dashboard');
	await expect(before.page).toHaveURL(/\/login\?next=%2Fdashboard$/);
	await before.context.close();

	const old = await tryLogIn(browser, email, OLD_PASSWORD);
	await expect(old.page).toHaveURL(/\/login$/);
	await expect(old.page.getByText('Nieprawidłowy adres e-mail lub hasło').first()).toBeVisible();
	await old.context.close();

	const fresh = await tryLogIn(browser, email, password);
	await fresh.page.waitForURL('**/dashboard');
	await fresh.context.close();

	// Shown once: the page opened again holds no password.
	await page.goto('/admin');
	await expect(page.locator('.temp-password')).toHaveCount(0);
	await expect(page.locator('body')).not.toContainText(password);
});

test('a reset of an unknown account says so, as a 400', async ({ page, baseURL }) => {
	await logIn(page, 'admin');
	for (const userId of ['nobody', '']) {
		// As a browser without JavaScript posts the form.
		const response = await page.request.post('/admin?/reset', {
			form: { userId },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), `userId "${userId}"`).toBe(400);
		expect(await response.text()).toContain('Nie znaleziono tego konta.');
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an admin resets a password with plain form posts', async ({ page, browser }) => {
		test.setTimeout(120_000);
		const email = `reset-nojs-${Date.now()}@example.com`;
		await logIn(page, 'admin');
		await createEmployer(page, email);
		// axe runs in the page's JavaScript, so it is checked in the test above.
		const password = await resetPassword(page, email);
		await expect(page).toHaveURL(/\/admin\?\/reset$/);

		const fresh = await tryLogIn(browser, email, password);
		await fresh.page.waitForURL('**/dashboard');
		await fresh.context.close();
	});
});
