import { expect, test } from '@playwright/test';
import { chooseLanguage, expectAccessible } from './helpers';

test('the home page speaks Polish by default and says who sees what', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('pracy przymusowej');
	await expect(page.getByRole('heading', { name: 'Kto co widzi' })).toBeVisible();
	await expectAccessible(page);
});

test('the language switcher changes every text and remembers the choice', async ({ page }) => {
	await page.goto('/');
	await chooseLanguage(page, 'en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('forced-labour risk');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await chooseLanguage(page, 'uk');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('примусової праці');
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the language switcher still works', async ({ page }) => {
		await page.goto('/');
		await page.locator('form.lang button[value="uk"]').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	});
});

test('security headers are set', async ({ request }) => {
	const res = await request.get('/');
	const csp = res.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("script-src 'self'");
	expect(res.headers()['referrer-policy']).toBe('same-origin');
});

test('a cross-site form post is refused', async ({ request }) => {
	const res = await request.post('/language', {
		form: { locale: 'en', next: '/' },
		headers: { origin: 'https://evil.example' }
	});
	expect(res.status()).toBe(403);
});
