import { expect, type Page } from '@playwright/test';

/** Starts as a guest from the home page; lands on the dashboard. */
export async function startAsGuest(page: Page): Promise<void> {
	await page.goto('/');
	await page.locator('form[action="/start"] button').click();
	await page.waitForURL('**/dashboard');
}

/** Presses "start the assessment" (or "re-assessment") and returns the new assessment's id. */
export async function startAssessment(page: Page): Promise<string> {
	await page.locator('form[action="?/start"] button').click();
	const first = page.locator('ol.task-list a').first();
	await expect(first).toBeVisible();
	const href = (await first.getAttribute('href')) ?? '';
	return href.split('/')[2];
}

/** The hrefs of the module pages on the task list, in order. */
export async function moduleLinks(page: Page): Promise<string[]> {
	await page.goto('/dashboard');
	return page
		.locator('ol.task-list a[href*="/modules/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * Answers every visible question still open on a module page: the first choice, the number
 * 40. Answers can reveal more questions (at once with JavaScript), so it goes round again
 * until nothing is left. Optional text questions stay empty.
 */
export async function answerVisible(page: Page): Promise<number> {
	let answered = 0;
	for (let round = 0; round < 100; round++) {
		const open = page
			.locator('#module-form .question')
			.filter({ hasNot: page.locator('input:checked') });
		let acted = false;
		for (const question of await open.all()) {
			const choices = question.locator('input[type=radio], input[type=checkbox]');
			if ((await choices.count()) > 0) {
				await choices.first().check();
				acted = true;
				break;
			}
			const number = question.locator('input[inputmode=decimal]');
			if ((await number.count()) > 0 && (await number.inputValue()) === '') {
				await number.fill('40');
				acted = true;
				break;
			}
		}
		if (!acted) return answered;
		answered++;
	}
	throw new Error('questions kept appearing');
}

/**
 * Answers each module page in turn and presses "save and continue". Without JavaScript a
 * save that reveals follow-up questions comes back to the same page, which is answered again.
 */
export async function answerEveryModule(page: Page, links: string[]): Promise<void> {
	for (const href of links) {
		await page.goto(href);
		for (let visit = 0; visit < 10; visit++) {
			await answerVisible(page);
			await page.locator('button[value=continue]').click();
			await page.waitForURL((url) => url.pathname !== href || url.search.includes('revealed'));
			if (new URL(page.url()).pathname !== href) break;
		}
		expect(new URL(page.url()).pathname).not.toBe(href);
	}
}

/** A form post as a browser on this site sends it (same origin, HTML wanted), with its cookies. */
export async function postForm(page: Page, path: string, form: Record<string, string>) {
	const origin = new URL(page.url()).origin;
	return page.request.post(path, {
		form,
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
}
