import { expect, test, type Page, type Route } from '@playwright/test';

/**
 * Holds the app's scripts back, as a slow phone connection does, so that the test can fill in
 * the server-rendered form before the page hydrates. Returns the function that lets them through.
 */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
	const held: Route[] = [];
	let released = false;
	await page.route('**/_app/immutable/**/*.js', (route) => {
		if (released) return route.continue();
		held.push(route);
	});
	return async () => {
		released = true;
		for (const route of held.splice(0)) await route.continue();
		// The page has hydrated once its scripts have all loaded and run.
		await page.waitForLoadState('networkidle');
	};
}

const unique = () => Math.random().toString(36).slice(2, 8);

test('what is typed and ticked before the script loads survives hydration and is sent', async ({
	page
}) => {
	const email = `wczesny-${unique()}@example.com`;
	const password = 'haslo-wczesne-1';
	const organisation = `Firma Wczesna ${unique()}`;

	let release = await holdScripts(page);
	await page.goto('/signup', { waitUntil: 'domcontentloaded' });
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('input[name="passwordConfirm"]').fill(password);
	await page.locator('input[name="organisationName"]').fill(organisation);
	await release();
	await expect(page.locator('input[name="email"]')).toHaveValue(email);
	await expect(page.locator('input[name="password"]')).toHaveValue(password);
	await expect(page.locator('input[name="organisationName"]')).toHaveValue(organisation);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => url.pathname === '/dashboard');

	await page.unrouteAll();
	release = await holdScripts(page);
	await page.goto('/suppliers/new', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Nazwa', { exact: true }).fill('Agencja wczesna');
	await page.getByLabel('Agencja pracy tymczasowej').check();
	await release();
	await expect(page.getByLabel('Agencja pracy tymczasowej')).toBeChecked();
	await expect(page.getByLabel('Nazwa', { exact: true })).toHaveValue('Agencja wczesna');
	await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agencja wczesna');
});
