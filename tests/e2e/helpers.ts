import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, type DemoAccountKey } from '../../src/lib/server/seed';

/** Fails the test with the rule ids and the offending elements when axe finds anything. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function logIn(page: Page, who: DemoAccountKey): Promise<void> {
	const account = DEMO_ACCOUNTS[who];
	// Logs in through the hydrated form, as most people do.
	await page.goto('/login', { waitUntil: 'networkidle' });
	await page.locator('input[name="email"]').fill(account.email);
	await page.locator('input[name="password"]').fill(account.password);
	await page.locator('form button[type="submit"]').last().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function chooseLanguage(page: Page, locale: 'pl' | 'en' | 'uk'): Promise<void> {
	await page.locator(`form.lang button[value="${locale}"]`).click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await page.waitForLoadState('load');
}
