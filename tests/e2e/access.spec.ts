import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './helpers';

type Who = 'anonymous' | 'employer' | 'facilitator' | 'inspector' | 'admin';
const EVERYONE: Who[] = ['anonymous', 'employer', 'facilitator', 'inspector', 'admin'];

/**
 * Every page and who may open it. Anyone else is sent to log in (anonymous) or refused
 * with 403 (signed in with another role). A new route goes here with its audience.
 */
const ROUTES: { path: string; allowed: Who[] }[] = [
	{ path: '/', allowed: EVERYONE },
	{ path: '/dashboard', allowed: ['employer'] },
	{ path: '/suppliers', allowed: ['employer'] },
	{ path: '/suppliers/new', allowed: ['employer'] },
	{ path: '/my-data', allowed: ['employer'] },
	{ path: '/account', allowed: ['employer', 'facilitator', 'inspector', 'admin'] },
	{ path: '/admin', allowed: ['admin'] },
	{ path: '/workshops', allowed: ['facilitator'] },
	{ path: '/statistics', allowed: ['inspector'] },
	{ path: '/statistics/table', allowed: ['inspector'] },
	{ path: '/statistics/charts', allowed: ['inspector'] },
	{ path: '/join', allowed: ['anonymous', 'employer'] },
	{ path: '/joined', allowed: ['employer'] }
];

async function open(page: Page, path: string) {
	const response = await page.goto(path);
	return { status: response?.status() ?? 0, url: new URL(page.url()) };
}

for (const who of EVERYONE) {
	test(`every route as ${who}: allowed or refused as the rule table says`, async ({ page }) => {
		if (who !== 'anonymous') await logIn(page, who);
		for (const route of ROUTES) {
			const { status, url } = await open(page, route.path);
			const allowed = route.allowed.includes(who);
			if (allowed) {
				expect(status, `${who} should open ${route.path}`).toBe(200);
				expect(url.pathname, `${who} stays on ${route.path}`).toBe(route.path);
			} else if (who === 'anonymous') {
				expect(url.pathname, `anonymous is sent to log in from ${route.path}`).toBe('/login');
				expect(url.searchParams.get('next')).toBe(route.path);
			} else {
				expect(status, `${who} is refused ${route.path}`).toBe(403);
			}
		}
	});
}

test('a forged session cookie is treated as no session', async ({ page, context, baseURL }) => {
	await context.addCookies([{ name: 'session', value: 'a'.repeat(32), url: baseURL }]);
	const { url } = await open(page, '/dashboard');
	expect(url.pathname).toBe('/login');
});

test('the refusal page is accessible', async ({ page }) => {
	await logIn(page, 'inspector');
	await page.goto('/admin');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page);
});
