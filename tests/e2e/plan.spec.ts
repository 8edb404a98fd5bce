import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './helpers';

/** The organisation's data as the export gives it: ids to navigate by, without a database. */
async function exported(request: APIRequestContext) {
	const response = await request.get('/my-data/export');
	expect(response.status()).toBe(200);
	return {
		response,
		data: (await response.json()) as {
			assessments: {
				id: string;
				status: string;
				answers: { module: string; question: string; value: unknown }[];
				actionItems: { id: string }[];
			}[];
			suppliers: { id: string; name: string }[];
		}
	};
}

async function submittedAssessment(page: Page): Promise<string> {
	const { data } = await exported(page.request);
	const assessment = data.assessments.find((a) => a.status === 'submitted');
	expect(assessment, 'the seed gives the demo employer a submitted assessment').toBeDefined();
	return assessment!.id;
}

const unique = () => Math.random().toString(36).slice(2, 8);

test.describe('the supplier register', () => {
	test('adds partners, answers one questionnaire and ranks them', async ({ page }) => {
		await logIn(page, 'employer');
		await page.goto('/suppliers');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Agencje, podwykonawcy i dostawcy'
		);
		await expectAccessible(page);

		const cleaner = `Czysto-Serwis ${unique()}`;
		await page.getByRole('link', { name: 'Dodaj partnera' }).click();
		await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
		await expect(page.locator('.error-summary')).toContainText('Wpisz nazwę partnera');
		await expect(page.locator('.error-summary')).toContainText('Wybierz, kim jest ten partner');
		await expectAccessible(page);

		await page.getByLabel('Nazwa', { exact: true }).fill(cleaner);
		await page.getByLabel(/^Podwykonawca/).check();
		await page.getByLabel(/^Kraj siedziby/).fill('Polska');
		await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(cleaner);
		await expect(page.getByText('Dodano partnera')).toBeVisible();
		// An agency's KRAZ questions do not show for a subcontractor.
		await expect(page.getByText(/rejestrze agencji zatrudnienia \(KRAZ\), że/)).toBeHidden();
		await expectAccessible(page);

		const question = (text: RegExp) => page.locator('fieldset').filter({ hasText: text });
		await question(/W jakich krajach/)
			.getByLabel('Polska')
			.check();
		await question(/zagranicy\?/)
			.getByLabel('Nie', { exact: true })
			.check();
		await question(/płacą temu partnerowi/)
			.getByLabel(/^Nie – partner ma pisemny zakaz/)
			.check();
		await question(/przechowuje paszporty/)
			.getByLabel(/^Nie – ma pisemny zakaz/)
			.check();
		await question(/zapewnia pracownikom zakwaterowanie/)
			.getByLabel(/^Nie zapewnia/)
			.check();
		await question(/Czy umowa z tym partnerem/)
			.getByLabel(/^Tak, zakaz i prawo kontroli/)
			.check();
		await question(/Kiedy ostatnio/)
			.getByLabel(/W ciągu ostatnich 12/)
			.check();
		await page.getByRole('button', { name: 'Zapisz odpowiedzi' }).click();
		await expect(page).toHaveURL(/\/suppliers\?done=answered$/);
		await expect(page.getByRole('status')).toContainText('Zapisano odpowiedzi');

		const agency = `Agencja Nowa ${unique()}`;
		await page.getByRole('link', { name: 'Dodaj partnera' }).click();
		await page.getByLabel('Nazwa', { exact: true }).fill(agency);
		await page.getByLabel('Agencja pracy tymczasowej').check();
		await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(agency);

		await page.goto('/suppliers');
		const names = await page.locator('ol.register > li h3').allTextContents();
		// The seeded agency whose workers pay fees carries a red flag and leads; an agency nobody
		// has checked ranks above a subcontractor checked in every respect.
		expect(names[0]).toBe('Agencja Zatrudnienia Wschód');
		expect(names.indexOf(agency)).toBeLessThan(names.indexOf(cleaner));
		expect(names.indexOf(cleaner)).toBe(names.length - 1);
		await expectAccessible(page);
	});

	test('changes details and removes a partner only after confirmation', async ({ page }) => {
		await logIn(page, 'employer');
		const name = `Dostawca ${unique()}`;
		await page.goto('/suppliers/new');
		await page.getByLabel('Nazwa', { exact: true }).fill(name);
		await page.getByLabel('Dostawca towarów lub surowców').check();
		await page.getByLabel(/^Numer w rejestrze/).fill('123');
		await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
		await expect(page.getByText(/Numer KRAZ mają tylko agencje/).first()).toBeVisible();
		await page.getByLabel(/^Numer w rejestrze/).fill('');
		await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
		await page.waitForURL(/\/suppliers\/[a-z0-9]+\?added$/);
		const supplierUrl = page.url();

		await page.goto('/suppliers');
		const card = page.locator('ol.register > li').filter({ hasText: name });
		await card.getByRole('link', { name: /^Zmień dane/ }).click();
		await expectAccessible(page);
		await page.getByLabel('Nazwa', { exact: true }).fill(`${name} S.A.`);
		await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
		await expect(page.getByRole('status')).toContainText('Zapisano dane partnera');

		const renamed = page.locator('ol.register > li').filter({ hasText: `${name} S.A.` });
		await renamed.getByRole('link', { name: /^Usuń/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`${name} S.A.`);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Nie, zostaw' }).click();
		await expect(page.locator('ol.register')).toContainText(`${name} S.A.`);

		await renamed.getByRole('link', { name: /^Usuń/ }).click();
		await page.getByRole('button', { name: 'Tak, usuń partnera' }).click();
		await expect(page.getByRole('status')).toContainText('Partner został usunięty');
		await expect(page.locator('ol.register')).not.toContainText(name);
		expect((await page.goto(supplierUrl))?.status()).toBe(404);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('a changed kind reveals its questions on the next page', async ({ page }) => {
			await logIn(page, 'employer');
			await page.goto('/suppliers/new');
			await page.getByLabel('Nazwa', { exact: true }).fill(`Hurtownia ${unique()}`);
			await page.getByLabel('Dostawca towarów lub surowców').check();
			await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
			const kraz = page
				.locator('fieldset')
				.filter({ hasText: /w rejestrze agencji .*\(KRAZ\), że/ });
			await expect(kraz).toBeHidden();
			await page.getByLabel('Agencja pracy tymczasowej').check();
			await page.getByRole('button', { name: 'Zapisz odpowiedzi' }).click();
			await expect(page).toHaveURL(/\?saved$/);
			await expect(kraz).toBeVisible();
			await expect(kraz).toContainText('Na to pytanie nie ma jeszcze odpowiedzi');
		});
	});
});

