import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, expectAccessible, logIn } from './helpers';
import {
	answerEveryModule,
	moduleLinks,
	postForm,
	startAsGuest,
	startAssessment
} from './journey-pages';

async function submitFromReview(page: Page, id: string, scan = true): Promise<void> {
	await page.goto(`/assessments/${id}/review`);
	await expect(page.locator('.error-summary')).toHaveCount(0);
	if (scan) await expectAccessible(page);
	await page.locator('form[action="?/submit"] button[type=submit]').click();
	await page.waitForURL(`**/assessments/${id}/submitted`);
	if (scan) await expectAccessible(page);
}

/** "Change" on the check-your-answers page, then save: back to check your answers. */
async function changeFromReview(page: Page, id: string): Promise<void> {
	await page.goto(`/assessments/${id}/review`);
	await page.locator('.answers dd.change a').first().click();
	await expect(page).toHaveURL(/from=review/);
	await page.locator('button[value=continue]').click();
	await expect(page).toHaveURL(`/assessments/${id}/review`);
}

test.describe('with JavaScript', () => {
	test('a guest completes a whole assessment in Polish and reads the results', async ({ page }) => {
		test.setTimeout(180_000);
		await startAsGuest(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
		await expectAccessible(page);
		const id = await startAssessment(page);
		await expect(page.getByText('Nierozpoczęte').first()).toBeVisible();
		await expectAccessible(page);

		const links = await moduleLinks(page);
		expect(links[0]).toBe(`/assessments/${id}/modules/profile`);
		await page.goto(links[0]);
		await expectAccessible(page);
		await answerEveryModule(page, links);
		// The last module's save leads to "check your answers" once everything is answered.
		await expect(page).toHaveURL(`/assessments/${id}/review`);
		await changeFromReview(page, id);

		await page.goto('/dashboard');
		await expect(page.locator('.tag-completed')).toHaveCount(links.length);
		await expect(page.getByRole('link', { name: 'Sprawdź odpowiedzi i złóż ocenę' })).toBeVisible();

		await submitFromReview(page, id);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ocena złożona');
		await expect(page.locator('.notice.warning')).toContainText('oznaki pracy przymusowej');
		await page.locator('.button-row').getByRole('link', { name: 'Zobacz wyniki' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wyniki Twojej oceny');
		// The first choice of many questions is the worst practice: the protocol comes first.
		const protocol = page.locator('section.protocol');
		await expect(protocol).toBeVisible();
		await expect(page.locator('main section').first()).toHaveClass(/protocol/);
		await expect(page.getByText('Możliwa praca przymusowa').first()).toBeVisible();
		await expect(page.locator('svg.heat')).toBeVisible();
		await expect(page.locator('table.ilo-table tbody tr')).toHaveCount(11);
		await page.locator('details').first().locator('summary').click();
		await expectAccessible(page);

		await page.goto('/dashboard');
		await expect(page.getByRole('button', { name: 'Rozpocznij ponowną ocenę' })).toBeVisible();
		await expectAccessible(page);
	});

	test('a follow-up question appears and disappears as the answer changes', async ({ page }) => {
		await startAsGuest(page);
		const id = await startAssessment(page);
		await page.goto(`/assessments/${id}/modules/recruitment`);
		const kraz = page.locator('#q-kraz_checked');
		await expect(kraz).toHaveCount(0);
		await page.locator('#recruitment_channels-employment_agency').check();
		await expect(kraz).toBeVisible();
		await page.locator('#recruitment_channels-employment_agency').uncheck();
		await expect(kraz).toHaveCount(0);
		const progress = page.getByText(/^Odpowiedzi: \d+ z \d+/);
		await expect(progress).toContainText('Odpowiedzi: 0 z ');
		await page.locator('#recruitment_channels-direct_poland').check();
		await expect(page.locator('[role=status].save-status')).toContainText('Zapisano');
		// The count follows the saves, without reloading the page.
		await expect(progress).toContainText('Odpowiedzi: 1 z ');
		// The notice a save without JavaScript shows when it revealed follow-up questions.
		await page.goto(`/assessments/${id}/modules/recruitment?revealed=2`);
		await expect(page.locator('.notice.warning')).toBeVisible();
		await expectAccessible(page);
	});

	test('two tabs: the second one to save is told, and keeps what it typed', async ({ context }) => {
		const first = await context.newPage();
		await startAsGuest(first);
		const id = await startAssessment(first);
		const url = `/assessments/${id}/modules/profile`;
		await first.goto(url);
		const second = await context.newPage();
		await second.goto(url);

		await first.locator('#sector-c').check();
		await expect(first.locator('.save-status')).toContainText('Zapisano');

		await second.locator('#size-large').check();
		await expect(second.locator('.conflict')).toBeVisible();
		await expect(second.locator('.save-status')).toContainText('Nie zapisano');
		// Both answers are shown side by side: what the other tab saved, what this page holds.
		await expect(second.locator('.conflict')).toContainText('C — Przetwórstwo przemysłowe');
		await expect(second.locator('.conflict')).toContainText('Duża');
		await expect(second.locator('#size-large')).toBeChecked();
		await expectAccessible(second);

		await second.getByRole('button', { name: 'Zachowaj moje zmiany z tej strony' }).click();
		await expect(second.locator('.save-status')).toContainText('Zapisano');
		await expect(second.locator('.conflict')).toHaveCount(0);
		// This page's change is saved, and the other tab's answer is kept.
		await expect(second.locator('#sector-c')).toBeChecked();
		await first.reload();
		await expect(first.locator('#size-large')).toBeChecked();
		await expect(first.locator('#sector-c')).toBeChecked();
	});

	test('a guest reopens the work in another browser with the private link', async ({
		page,
		browser
	}) => {
		await startAsGuest(page);
		const id = await startAssessment(page);
		await page.goto(`/assessments/${id}/modules/profile`);
		await page.locator('#sector-f').check();
		await expect(page.locator('.save-status')).toContainText('Zapisano');
		await page.goto('/dashboard');
		await expect(page.getByText('Każdy, kto ma ten link, może zobaczyć i zmienić')).toBeVisible();
		await page.getByRole('button', { name: 'Utwórz prywatny link' }).click();
		const link = await page.locator('#resume-link').inputValue();
		expect(link).toMatch(/\/resume\/[a-z2-7]{32}$/);

		const other = await browser.newContext();
		const elsewhere = await other.newPage();
		await elsewhere.goto(link);
		await expectAccessible(elsewhere);
		await elsewhere.getByRole('button', { name: 'Kontynuuj ocenę w tej przeglądarce' }).click();
		await elsewhere.waitForURL('**/dashboard');
		await elsewhere.goto(`/assessments/${id}/modules/profile`);
		await expect(elsewhere.locator('#sector-f')).toBeChecked();
		await other.close();
	});
});

test.describe('without JavaScript', () => {
	// axe runs inside the page, so these pages are scanned by the tests with JavaScript.
	test.use({ javaScriptEnabled: false });

	test('a guest completes a whole assessment in English', async ({ page }) => {
		test.setTimeout(180_000);
		await startAsGuest(page);
		await chooseLanguage(page, 'en');
		const id = await startAssessment(page);
		await expect(page.getByText('Not started').first()).toBeVisible();
		const links = await moduleLinks(page);
		await page.goto(links[1]);
		await answerEveryModule(page, links);
		await expect(page).toHaveURL(`/assessments/${id}/review`);
		await changeFromReview(page, id);
		await submitFromReview(page, id, false);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment submitted');
		await page.goto(`/assessments/${id}/results`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results of your assessment');
		await expect(page.getByRole('heading', { name: 'Red flags' })).toBeVisible();
	});

	test('a follow-up question appears after saving, and goes when the answer changes', async ({
		page
	}) => {
		await startAsGuest(page);
		const id = await startAssessment(page);
		const url = `/assessments/${id}/modules/recruitment`;
		await page.goto(url);
		await expect(page.locator('#q-kraz_checked')).toHaveCount(0);
		await page.locator('#recruitment_channels-employment_agency').check();
		await page.locator('button[value=continue]').click();
		// The save revealed follow-up questions, so the same page comes back to ask them.
		await expect(page).toHaveURL(new RegExp(`${url}\\?revealed=\\d+`));
		await expect(page.locator('#q-kraz_checked')).toBeVisible();
		await page.locator('#recruitment_channels-employment_agency').uncheck();
		await page.locator('#recruitment_channels-direct_poland').check();
		await page.locator('button[value=dashboard]').click();
		await page.goto(url);
		await expect(page.locator('#q-kraz_checked')).toHaveCount(0);
		await expect(page.locator('#recruitment_channels-direct_poland')).toBeChecked();
	});

	test('a save based on an older page is refused and shows both answers', async ({ page }) => {
		await startAsGuest(page);
		const id = await startAssessment(page);
		const url = `/assessments/${id}/modules/profile`;
		await page.goto(url);
		// Another tab saves first, from the same revision this page holds.
		const revision = await page.locator('input[name=_revision]').inputValue();
		const other = await postForm(page, `${url}?/save`, {
			_revision: revision,
			_next: 'stay',
			_shown: 'sector',
			sector: 'a'
		});
		expect(other.status()).toBe(303);
		await page.locator('#sector-c').check();
		await page.locator('button[value=continue]').click();
		await expect(page.locator('.conflict')).toBeVisible();
		await expect(page.locator('.conflict')).toContainText('A — Rolnictwo');
		await expect(page.locator('#sector-c')).toBeChecked();
		// Without JavaScript the page is saved as it shows: the person sees it before pressing.
		await page.getByRole('button', { name: 'Zachowaj moje zmiany z tej strony' }).click();
		await expect(page).toHaveURL(url);
		await expect(page.locator('.conflict')).toHaveCount(0);
		await expect(page.locator('#sector-c')).toBeChecked();
	});
});

test('a submitted assessment is read-only and refuses changes; bad input changes nothing', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	await startAsGuest(page);
	const id = await startAssessment(page);
	const profile = `/assessments/${id}/modules/profile`;
	await page.goto(profile);
	const revision = await page.locator('input[name=_revision]').inputValue();

	const unknownChoice = await postForm(page, `${profile}?/save`, {
		_revision: revision,
		_next: 'continue',
		_shown: 'sector',
		sector: 'zz'
	});
	expect(unknownChoice.status()).toBe(400);
	expect(await unknownChoice.text()).toContain('Wybierz jedną z podanych odpowiedzi');

	const unknownQuestion = await postForm(page, `${profile}?/save`, {
		_revision: revision,
		_next: 'continue',
		sector: 'c',
		not_in_this_version: 'yes'
	});
	expect(unknownQuestion.status()).toBe(400);
	expect(await unknownQuestion.text()).toContain('not_in_this_version');

	await page.goto(profile);
	await expect(page.locator('#module-form input:checked')).toHaveCount(0);
	await expect(page.locator('input[name=_revision]')).toHaveValue(revision);

	const stranger = await browser.newContext();
	const b = await stranger.newPage();
	await logIn(b, 'employerB');
	for (const path of [profile, `/assessments/${id}/review`, `/assessments/${id}/results`]) {
		expect((await b.request.get(path)).status()).toBe(404);
	}
	const theirs = await postForm(b, `${profile}?/save`, {
		_revision: revision,
		_next: 'continue',
		sector: 'k'
	});
	expect(theirs.status()).toBe(404);
	await stranger.close();

	await answerEveryModule(page, await moduleLinks(page));
	await submitFromReview(page, id);
	await page.goto(profile);
	await expect(page.locator('#module-form')).toHaveCount(0);
	await expect(page.getByText('Jej odpowiedzi nie można już zmienić')).toBeVisible();
	await expectAccessible(page);
	const sectorBefore = await page.locator('.answers dd').first().textContent();
	const late = await postForm(page, `${profile}?/save`, {
		_revision: '999',
		_next: 'continue',
		sector: 'k'
	});
	expect(late.status()).toBe(409);
	expect(await late.text()).toContain('Ta ocena została złożona');
	await page.reload();
	await expect(page.locator('.answers dd').first()).toHaveText(sectorBefore ?? '');
});

test('a re-assessment starts from the last answers', async ({ page }) => {
	test.setTimeout(180_000);
	await startAsGuest(page);
	const first = await startAssessment(page);
	await answerEveryModule(page, await moduleLinks(page));
	await submitFromReview(page, first);

	await page.goto('/dashboard');
	const second = await startAssessment(page);
	expect(second).not.toBe(first);
	await expect(
		page.getByText('Zaczyna się od odpowiedzi z Twojej poprzedniej oceny')
	).toBeVisible();
	await expect(page.locator('.tag-completed').first()).toBeVisible();
	await expect(page.locator('table tbody tr')).toHaveCount(2);
	await page.goto(`/assessments/${first}/modules/profile`);
	const before = await page.locator('.answers dd').first().textContent();
	await page.goto(`/assessments/${second}/modules/profile`);
	const carried = page.locator('#module-form input[name=sector]:checked + label');
	await expect(carried).toHaveText(before ?? '');
	await expectAccessible(page);
});

test('only guests and employers reach the assessment pages', async ({ page, request }) => {
	const anonymous = await request.get('/dashboard', { maxRedirects: 0 });
	expect(anonymous.status()).toBe(303);
	expect(anonymous.headers().location).toContain('/login');
	await logIn(page, 'inspector');
	expect((await page.request.get('/dashboard')).status()).toBe(403);
	const start = await postForm(page, '/dashboard?/start', {});
	expect(start.status()).toBe(403);
});
