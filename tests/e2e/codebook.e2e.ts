// The codebook: built-in codebook at study creation, editing, sub-codes, move, merge,
// JSON export and import (with specific errors for a broken file), and who may do what.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createStudyViaApi, postForm, registerViaApi, uniqueName } from './helpers';

/** The <details> of the code with exactly this key in the tree. */
function codeDetails(page: Page, key: string) {
	return page.locator('.tree details', { has: page.locator(':scope > summary code', { hasText: new RegExp(`^${key.replaceAll('.', '\\.')}$`) }) });
}

async function treeKeys(page: Page): Promise<string[]> {
	return page.locator('.tree code.key').allTextContents();
}

async function optionValue(page: Page, select: string, key: string): Promise<string> {
	const value = await page.locator(`${select} option`, { hasText: `${key} –` }).first().getAttribute('value');
	expect(value).toBeTruthy();
	return value!;
}

test('a lead starts from the built-in codebook, edits it, and moves it to another study as JSON', async ({ page }) => {
	test.setTimeout(90_000);
	await registerViaApi(page, uniqueName('cb-lead'));

	// The home page installs the built-in codebook by default.
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByLabel('Navn').fill('Kodebogsstudie');
	await expect(page.getByLabel('Start med kodebogen »Tærskler 2002/2024«')).toBeChecked();
	await page.getByRole('button', { name: 'Opret studie' }).click();
	await expect(page).toHaveURL(/\/studies\/[a-z0-9]+$/);
	const studyId = page.url().split('/').pop()!;

	await page.goto(`/studies/${studyId}/codebook`, { waitUntil: 'networkidle' });
	for (const name of ['Vurdering', 'Kollegial sparring', 'Vidensgrundlag', 'Valg af indsats'])
		await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();
	const bek = codeDetails(page, 'VUR.BEK');
	await bek.locator('summary').click();
	await expect(bek.getByText(/ordinale skala/)).toBeVisible();

	// Edit the definition and the colour.
	await bek.getByRole('link', { name: 'Redigér, flyt, flet eller slet' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /VUR\.BEK/ })).toBeVisible();
	const edit = page.locator('form[action*="/update"]');
	await edit.getByLabel('Definition').fill('Graden af bekymring på skalaen 0–4. Redigeret i testen.');
	await edit.getByLabel('Farve').fill('#123456');
	await edit.getByRole('button', { name: 'Gem' }).click();
	await expect(page.getByRole('status')).toHaveText('Koden er gemt.');
	await page.reload();
	await expect(codeDetails(page, 'VUR.BEK').getByText('Redigeret i testen.')).toBeVisible();
	await expect(edit.getByLabel('Farve')).toHaveValue('#123456');

	// A stale edit (version 1, saved since) is refused and changes nothing.
	const bekId = new URL(page.url()).searchParams.get('code')!;
	const stale = await postForm(page.request, `/studies/${studyId}/codebook?/update`, { codeId: bekId, version: '1', key: 'VUR.BEK', name: 'Forældet', color: '#000000' });
	expect(stale.status()).toBe(409);
	await expect(page.getByRole('heading', { level: 2, name: 'VUR.BEK Bekymringsgrad' })).toBeVisible();

	// Create a sub-code under VUR.BEK.
	await page.locator('form[action*="/create"]').getByLabel('Nøgle').fill('VUR.BEK.TEST');
	await page.locator('form[action*="/create"]').getByLabel('Navn').fill('Testkode');
	await page.getByRole('button', { name: 'Opret underkode' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /VUR\.BEK\.TEST/ })).toBeVisible();
	await expect(codeDetails(page, 'VUR.BEK.TEST')).toBeVisible();

	// Move it under VUR.HANDLE.
	await page.locator('#move-parent').selectOption(await optionValue(page, '#move-parent', 'VUR.HANDLE'));
	await page.getByLabel('Placering').fill('1');
	await page.getByRole('button', { name: 'Flyt koden' }).click();
	await expect(page.getByRole('status')).toHaveText('Koden er flyttet.');
	const handle = page.locator('.tree li', { has: page.locator(':scope > details > summary code', { hasText: /^VUR\.HANDLE$/ }) });
	await expect(handle.locator('ul code.key', { hasText: 'VUR.BEK.TEST' })).toBeVisible();

	// Merge it into VUR.SIKKERHED.
	await page.getByLabel('Flet ind i').selectOption(await optionValue(page, '#merge-target', 'VUR.SIKKERHED'));
	await page.getByRole('button', { name: 'Flet koden' }).click();
	await expect(page.getByRole('status')).toHaveText('Koden er flettet ind: 0 kodninger flyttet, 0 dubletter lagt sammen.');
	await expect(codeDetails(page, 'VUR.BEK.TEST')).toHaveCount(0);
	const keys = await treeKeys(page);
	expect(keys).toContain('VUR.BEK');
	expect(keys).not.toContain('VUR.BEK.TEST');

	// Export as a download.
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Hent som JSON' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('codebook-kodebogsstudie.json');
	const file = await download.path();
	const json = JSON.parse(readFileSync(file, 'utf8'));
	expect(json).toMatchObject({ format: 'vignet-codebook', version: 1, name: 'Kodebogsstudie' });
	expect(json.codes.map((c: { key: string }) => c.key)).toEqual(['VUR', 'SPA', 'VID', 'IND']);

	// Import into a second, empty study: the same codes.
	const second = await createStudyViaApi(page, 'Tomt studie');
	await page.goto(`/studies/${second}/codebook`, { waitUntil: 'networkidle' });
	await expect(page.getByRole('button', { name: 'Brug den indbyggede kodebog »Tærskler 2002/2024«' })).toBeVisible();
	await page.getByLabel('JSON-fil med en kodebog (højst 2 MB)').setInputFiles(file);
	await page.getByRole('button', { name: 'Importér' }).click();
	await expect(page.getByRole('status')).toHaveText(`Importeret: ${keys.length} koder.`);
	expect(await treeKeys(page)).toEqual(keys);
	await codeDetails(page, 'VUR.BEK').locator('summary').click();
	await expect(codeDetails(page, 'VUR.BEK').getByText('Redigeret i testen.')).toBeVisible();

	// A broken file gets specific messages and changes nothing.
	const input = page.getByLabel('JSON-fil med en kodebog (højst 2 MB)');
	await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "vignet-codebook", ') });
	await page.getByRole('button', { name: 'Importér' }).click();
	await expect(page.getByRole('alert')).toContainText('Filen er ikke gyldig JSON');
	const bad = { format: 'vignet-codebook', version: 1, name: 'Dårlig', codes: [{ key: 'NY', name: 'Ny', color: 'rød', children: [{ key: 'VUR', name: 'Dublet', color: '#000000' }] }] };
	await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
	await page.getByRole('button', { name: 'Importér' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('codes[0].color');
	await expect(alert).toContainText('Farven »rød« er ugyldig');
	await page.reload();
	expect(await treeKeys(page)).toEqual(keys);
	// Valid format, but the key VUR is taken in this study.
	await input.setInputFiles({ name: 'dup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...bad, codes: [{ key: 'VUR', name: 'x', color: '#000000' }] })) });
	await page.getByRole('button', { name: 'Importér' }).click();
	await expect(page.getByRole('alert')).toHaveText('Nøglen »VUR« er allerede i brug i studiets kodebog.');
});

test('a code with sub-codes cannot be deleted silently; a coder reads and writes memos but cannot edit; a student gets 403', async ({ browser, page }) => {
	test.setTimeout(90_000);
	await registerViaApi(page, uniqueName('cb-lead'));
	const created = await postForm(page.request, '/?/createStudy', { name: 'Rettigheder', description: '', codebook: 'on' });
	expect(created.status()).toBe(303);
	const studyId = created.headers()['location'].split('/').pop()!;
	const base = `/studies/${studyId}/codebook`;

	// A dimension with sub-codes is refused with a clear message.
	await page.goto(base, { waitUntil: 'networkidle' });
	const spa = page.locator('.dimension', { has: page.getByRole('heading', { name: /Kollegial sparring/ }) });
	await spa.locator('.dim-info > summary').click();
	await spa.locator('.dim-info').getByRole('link', { name: 'Redigér, flyt, flet eller slet' }).click();
	await page.getByRole('button', { name: 'Slet koden' }).click();
	await expect(page.getByRole('alert')).toHaveText('SPA kan ikke slettes, fordi den har 9 underkoder. Flyt, flet eller slet dem først.');

	const people: Record<'coder' | 'student', Page> = {} as never;
	for (const role of ['coder', 'student'] as const) {
		const other = await (await browser.newContext()).newPage();
		const name = uniqueName(`cb-${role}`);
		await registerViaApi(other, name);
		expect((await postForm(page.request, `/studies/${studyId}/members?/add`, { username: name, role })).status()).toBe(200);
		people[role] = other;
	}

	const coder = people.coder;
	await coder.goto(base, { waitUntil: 'networkidle' });
	await expect(coder.getByRole('heading', { level: 2, name: /Vurdering/ })).toBeVisible();
	const bek = codeDetails(coder, 'VUR.BEK');
	await bek.locator('summary').click();
	await bek.getByRole('link', { name: 'Skriv et memo' }).click();
	await expect(coder.locator('form[action*="/update"]')).toHaveCount(0);
	await coder.getByLabel('Memo').fill('Skalaen bør afprøves på to udskrifter.');
	await coder.getByRole('button', { name: 'Gem memo' }).click();
	await expect(coder.getByRole('status')).toHaveText('Memoet er gemt.');
	await expect(coder.getByText('Skalaen bør afprøves på to udskrifter.').first()).toBeVisible();
	const codeId = new URL(coder.url()).searchParams.get('code')!;
	const edit = await postForm(coder.request, `${base}?/update`, { codeId, version: '1', key: 'VUR.BEK', name: 'Hacket', color: '#000000' });
	expect(edit.status()).toBe(403);
	expect((await postForm(coder.request, `${base}?/delete`, { codeId, version: '1' })).status()).toBe(403);
	expect((await coder.request.get(`${base}/export`)).status()).toBe(200);

	const student = people.student;
	expect((await student.request.get(base, { maxRedirects: 0 })).status()).toBe(404);
	expect((await student.request.get(`${base}/export`, { maxRedirects: 0 })).status()).toBe(404);
	expect((await postForm(student.request, `${base}?/memo`, { codeId, memo: 'x' })).status()).toBe(404);

	// The lead still sees the original name; editing and reordering work without JavaScript too.
	const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
	const plain = await noJs.newPage();
	await plain.goto(`${base}?code=${codeId}`);
	await expect(plain.getByRole('heading', { level: 2, name: 'VUR.BEK Bekymringsgrad' })).toBeVisible();
	await plain.locator('form[action*="/update"]').getByLabel('Eksklusionskriterier').fill('Uden JavaScript.');
	await plain.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(plain.getByRole('status')).toHaveText('Koden er gemt.');
	await expect(plain.locator('form[action*="/update"]').getByLabel('Eksklusionskriterier')).toHaveValue('Uden JavaScript.');
	await plain.getByRole('button', { name: 'Flyt ned' }).click();
	await expect(plain.getByRole('status')).toHaveText('Koden er flyttet.');
	expect((await treeKeys(plain)).slice(0, 3)).toEqual(['VUR', 'VUR.HANDLE', 'VUR.BEK']);
	await noJs.close();
});
