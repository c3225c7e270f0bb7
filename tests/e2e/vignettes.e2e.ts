// The vignette library: import of the bundled files and uploads (with refusals), the side-by-side
// word diff, edits with revisions and the stale-edit check, export, and what students may do.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStudyViaApi, postForm, registerViaApi, uniqueName } from './helpers';

const kiraText = readFileSync(join(process.cwd(), 'vignettes/kira.md'), 'utf8');

async function leadWithStudy(page: Page, name: string): Promise<string> {
	await registerViaApi(page, uniqueName('lead'));
	return createStudyViaApi(page, name);
}

function library(page: Page) {
	return page.locator('section.library tbody tr');
}

test('a lead imports the bundled vignettes, reads the word diff, edits, sees the history, and a stale form is refused', async ({ page }) => {
	const studyId = await leadWithStudy(page, 'Vignetter');
	await page.goto(`/studies/${studyId}/vignettes`);
	await expect(page.getByText('Der er ingen vignetter i studiet endnu.')).toBeVisible();

	await page.getByRole('button', { name: 'Importér Vignets seks vignetter' }).click();
	await expect(page.getByRole('status').filter({ hasText: '6 oprettet, 0 opdateret, 0 uændret, 0 afvist.' })).toBeVisible();
	await expect(library(page)).toHaveCount(6);
	const kiraRow = library(page).filter({ hasText: 'Kira, 4 år' });
	await expect(kiraRow).toContainText('4 år');
	await expect(kiraRow).toContainText('alkohol');

	// Importing again changes nothing.
	await page.getByRole('button', { name: 'Importér Vignets seks vignetter' }).click();
	await expect(page.getByRole('status').filter({ hasText: '0 oprettet, 0 opdateret, 6 uændret, 0 afvist.' })).toBeVisible();

	await kiraRow.getByRole('link', { name: 'Kira, 4 år' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kira, 4 år' })).toBeVisible();
	await expect(page.getByText('Fiktiv vignet skrevet til Vignet')).toBeVisible();
	const col2002 = page.getByRole('region', { name: '2002-versionen' });
	const col2024 = page.getByRole('region', { name: '2024-versionen' });
	await expect(col2002.locator('del', { hasText: 'Sagsbehandleren' })).toBeVisible();
	await expect(col2024.locator('ins', { hasText: 'Rådgiveren' })).toBeVisible();
	await expect(col2024.locator('ins', { hasText: 'rådgiver' }).first()).toBeVisible();
	await expect(col2002.locator('ins')).toHaveCount(0);
	await expect(col2024.locator('del')).toHaveCount(0);
	await expect(page.getByText(/\d+ ord ændret: \d+ fjernet fra 2002-versionen og \d+ tilføjet i 2024-versionen/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Kollegial sparring' })).toBeVisible();
	await expect(page.getByText('Ville I tage sagen med på et gruppemøde')).toBeVisible();

	// The marking can be hidden; the text stays.
	await page.getByLabel('Markér ændringer').uncheck();
	await expect(page.locator('del')).toHaveCount(0);
	await expect(col2002).toContainText('Sagsbehandleren vurderede');
	await page.getByLabel('Markér ændringer').check();
	await expect(col2002.locator('del').first()).toBeVisible();

	const vignetteUrl = page.url();
	await page.getByRole('link', { name: 'Redigér vignetten' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Redigér: Kira, 4 år' })).toBeVisible();
	const editUrl = page.url();

	// A second tab opens the same form before the first one saves.
	const second = await page.context().newPage();
	await second.goto(editUrl);

	const text2024 = page.getByLabel('2024-versionen');
	const added = 'Børnehaven har tilbudt et møde med moren i næste uge.';
	await text2024.fill(`${await text2024.inputValue()}\n\n${added}`);
	await page.getByLabel('Note til historikken').fill('Tilføjet børnehavens mødetilbud');
	await page.getByRole('button', { name: 'Gem som ny revision' }).click();
	await expect(page).toHaveURL(/\/vignettes\/[a-z0-9]+\?saved=2$/);
	await expect(page.getByRole('status').filter({ hasText: 'Gemt som revision 2.' })).toBeVisible();
	await expect(col2024.locator('ins', { hasText: 'tilbudt et møde med moren' })).toBeVisible();
	const history = page.getByRole('region', { name: 'Revisioner' });
	await expect(history.getByRole('row')).toHaveCount(3);
	await expect(history.getByRole('row').nth(1)).toContainText('Tilføjet børnehavens mødetilbud');
	await expect(history.getByRole('row').nth(1)).toContainText('nuværende');

	// The old revision is read-only and clearly marked.
	await history.getByRole('link', { name: 'Vis revision 1' }).click();
	await expect(page).toHaveURL(/\?revision=1$/);
	await expect(page.getByRole('note').filter({ hasText: 'Du ser en ældre version: revision 1' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Redigér vignetten' })).toHaveCount(0);
	await expect(col2024).not.toContainText(added);
	await page.getByRole('link', { name: 'Gå til den nuværende version' }).click();
	await expect(col2024.locator('ins', { hasText: 'møde med moren i næste uge' })).toBeVisible();

	// The stale tab's save is refused and keeps nothing.
	await second.getByLabel('Titel').fill('Kira (fra fane to)');
	await second.getByRole('button', { name: 'Gem som ny revision' }).click();
	await expect(second.getByRole('alert')).toContainText('En anden har gemt en ændring, siden du åbnede siden');
	await expect(second.getByLabel('Titel')).toHaveValue('Kira (fra fane to)');
	// Saving the same form again is still stale: it is based on revision 1.
	await second.getByRole('button', { name: 'Gem som ny revision' }).click();
	await expect(second.getByRole('alert')).toContainText('En anden har gemt en ændring');
	await page.goto(vignetteUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Kira, 4 år' })).toBeVisible();
	await expect(history.getByRole('row')).toHaveCount(3);
});

test('uploads: a good file is imported, broken, wrongly encoded, binary and non-.md files are refused with reasons', async ({ page }) => {
	const studyId = await leadWithStudy(page, 'Upload');
	await page.goto(`/studies/${studyId}/vignettes`);

	const good = kiraText.replace('key: kira', 'key: kira-kopi').replace('title: Kira, 4 år', 'title: Kira-kopi');
	const broken = kiraText.replace('key: kira', 'key: uden-2024').replace(/## 2024[\s\S]*?(?=## Diskussionsspørgsmål)/, '');
	const windows1252 = Buffer.from(kiraText.replace('key: kira', 'key: latin').replace(/[–’]/g, '-'), 'latin1');
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
	await page.getByLabel('Vignetfiler (.md)').setInputFiles([
		{ name: 'kira-kopi.md', mimeType: 'text/markdown', buffer: Buffer.from(good) },
		{ name: 'uden-2024.md', mimeType: 'text/markdown', buffer: Buffer.from(broken) },
		{ name: 'windows.md', mimeType: 'text/markdown', buffer: windows1252 },
		{ name: 'billede.md', mimeType: 'text/markdown', buffer: png },
		{ name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from(good) },
		{ name: 'tom.md', mimeType: 'text/markdown', buffer: Buffer.from('') }
	]);
	await page.getByRole('button', { name: 'Upload og importér' }).click();
	await expect(page.getByRole('status').filter({ hasText: '1 oprettet, 0 opdateret, 0 uændret, 5 afvist.' })).toBeVisible();

	const results = page.getByRole('region', { name: 'Resultat af importen' });
	const row = (file: string) => results.getByRole('row').filter({ hasText: file });
	await expect(row('kira-kopi.md')).toContainText('Oprettet');
	await expect(row('uden-2024.md')).toContainText('Afvist');
	await expect(row('uden-2024.md')).toContainText('Afsnittet »## 2024« mangler.');
	await expect(row('uden-2024.md')).toContainText('Intet fra filen er gemt.');
	await expect(row('windows.md')).toContainText('Filen er ikke gemt som UTF-8');
	await expect(row('windows.md')).toContainText('Windows-1252');
	await expect(row('billede.md')).toContainText('Filen er en PNG-fil, ikke en tekstfil.');
	await expect(row('noter.txt')).toContainText('Filen er ikke en .md-fil.');
	await expect(row('tom.md')).toContainText('Filen er tom.');

	await expect(library(page)).toHaveCount(1);
	await expect(library(page)).toContainText('Kira-kopi');

	// A format error deeper in the file names its line.
	const stray = kiraText.replace('## Diskussionsspørgsmål', '## Noter\n\nLøse noter.\n\n## Diskussionsspørgsmål');
	const line = stray.split('\n').indexOf('## Noter') + 1;
	await page.getByLabel('Vignetfiler (.md)').setInputFiles([
		{ name: 'noter.md', mimeType: 'text/markdown', buffer: Buffer.from(stray) },
		{ name: 'kira-kopi.md', mimeType: 'text/markdown', buffer: Buffer.from(good) }
	]);
	await page.getByRole('button', { name: 'Upload og importér' }).click();
	await expect(row('noter.md')).toContainText(`Ukendt overskrift »## Noter« i linje ${line}.`);
	await expect(row('kira-kopi.md')).toContainText('Uændret');
	await expect(library(page)).toHaveCount(1);
});

test('a student reads the library and a vignette, may not import or edit, and can download the file', async ({ browser }) => {
	const leadPage = await (await browser.newContext()).newPage();
	const studyId = await leadWithStudy(leadPage, 'Undervisning');
	const imported = await postForm(leadPage.request, `/studies/${studyId}/vignettes?/bundled`, {});
	expect(imported.status()).toBe(200);

	const context = await browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	const student = uniqueName('student');
	await registerViaApi(page, student);
	const added = await postForm(leadPage.request, `/studies/${studyId}/members?/add`, { username: student, role: 'student' });
	expect(added.status()).toBe(200);

	await page.goto(`/studies/${studyId}/vignettes`);
	await expect(library(page)).toHaveCount(6);
	await expect(page.getByRole('button', { name: 'Importér Vignets seks vignetter' })).toHaveCount(0);
	await expect(page.getByLabel('Vignetfiler (.md)')).toHaveCount(0);

	await page.getByRole('link', { name: 'Kira, 4 år' }).click();
	await expect(page.getByRole('region', { name: '2002-versionen' }).locator('del').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Redigér vignetten' })).toHaveCount(0);
	const vignettePath = new URL(page.url()).pathname;

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Hent som .md' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('kira.md');
	const file = readFileSync((await download.path())!, 'utf8');
	expect(file).toContain('key: kira\n');
	expect(file).toContain('## 2002');
	expect(file).toContain('## 2024');
	expect(file).toContain('### Valg af indsats');
	const exported = await page.request.get(`${vignettePath}/export`);
	expect(exported.headers()['content-disposition']).toBe('attachment; filename="kira.md"');
	expect(exported.headers()['content-type']).toContain('text/markdown');

	// Editing and importing don't exist for a student.
	expect((await page.request.get(`${vignettePath}/edit`, { maxRedirects: 0 })).status()).toBe(404);
	expect((await postForm(page.request, `${vignettePath}/edit?/save`, { revision: '1', title: 'x' })).status()).toBe(404);
	expect((await postForm(page.request, `/studies/${studyId}/vignettes?/bundled`, {})).status()).toBe(404);
	const upload = await page.request.post(`/studies/${studyId}/vignettes?/upload`, {
		multipart: { files: { name: 'kira.md', mimeType: 'text/markdown', buffer: Buffer.from(kiraText) } },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(upload.status()).toBe(404);
	expect((await page.request.get(`${vignettePath}?revision=99`)).status()).toBe(404);
	expect((await page.request.get(`${vignettePath}?revision=abc`)).status()).toBe(404);
});
