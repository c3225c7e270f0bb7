// Shared steps for end-to-end tests. Accounts are made through the real HTTP forms.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-42';
export const ORIGIN = process.env.E2E_BASE_URL ?? `http://localhost:${process.env.E2E_PORT ?? 4173}`;

let counter = 0;
/** A username unique to this run and worker. */
export function uniqueName(prefix: string): string {
	counter += 1;
	return `${prefix}-${process.pid % 10000}-${Date.now().toString(36)}-${counter}`.slice(0, 32);
}

/** Posts a SvelteKit form action the way a browser without JavaScript would. */
export async function postForm(request: APIRequestContext, path: string, form: Record<string, string>) {
	return request.post(path, { form, headers: { origin: ORIGIN, accept: 'text/html' }, maxRedirects: 0 });
}

/** Registers through the form and leaves the page's context logged in. */
export async function registerViaApi(page: Page, username: string, invite?: string) {
	const response = await postForm(page.request, '/register', {
		username,
		password: PASSWORD,
		confirm: PASSWORD,
		...(invite ? { invite } : {})
	});
	expect(response.status(), await response.text()).toBe(303);
}

/** Waits until Svelte has hydrated the page, so typing into it is not wiped. */
export async function waitReady(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Navigates and waits until the page is hydrated. */
export async function gotoReady(page: Page, path: string) {
	const response = await page.goto(path);
	await waitReady(page);
	return response;
}

export async function loginViaUi(page: Page, username: string, password = PASSWORD) {
	await gotoReady(page, '/login');
	await page.getByLabel('Brugernavn').fill(username);
	await page.getByLabel('Adgangskode').fill(password);
	await page.getByRole('button', { name: 'Log ind' }).click();
}

/** Creates a study through the home page and returns its id. */
export async function createStudyViaUi(page: Page, name: string, description = ''): Promise<string> {
	await gotoReady(page, '/');
	await page.getByLabel('Navn').fill(name);
	if (description) await page.getByLabel('Beskrivelse').fill(description);
	await page.getByRole('button', { name: 'Opret studie' }).click();
	await expect(page).toHaveURL(/\/studies\/[a-z0-9]+$/);
	return page.url().split('/').pop()!;
}

export async function createStudyViaApi(page: Page, name: string): Promise<string> {
	const response = await postForm(page.request, '/?/createStudy', { name, description: '' });
	expect(response.status()).toBe(303);
	return response.headers()['location'].split('/').pop()!;
}

/** Logs in through the form and waits until the app has let the user in. */
export async function loginAs(page: Page, username: string, password = PASSWORD) {
	await loginViaUi(page, username, password);
	await expect(page).not.toHaveURL(/\/login/);
}

/** The admin (see global-setup.ts) creates the demo study; returns its path, e.g. /studies/abc… */
export async function createDemoStudy(page: Page, admin: { username: string; password: string }): Promise<string> {
	await loginAs(page, admin.username, admin.password);
	const created = await postForm(page.request, '/admin?/demo', {});
	expect(created.status()).toBe(303);
	const location = created.headers()['location'];
	expect(location).toMatch(/^\/studies\/[a-z2-7]{16}$/);
	return location;
}
