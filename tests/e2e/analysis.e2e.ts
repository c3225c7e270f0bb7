// Issue 7: text analysis in the demo study — a stem search across waves, sorting, coding a hit
// from the concordance, frequencies with a chart, keyness 2024 against 2002, and keyword quality.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './global-setup';
import { createDemoStudy, gotoReady, postForm, registerViaApi, uniqueName } from './helpers';

async function search(page: Page, query: string) {
	await page.getByLabel('Søg efter', { exact: true }).fill(query);
	await page.getByRole('button', { name: 'Søg', exact: true }).click();
}

const hitCells = (page: Page) => page.locator('table.kwic tbody td.hit strong');

test('a coder searches a stem across waves, sorts, codes a hit, and reads frequencies, keyness and keyword quality', async ({ browser }) => {
	test.setTimeout(180_000);
	const lead = await (await browser.newContext()).newPage();
	const base = await createDemoStudy(lead, ADMIN);
	const coder = await (await browser.newContext()).newPage();
	const name = uniqueName('analyse');
	await registerViaApi(coder, name);
	expect((await postForm(lead.request, `${base}/members?/add`, { username: name, role: 'coder' })).status()).toBe(200);

	// The section is in the study navigation.
	await gotoReady(coder, base);
	await coder.getByRole('navigation', { name: 'Studiets afsnit' }).getByRole('link', { name: 'Tekstanalyse' }).click();
	await expect(coder.getByRole('heading', { name: 'Søgning i kontekst', level: 1 })).toBeVisible();

	// A stem search finds every inflection, in both waves.
	await search(coder, '~undersøgelse');
	await expect(coder.getByRole('status').filter({ hasText: 'forekomster' })).toBeVisible();
	const hits = (await hitCells(coder).allTextContents()).map((h) => h.toLowerCase());
	expect(hits).toContain('undersøgelse');
	expect(hits).toContain('undersøgelsen');
	expect(hits).toContain('undersøgelser');
	const sources = await coder.locator('table.kwic tbody td.source').allTextContents();
	expect(sources.some((s) => s.includes('2002'))).toBe(true);
	expect(sources.some((s) => s.includes('2024'))).toBe(true);
	// Contexts: the left context ends right before the hit, in the speaker's own words.
	const firstLeft = await coder.locator('table.kwic tbody td.left').first().textContent();
	expect(firstLeft?.length).toBeGreaterThan(0);

	// Sorting by the first word to the right reorders the rows alphabetically by that word.
	const before = await coder.locator('table.kwic tbody td.right').allTextContents();
	await coder.getByLabel('Sortér efter').selectOption('right1');
	await coder.getByRole('button', { name: 'Søg', exact: true }).click();
	await expect(coder).toHaveURL(/sort=right1/);
	const after = await coder.locator('table.kwic tbody td.right').allTextContents();
	expect(after).not.toEqual(before);
	const firstWords = after.map((r) => (r.match(/\p{L}+/u)?.[0] ?? '').toLowerCase()).filter(Boolean).slice(0, 20);
	expect(firstWords).toEqual([...firstWords].sort((a, b) => a.localeCompare(b, 'da')));

	// A query with a stray quote gets a specific message.
	await search(coder, '"på gruppen');
	await expect(coder.getByRole('alert')).toContainText('anførselstegn');

	// Code a hit from the concordance, as the hit's sentence.
	await search(coder, 'børnefaglig undersøgelse');
	await expect(hitCells(coder).first()).toBeVisible();
	await coder.getByLabel('Vælg fund 1', { exact: true }).check();
	const codeSelect = coder.getByLabel('Kode', { exact: true });
	const value = await codeSelect.locator('option', { hasText: 'VUR.HANDLE' }).first().getAttribute('value');
	await codeSelect.selectOption(value!);
	await coder.getByRole('button', { name: 'Kod som sætning' }).click();
	await expect(coder.getByRole('status').filter({ hasText: 'kodet' }).first()).toContainText('1 kodet; 0 var allerede kodet');
	await expect(coder.locator('table.kwic tbody tr').first().locator('.badge')).toHaveText('kodet');
	// The same again: already coded.
	await coder.getByLabel('Vælg fund 1', { exact: true }).check();
	await codeSelect.selectOption(value!);
	await coder.getByRole('button', { name: 'Kod som sætning' }).click();
	await expect(coder.getByText('0 kodet; 1 var allerede kodet')).toBeVisible();

	// The coded-segments page counts it (the coder is blind: only their own codings).
	await gotoReady(coder, `${base}/coding/segments`);
	await expect(coder.getByText('1 kodede passager.')).toBeVisible();
	await expect(coder.locator('.segments mark')).toContainText(/børnefaglig[e]? undersøgelse/i);

	// Each hit opens the transcript at the hit.
	await gotoReady(coder, `${base}/analysis?q=${encodeURIComponent('~undersøgelse')}`);
	const open = coder.getByRole('link', { name: /^Åbn fund 1 i kodningen/ });
	expect(await open.getAttribute('href')).toMatch(/\/coding\/[a-z0-9]+\?at=\d+-\d+$/);

	// CSV of the concordance.
	const csv = await coder.request.get(`${base}/analysis/kwic.csv?q=${encodeURIComponent('~undersøgelse')}`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(await csv.text()).toContain('undersøgelsen');

	// Frequencies by wave: a table per wave and a bar chart.
	await gotoReady(coder, `${base}/analysis/frequencies`);
	await expect(coder.getByRole('heading', { name: '2002', level: 2 })).toBeVisible();
	await expect(coder.getByRole('heading', { name: '2024', level: 2 })).toBeVisible();
	await expect(coder.getByRole('img', { name: /Hyppigste ord: 2002/ })).toBeVisible();
	await expect(coder.locator('section.group').first().locator('tbody tr')).toHaveCount(25);

	// Keyness: the default compares the latest wave with the earliest, both ways.
	await gotoReady(coder, `${base}/analysis/keyness`);
	const overA = coder.getByRole('region', { name: 'Mere brugt i 2024 end i 2002' });
	const overB = coder.getByRole('region', { name: 'Mere brugt i 2002 end i 2024' });
	await expect(overA.locator('tbody tr').first()).toBeVisible();
	await expect(overB.locator('tbody tr').first()).toBeVisible();
	await expect(overA).toContainText('børnefaglig');

	// Keyword quality: the demo has no consensus coding yet.
	await gotoReady(coder, `${base}/analysis/keywords`);
	await expect(coder.getByText('Der er ingen konsensuskodning endnu.', { exact: false })).toBeVisible();
});