test.describe('the action plan', () => {
	// The plan of the demo assessment holds some fifty items; checking it with axe takes a while.
	test.describe.configure({ timeout: 120_000 });

	test('keeps edits to an item, takes own actions and downloads as a PDF', async ({ page }) => {
		await logIn(page, 'employer');
		const id = await submittedAssessment(page);
		await page.goto(`/assessments/${id}/plan`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan działań');
		await expectAccessible(page);

		const first = page.locator('article.item').first();
		await expect(first.getByText('Skąd to działanie w planie')).toBeVisible();
		await first.getByLabel('Kto odpowiada').fill('Anna Nowak');
		await first.getByLabel('Stan').selectOption('in_progress');
		await first.getByRole('button', { name: /^Zapisz/ }).click();
		await expect(first.getByRole('status')).toHaveText('Zapisano');
		await page.reload();
		await expect(first.getByLabel('Kto odpowiada')).toHaveValue('Anna Nowak');
		await expect(first.getByLabel('Stan')).toHaveValue('in_progress');

		const itemId = (await first.getAttribute('id'))!.replace('item-', '');
		const bad = await page.request.post(`/assessments/${id}/plan?/update`, {
			form: { id: itemId, status: 'finished', due_date: '2027-02-30', owner: 'X' },
			// As a browser without JavaScript posts it, so the answer is the page itself.
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(bad.status()).toBe(400);
		expect(await bad.text()).toContain('Wybierz stan: do zrobienia, w toku lub zrobione');
		await page.reload();
		await expect(first.getByLabel('Kto odpowiada')).toHaveValue('Anna Nowak');

		const title = `Szkolenie brygadzistów ${unique()}`;
		const own = page.locator('#own-action');
		await own.getByLabel('Co trzeba zrobić').fill(title);
		await own.getByLabel('W ciągu 30 dni').check();
		await own.getByLabel('Kto odpowiada').fill('Kierownik kadr');
		await own.getByRole('button', { name: 'Dodaj działanie' }).click();
		const added = page.locator('article.item').filter({ hasText: title });
		await expect(added).toContainText('Twoje działanie');
		await expect(added.getByLabel('Kto odpowiada')).toHaveValue('Kierownik kadr');
		await added.getByRole('button', { name: /^Usuń to działanie/ }).click();
		await expect(page.getByRole('status').first()).toContainText('Usunięto działanie');
		await expect(page.locator('article.item').filter({ hasText: title })).toHaveCount(0);

		const pdf = await page.request.get(`/assessments/${id}/action-plan.pdf`);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect(pdf.headers()['content-disposition']).toMatch(
			/^attachment; filename="plan-dzialan-\d{4}-\d{2}-\d{2}\.pdf"$/
		);
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
	});

	test('shows a message next to a bad field and writes nothing', async ({ page }) => {
		await logIn(page, 'employer');
		const id = await submittedAssessment(page);
		await page.goto(`/assessments/${id}/plan`);
		const own = page.locator('#own-action');
		await own.getByLabel('Kto odpowiada').fill('x'.repeat(121));
		await own.getByRole('button', { name: 'Dodaj działanie' }).click();
		await expect(page.locator('.error-summary')).toContainText('Wpisz, co trzeba zrobić');
		await expect(own.locator('.field-error')).toContainText([
			'Wpisz, co trzeba zrobić',
			'Wybierz, na kiedy jest to działanie',
			'Tekst może mieć najwyżej 120 znaków'
		]);
		await expectAccessible(page);
	});
});

test('the blank questionnaire is public, in the language asked for', async ({ request }) => {
	const pdf = await request.get('/questionnaire.pdf?lang=en');
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['content-disposition']).toContain('filename="questionnaire-');
	expect((await request.get('/questionnaire.pdf?lang=xx')).status()).toBe(400);
});

test("another organisation's suppliers, plan and assessment are not found", async ({ browser }) => {
	const ownerContext = await browser.newContext();
	const owner = await ownerContext.newPage();
	await logIn(owner, 'employer');
	const { data } = await exported(owner.request);
	const assessment = data.assessments.find((a) => a.status === 'submitted')!;
	const supplier = data.suppliers[0];
	await ownerContext.close();

	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn(page, 'employerB');
	for (const path of [
		`/suppliers/${supplier.id}`,
		`/suppliers/${supplier.id}/edit`,
		`/suppliers/${supplier.id}/remove`,
		`/assessments/${assessment.id}/plan`
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
	}
	await expectAccessible(page);
	const headers = { origin: new URL(page.url()).origin, accept: 'text/html' };
	const pdf = await page.request.get(`/assessments/${assessment.id}/action-plan.pdf`);
	expect(pdf.status()).toBe(404);
	const update = await page.request.post(`/assessments/${assessment.id}/plan?/update`, {
		form: { id: assessment.actionItems[0]?.id ?? 'x', status: 'done' },
		headers
	});
	expect(update.status()).toBe(404);
	const removal = await page.request.post(`/suppliers/${supplier.id}/remove`, {
		form: {},
		headers
	});
	expect(removal.status()).toBe(404);
	await page.goto('/suppliers');
	await expect(page.locator('main')).not.toContainText(supplier.name);
	await context.close();
});

test('exports the data without password hashes and deletes it all after confirmation', async ({
	page
}) => {
	// A fresh account, so deleting it cannot pull a seeded one from under other tests.
	const email = `usun-${unique()}@example.com`;
	const password = 'haslo-do-usuniecia-1';
	const organisation = `Firma Próbna ${unique()}`;
	await page.goto('/signup', { waitUntil: 'networkidle' });
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('input[name="passwordConfirm"]').fill(password);
	await page.locator('input[name="organisationName"]').fill(organisation);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => url.pathname === '/dashboard');

	await page.goto('/suppliers/new');
	await page.getByLabel('Nazwa', { exact: true }).fill('Agencja do usunięcia');
	await page.getByLabel('Agencja pracy tymczasowej').check();
	await page.getByRole('button', { name: 'Dodaj i przejdź do pytań' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agencja do usunięcia');

	await page.goto('/my-data');
	await expectAccessible(page);
	const { response, data } = await exported(page.request);
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="moje-dane-/);
	const text = JSON.stringify(data);
	expect(text).toContain(email);
	expect(text).toContain('Agencja do usunięcia');
	expect(text).not.toMatch(/password_hash|passwordHash|\$argon2/);

	const demoContext = await page.context().browser()!.newContext();
	const demo = await demoContext.newPage();
	await logIn(demo, 'employer');
	const demoExport = await exported(demo.request);
	expect(demoExport.data.assessments[0].answers).toContainEqual(
		expect.objectContaining({ module: 'profile', question: 'sector', value: 'c' })
	);
	await demoContext.close();

	const confirm = page.getByLabel(/Aby potwierdzić/);
	await confirm.fill('Inna firma');
	await page.getByRole('button', { name: 'Usuń organizację i wszystkie dane' }).click();
	await expect(page.locator('.error-summary')).toContainText('Wpisana nazwa różni się');
	await confirm.fill(organisation);
	await page.getByRole('button', { name: 'Usuń organizację i wszystkie dane' }).click();
	await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('deleted'));
	await expect(page.getByRole('status')).toContainText('zostały usunięte');
	await expectAccessible(page);

	expect((await page.request.get('/my-data/export')).url()).toContain('/login');
	await page.goto('/login', { waitUntil: 'networkidle' });
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form button[type="submit"]').last().click();
	await expect(page).toHaveURL(/\/login/);
	await expect(page.locator('.error-summary')).toBeVisible();
});
