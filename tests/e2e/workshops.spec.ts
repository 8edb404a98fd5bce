import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './helpers';
import { answerEveryModule, moduleLinks } from './journey-pages';

interface Created {
	id: string;
	code: string;
	dashboard: string;
}

/** The seeded facilitator creates a workshop on the real form and lands on its dashboard. */
async function createWorkshop(page: Page, title: string): Promise<Created> {
	await page.goto('/workshops');
	await page.waitForLoadState('networkidle');
	await page.locator('#title').fill(title);
	await page.locator('#association').fill('Związek Pracodawców Sadowniczych');
	await page.locator('#date').fill('2026-03-12');
	await page.locator('#place').fill('Grójec, ul. Sadowa 1');
	await page.locator('form[action="?/create"] button[type="submit"]').click();
	await page.waitForURL(/\/workshops\/[a-z0-9]+$/);
	const code = ((await page.locator('.join .code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[ACDEFHJKMNPRTUVWXY3479]{3}-[ACDEFHJKMNPRTUVWXY3479]{3}$/);
	const url = new URL(page.url());
	return { id: url.pathname.split('/').pop() as string, code, dashboard: url.pathname };
}

/** A guest without a session joins from the link the QR code opens. */
async function joinAsGuest(browser: Browser, code: string, label: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`/join/${code}`);
	// Joins through the hydrated form; early-input.spec.ts covers typing before hydration.
	await page.waitForLoadState('networkidle');
	await page.locator('#label').fill(label);
	await page.getByRole('button', { name: 'Dołącz do warsztatów' }).click();
	await page.waitForURL(/\/joined\/[a-z0-9]+$/);
	return { context, page };
}

/** From the participant page to the journey's task list, then every module answered. */
async function answerAssessment(page: Page): Promise<string> {
	await page.getByRole('link', { name: 'Przejdź do swojej oceny' }).click();
	await page.waitForURL('**/dashboard');
	const links = await moduleLinks(page);
	await answerEveryModule(page, links);
	return links[0].split('/')[2];
}

async function submit(page: Page, id: string): Promise<void> {
	await page.goto(`/assessments/${id}/review`);
	await page.locator('form[action="?/submit"] button[type=submit]').click();
	await page.waitForURL(`**/assessments/${id}/submitted`);
}

const count = (page: Page, label: string) =>
	page.locator('.counts div').filter({ hasText: label }).locator('dd');

test('five guests join at once and submit: progress shows during, group results only from five', async ({
	page,
	browser
}) => {
	test.setTimeout(420_000);
	await logIn(page, 'facilitator');
	await page.goto('/workshops');
	await expectAccessible(page);
	const w = await createWorkshop(page, 'Warsztaty równoległe');
	await expect(page.locator('.qr svg')).toBeVisible();
	await expect(page.getByText(`/join/${w.code}`)).toBeVisible();
	await expectAccessible(page);

	const guests = await Promise.all(
		[1, 2, 3, 4, 5].map((n) => joinAsGuest(browser, w.code, `Stolik ${n}`))
	);
	await expect(
		guests[0].page.getByText('Uczestniczysz w tych warsztatach jako „Stolik 1”.')
	).toBeVisible();
	await expectAccessible(guests[0].page);

	// The dashboard polls every 10 seconds; the count arrives without reloading.
	await expect(count(page, 'Dołączyło')).toHaveText('5', { timeout: 15_000 });
	for (const n of [1, 2, 3, 4, 5]) {
		await expect(page.getByRole('cell', { name: `Stolik ${n}`, exact: true })).toBeVisible();
	}
	await expect(
		page.getByText('Brakuje jeszcze złożonych ocen, aby pokazać wyniki grupy: 5.')
	).toBeVisible();

	const ids = await Promise.all(guests.map((g) => answerAssessment(g.page)));
	await expect(count(page, 'Rozpoczęło')).toHaveText('5', { timeout: 15_000 });
	await expect(count(page, 'Złożyło')).toHaveText('0');
	await expect(page.getByRole('cell', { name: /^(\d+) z \1$/ })).toHaveCount(5);
	await expectAccessible(page);

	await Promise.all(guests.slice(0, 4).map((g, i) => submit(g.page, ids[i])));
	await page.reload();
	await expect(count(page, 'Złożyło')).toHaveText('4');
	await expect(
		page.getByText('Brakuje jeszcze złożonych ocen, aby pokazać wyniki grupy: 1.')
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Poziom ogólny' })).toHaveCount(0);

	// The fifth submission brings the group results in with the next poll.
	await submit(guests[4].page, ids[4]);
	await expect(page.getByRole('heading', { name: 'Poziom ogólny' })).toBeVisible({
		timeout: 15_000
	});
	await expect(
		page.getByRole('heading', { name: /Wskaźniki pracy przymusowej MOP/ })
	).toBeVisible();
	await expectAccessible(page);

	// None of a participant's pages opens for the facilitator, nor the organisations' data.
	const [first] = ids;
	for (const path of [
		`/assessments/${first}/modules/wages`,
		`/assessments/${first}/review`,
		`/assessments/${first}/submitted`,
		`/assessments/${first}/results`,
		`/assessments/${first}/plan`,
		`/assessments/${first}/action-plan.pdf`,
		'/my-data/export',
		'/api/statistics/table.csv'
	]) {
		const res = await page.request.get(path, { maxRedirects: 0 });
		expect([403, 404], `${path} as the facilitator`).toContain(res.status());
	}
	const progress = await (await page.request.get(`/api/workshops/${w.id}/progress`)).json();
	expect(JSON.stringify(progress)).not.toContain(first);

	// Shared, the result opens read-only; the shared result no longer counts towards five.
	await guests[0].page.goto(new URL(guests[0].page.url()).origin + '/joined');
	await guests[0].page.getByRole('link', { name: 'Warsztaty równoległe' }).click();
	await guests[0].page.getByRole('button', { name: 'Udostępnij mój wynik' }).click();
	await expect(guests[0].page.getByRole('status')).toContainText('jest teraz udostępniony');
	await page.reload();
	await page.getByRole('link', { name: 'Zobacz wynik' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Wynik udostępniony przez: Stolik 1'
	);
	await expectAccessible(page);
	const sharedUrl = page.url();
	await page.goto(w.dashboard);
	await expect(
		page.getByText('Brakuje jeszcze złożonych ocen, aby pokazać wyniki grupy: 1.')
	).toBeVisible();

	await guests[0].page.getByRole('button', { name: 'Przestań udostępniać mój wynik' }).click();
	await expect(guests[0].page.getByRole('status')).toContainText('nie jest już udostępniony');
	expect((await page.request.get(sharedUrl)).status()).toBe(404);
	await Promise.all(guests.map((g) => g.context.close()));
});

test('a wrong code and a closed workshop each get a clear message', async ({ page, browser }) => {
	await logIn(page, 'facilitator');
	const w = await createWorkshop(page, 'Warsztaty do zamknięcia');

	const context = await browser.newContext();
	const guest = await context.newPage();
	await guest.goto('/join');
	await guest.waitForLoadState('networkidle');
	await guest.locator('#code').fill('ABC-123');
	await guest.getByRole('button', { name: 'Dalej' }).click();
	await expect(guest.locator('.error-summary')).toContainText('sześć liter i cyfr');
	await expectAccessible(guest);
	const unknown = w.code === 'ACD-EFH' ? 'KMN-PRT' : 'ACD-EFH';
	await guest.locator('#code').fill(unknown);
	await guest.getByRole('button', { name: 'Dalej' }).click();
	await expect(guest.locator('.error-summary')).toContainText('Nie ma warsztatów z tym kodem');
	await guest.locator('#code').fill(w.code.toLowerCase());
	await guest.getByRole('button', { name: 'Dalej' }).click();
	await expect(guest).toHaveURL(`/join/${w.code}`);

	await page.getByRole('button', { name: 'Zamknij warsztaty dla nowych uczestników' }).click();
	await expect(
		page.getByText('Warsztaty są zamknięte: nikt nowy nie może dołączyć.')
	).toBeVisible();

	await guest.goto(`/join/${w.code}`);
	await expect(guest.getByRole('alert')).toContainText('zamknięte dla nowych uczestników');
	await expectAccessible(guest);
	await guest.goto('/join');
	await guest.locator('#code').fill(w.code);
	await guest.getByRole('button', { name: 'Dalej' }).click();
	await expect(guest.locator('.error-summary')).toContainText('zamknięte dla nowych uczestników');
	await context.close();
});

test('presenter mode moves by arrow keys and by links, and is accessible', async ({ page }) => {
	await logIn(page, 'facilitator');
	const w = await createWorkshop(page, 'Warsztaty z prezentacją');
	await page.getByRole('link', { name: 'Pokaż pytania na ekranie' }).click();
	await expect(page.getByText(/^Pytanie 1 z \d+$/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Dlaczego to ważne' })).toBeVisible();
	await expectAccessible(page);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/q=2/);
	await expect(page.getByText(/^Pytanie 2 z \d+$/)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/q=1/);
	await page.getByRole('link', { name: 'Wynagrodzenie, potrącenia i pożyczki' }).click();
	await expect(page).toHaveURL(/module=wages&q=1/);
	await page.getByRole('link', { name: /Następne pytanie/ }).click();
	await expect(page.getByText(/^Pytanie 2 z \d+$/)).toBeVisible();
	await expectAccessible(page);

	await page.goto(`${w.dashboard}/print`);
	await expect(page.getByRole('link', { name: /Pobierz pusty kwestionariusz/ })).toHaveAttribute(
		'href',
		`${w.dashboard}/questionnaire.pdf`
	);
	const pdf = await page.request.get(`${w.dashboard}/questionnaire.pdf`);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['cache-control']).toBe('private, no-store');
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the dashboard offers a refresh link and presenter mode pages by links', async ({
		page
	}) => {
		await logIn(page, 'facilitator');
		const w = await createWorkshop(page, 'Warsztaty bez JavaScriptu');
		await expect(page.getByRole('link', { name: 'Odśwież' })).toHaveAttribute('href', w.dashboard);
		await page.goto(`${w.dashboard}/present?q=2`);
		await expect(page.getByText(/^Pytanie 2 z \d+$/)).toBeVisible();
		await page.getByRole('link', { name: /Poprzednie pytanie/ }).click();
		await expect(page.getByText(/^Pytanie 1 z \d+$/)).toBeVisible();
	});
});

test("a participant, and another facilitator, stay out of a workshop's pages", async ({
	page,
	browser
}) => {
	await logIn(page, 'facilitator');
	const w = await createWorkshop(page, 'Warsztaty prywatne');
	const { context, page: guest } = await joinAsGuest(browser, w.code, 'Tajny');
	const joinedPath = new URL(guest.url()).pathname;

	// The participant cannot open the facilitator's pages or its progress endpoint.
	for (const path of [
		w.dashboard,
		`${w.dashboard}/present`,
		`${w.dashboard}/questionnaire.pdf`,
		`/api/workshops/${w.id}/progress`
	]) {
		const res = await guest.request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBe(403);
	}
	// The facilitator cannot open the participant's page, nor a result it did not share.
	expect((await page.request.get(joinedPath)).status()).toBe(403);
	const progress = await (await page.request.get(`/api/workshops/${w.id}/progress`)).json();
	const participant = progress.participants[0];
	expect(participant).toMatchObject({
		label: 'Tajny',
		organisationName: null,
		sharesResult: false
	});
	const shared = `${w.dashboard}/participants/${participant.id}`;
	expect((await page.request.get(shared)).status()).toBe(404);
	// Sharing before submitting still shows nothing: there is no result yet.
	await guest.getByRole('button', { name: 'Udostępnij mój wynik' }).click();
	await expect(guest.getByText('Twój wynik jest teraz udostępniony prowadzącemu.')).toBeVisible();
	expect((await page.request.get(shared)).status()).toBe(404);
	await context.close();

	// A second facilitator, made by the admin, finds none of it.
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await logIn(admin, 'admin');
	await admin.goto('/admin');
	await admin.waitForLoadState('networkidle');
	const email = `prowadzacy-${Date.now()}@example.com`;
	await admin.locator('#create-email').fill(email);
	await admin.locator('#create-role').check();
	await admin.locator('#create-password').fill('drugi-prowadzacy-1');
	await admin.locator('form[action="?/create"] button[type="submit"]').click();
	await expect(admin.getByRole('cell', { name: email }).first()).toBeVisible();
	await adminContext.close();

	const otherContext = await browser.newContext();
	const other = await otherContext.newPage();
	await other.goto('/login');
	await other.waitForLoadState('networkidle');
	await other.locator('input[name="email"]').fill(email);
	await other.locator('input[name="password"]').fill('drugi-prowadzacy-1');
	await other.locator('form button[type="submit"]').last().click();
	await other.waitForURL('**/workshops');
	await expect(other.getByText('Warsztaty prywatne')).toHaveCount(0);
	for (const path of [
		w.dashboard,
		`${w.dashboard}/present`,
		`${w.dashboard}/print`,
		`${w.dashboard}/questionnaire.pdf`,
		shared,
		`/api/workshops/${w.id}/progress`
	]) {
		expect((await other.request.get(path)).status(), path).toBe(404);
	}
	const close = await other.request.post(`${w.dashboard}?/close`, {
		form: {},
		headers: { origin: new URL(other.url()).origin }
	});
	expect(close.status()).toBe(404);
	await otherContext.close();
	await page.reload();
	await expect(page.getByText('Warsztaty są zamknięte')).toHaveCount(0);

	// An unknown workshop id is simply not found.
	expect((await page.request.get('/workshops/nope')).status()).toBe(404);
	expect((await page.request.get('/api/workshops/nope/progress')).status()).toBe(404);
});
