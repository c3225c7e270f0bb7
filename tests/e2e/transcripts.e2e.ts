// Issue 3 (transcripts): import .txt, .vtt and .docx with preview, speaker mapping and vignette
// sections; read and filter the transcript; Windows-1252 stays intact; bad files are refused with a
// specific message and nothing is stored.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { ORIGIN, createStudyViaApi, gotoReady, postForm, registerViaApi, uniqueName } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/e2e/${name}`, import.meta.url));

/** Posts a form action the way `use:enhance` does and returns its (flat) result data. */
async function action(page: Page, path: string, form: Record<string, string>): Promise<Record<string, unknown>> {
	const response = await page.request.post(path, {
		form,
		headers: { origin: ORIGIN, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	const body = (await response.json()) as { type: string; data?: string };
	expect(body.type, `${path}: ${JSON.stringify(body)}`).toBe('success');
	// devalue: [ {key: index, …}, value, … ]
	const table = JSON.parse(body.data ?? '[{}]') as unknown[];
	const root = table[0] as Record<string, number>;
	return Object.fromEntries(Object.entries(root).map(([k, i]) => [k, table[i]]));
}

async function optionValue(page: Page, select: string, text: string): Promise<string> {
	const value = await page.locator(`select[name="${select}"] option`, { hasText: text }).first().getAttribute('value');
	expect(value, `${select} option ${text}`).toBeTruthy();
	return value!;
}

/** A study with a 2024 wave, municipality K3, a focus group with participant Sara, the six vignettes. */
async function setupStudy(page: Page) {
	await registerViaApi(page, uniqueName('lead'));
	const studyId = await createStudyViaApi(page, 'Udskrifttest');
	const base = `/studies/${studyId}/transcripts`;
	await action(page, `${base}/waves?/create`, { label: 'Runde 2024', year: '2024', description: '', sourceKind: 'transcripts' });
	await action(page, `${base}/municipalities?/create`, { code: 'K3', realName: '', sizeClass: '', region: '', placementRateBand: '' });
	await action(page, `/studies/${studyId}/vignettes?/bundled`, {});
	await page.goto(`${base}/groups`);
	const waveId = await optionValue(page, 'waveId', 'Runde 2024');
	const municipalityId = await optionValue(page, 'municipalityId', 'K3');
	const created = await action(page, `${base}/groups?/create`, { waveId, municipalityId, date: '2024-03-12', notes: '' });
	const groupId = String(created.created);
	await action(page, `${base}/groups/${groupId}?/addParticipant`, { pseudonym: 'Sara', participantRole: 'raadgiver', yearsExperience: '12', version: '1' });
	return { studyId, base, groupId };
}

async function chooseFile(page: Page, groupId: string, base: string, file: { name: string; mimeType: string; buffer: Buffer }) {
	await gotoReady(page, `${base}/import?group=${groupId}`);
	await page.getByLabel('Fil', { exact: true }).setInputFiles(file);
	await page.getByRole('button', { name: 'Læs fil og vis udkast' }).click();
}

test('import a .txt with vignette sections and speaker mapping, read and filter it', async ({ page }) => {
	const { base, groupId } = await setupStudy(page);
	await action(page, `${base}/pseudonyms?/add`, { realName: 'Birgitte Madsen', pseudonym: 'Bente' });

	await chooseFile(page, groupId, base, { name: 'fokusgruppe-k3.txt', mimeType: 'text/plain', buffer: fixture('fokusgruppe-k3.txt') });
	await expect(page.getByRole('heading', { name: 'Gennemse import: fokusgruppe-k3.txt' })).toBeVisible();
	const draftUrl = page.url();
	expect(draftUrl).toMatch(/\/transcripts\/import\/[a-z2-7]{32}$/);
	await expect(page.getByText('1 navne erstattet med pseudonymer')).toBeVisible();
	// Speakers with turn counts; Sara is pre-mapped to the existing participant.
	const saraRow = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Sara', exact: true }) });
	await expect(saraRow.getByRole('cell').first()).toHaveText('2');
	await expect(page.getByLabel('Kobling for Sara')).toHaveValue(/^p:/);
	await expect(page.getByLabel('Kobling for Interviewer')).toHaveValue('new');
	await expect(page.getByLabel('Rolle for Interviewer')).toHaveValue('interviewer');
	// Karen becomes a new team lead called Karin; Lars is kept without a participant.
	await page.getByLabel('Pseudonym for Karen').fill('Karin');
	await page.getByLabel('Rolle for Karen').selectOption('faglig_leder');
	await page.getByLabel('Kobling for Lars').selectOption('none');
	await expect(page.getByLabel('Pseudonym for Lars')).toBeDisabled();
	// Sections are pre-selected by vignette key.
	await expect(page.getByLabel('Vignet for afsnittet kira')).toHaveValue(/.+/);
	await expect(page.getByLabel('Vignet for afsnittet kira').locator('option:checked')).toHaveText('Kira, 4 år');
	await expect(page.getByLabel('Vignet for afsnittet ung-mor').locator('option:checked')).toHaveText(/Sofie, 19 år/);
	await page.getByRole('button', { name: 'Gem', exact: true }).click();

	await expect(page.getByText('Udskriften er gemt.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Fokusgruppe K3, Runde 2024' })).toBeVisible();
	await expect(page.getByText('Version 1 af 1')).toBeVisible();
	const turns = page.locator('ol.turns > li');
	await expect(turns).toHaveCount(7);
	// Markup in the text is shown as text; the pseudonym replaced the real name.
	await expect(turns.nth(1)).toContainText('<script>alert("xss")</script>');
	await expect(turns.nth(2)).toContainText('jeg talte med Bente om det');
	await expect(page.getByText('Birgitte')).toHaveCount(0);
	await expect(turns.nth(2)).toContainText('Karin');
	await expect(turns.nth(2)).toContainText('Faglig leder');
	await expect(turns.nth(0)).toContainText('Interviewer');
	await expect(page.getByRole('heading', { level: 3, name: 'Kira, 4 år' })).toBeVisible();

	// Filter by speaker, then by vignette (plain GET forms).
	await page.getByLabel('Taler').selectOption('Sara');
	await page.getByRole('button', { name: 'Filtrér' }).click();
	await expect(page).toHaveURL(/speaker=Sara/);
	await expect(turns).toHaveCount(2);
	await expect(page.getByText('Viser 2 af 7 ture')).toBeVisible();
	await page.getByRole('link', { name: 'Ryd filtre' }).click();
	await expect(page).not.toHaveURL(/speaker=/);
	await expect(turns).toHaveCount(7);
	await page.getByLabel('Vignet', { exact: true }).first().selectOption({ label: 'Kira, 4 år' });
	await page.getByRole('button', { name: 'Filtrér' }).click();
	await expect(turns).toHaveCount(4);

	// Submitting the same draft again does not create a second transcript.
	const again = await postForm(page.request, `${new URL(draftUrl).pathname}?/save`, { title: 'Dublet' });
	expect(again.status()).toBe(303);
	await page.goto(base);
	await expect(page.getByRole('link', { name: 'Fokusgruppe K3, Runde 2024' })).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Dublet' })).toHaveCount(0);
	// The participants were created in the group.
	await page.goto(`${base}/groups/${groupId}`);
	await expect(page.getByText('Karin').first()).toBeVisible();
});

test('import a .vtt with <v> voices and a .docx with vignette headings', async ({ page }) => {
	const { base, groupId } = await setupStudy(page);

	await chooseFile(page, groupId, base, { name: 'fokusgruppe-k5.vtt', mimeType: 'text/vtt', buffer: fixture('fokusgruppe-k5.vtt') });
	await expect(page.getByRole('heading', { name: 'Gennemse import: fokusgruppe-k5.vtt' })).toBeVisible();
	await expect(page.getByText('WebVTT (.vtt)')).toBeVisible();
	await expect(page.getByLabel('Kobling for Mona')).toHaveValue('new');
	await page.getByLabel('Titel').fill('K5 lydudskrift');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'K5 lydudskrift' })).toBeVisible();
	const turns = page.locator('ol.turns > li');
	await expect(turns).toHaveCount(4);
	await expect(turns.nth(1)).toContainText('Mona');
	await expect(turns.nth(1)).toContainText('halv-halv');
	await expect(turns.nth(2)).toContainText('Erik');
	await expect(page.getByRole('heading', { level: 3, name: 'Kira, 4 år' })).toBeVisible();

	const docx = await Packer.toBuffer(
		new Document({
			sections: [
				{
					children: [
						new Paragraph({ text: 'Vignet: Kira', heading: HeadingLevel.HEADING_2 }),
						new Paragraph({ text: 'Interviewer: Hvad gør I først?' }),
						new Paragraph({ text: 'Sara: Vi sikrer barnet og taler med mormor.' }),
						new Paragraph({ text: 'Vignet: Mikkel', heading: HeadingLevel.HEADING_2 }),
						new Paragraph({ text: 'Interviewer: Sagen er lukket to gange. Hvad så?' }),
						new Paragraph({ text: 'Sara: Så ville specialteamet være inde over i dag.' })
					]
				}
			]
		})
	);
	await chooseFile(page, groupId, base, {
		name: 'fokusgruppe.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: docx
	});
	await expect(page.getByRole('heading', { name: 'Gennemse import: fokusgruppe.docx' })).toBeVisible();
	await expect(page.getByText('Word (.docx)')).toBeVisible();
	await expect(page.getByLabel('Vignet for afsnittet Mikkel').locator('option:checked')).toHaveText(/Mikkel, 9 år/);
	await page.getByLabel('Titel').fill('K3 Word-udskrift');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'K3 Word-udskrift' })).toBeVisible();
	await expect(page.locator('ol.turns > li')).toHaveCount(4);
	await expect(page.getByRole('heading', { level: 3, name: /Mikkel, 9 år/ })).toBeVisible();
	await expect(page.locator('ol.turns > li').nth(3)).toContainText('specialteamet');

	await page.goto(base);
	await expect(page.getByRole('link', { name: 'K5 lydudskrift' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'K3 Word-udskrift' })).toBeVisible();
});

test('a Windows-1252 file keeps æøå; sections and a new version can be set afterwards', async ({ page }) => {
	const { base, groupId } = await setupStudy(page);
	await chooseFile(page, groupId, base, { name: 'windows-1252.txt', mimeType: 'text/plain', buffer: fixture('windows-1252.txt') });
	await expect(page.getByText('WINDOWS-1252', { exact: true })).toBeVisible();
	await expect(page.getByText('læst som Windows-1252 og konverteret til UTF-8')).toBeVisible();
	await expect(page.getByText('mormor på Ærø')).toBeVisible();
	await expect(page.getByText('Filen har ingen vignetoverskrifter')).toBeVisible();
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	const turns = page.locator('ol.turns > li');
	await expect(turns).toHaveCount(3);
	await expect(turns.nth(1)).toContainText('Søren');
	await expect(turns.nth(1)).toContainText('børnefaglig undersøgelse i gang – og taler med mormor på Ærø.');
	await expect(turns.nth(2)).toContainText('Åse');

	// "New section from turn 2" with a vignette.
	await page.getByLabel('Fra tur nr.').fill('2');
	await page.locator('#new-section-vignette').selectOption({ label: 'Kira, 4 år' });
	await page.getByRole('button', { name: 'Opret afsnit' }).click();
	await expect(page.getByText('Afsnittene er gemt.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Kira, 4 år' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Før første vignetafsnit' })).toBeVisible();

	// A corrected file becomes version 2; version 1 stays readable.
	const corrected = Buffer.from(fixture('windows-1252.txt').toString('latin1').replace('Jeg er enig', 'Jeg er helt enig'), 'latin1');
	await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'rettet.txt', mimeType: 'text/plain', buffer: corrected });
	await page.getByRole('button', { name: 'Læs rettet fil' }).click();
	await expect(page.getByText('Ny version 2 af')).toBeVisible();
	await expect(page.getByLabel('Kobling for Søren')).toHaveValue(/^p:/);
	await page.getByRole('button', { name: 'Gem som ny version' }).click();
	await expect(page.getByText('Version 2 af 2')).toBeVisible();
	await expect(page.getByText('Jeg er helt enig')).toBeVisible();
	await page.getByRole('link', { name: 'Version 1' }).click();
	await expect(page.getByText('Du læser en ældre version.')).toBeVisible();
	await expect(page.getByText('Jeg er enig; først sikrer vi barnet.')).toBeVisible();
});

test('bad files are refused with a specific message and nothing is stored', async ({ page }) => {
	test.setTimeout(90_000);
	const { base, groupId } = await setupStudy(page);
	const cases: { name: string; buffer: Buffer; message: string | RegExp }[] = [
		{ name: 'tom.txt', buffer: Buffer.alloc(0), message: 'Filen er tom. Intet er gemt.' },
		{
			name: 'udskrift.docx',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
			message: 'Filen hedder .docx, men er ikke et Word-dokument: indholdet ligner en png-fil.'
		},
		{ name: 'stor.txt', buffer: Buffer.alloc(21 * 1024 * 1024, 'a'), message: 'Filen er 21 MB; grænsen er 20 MB.' },
		{ name: 'noter.txt', buffer: Buffer.from('Her er bare nogle noter fra mødet.\n\nIngen talere nævnt.\n'), message: 'Der er ingen genkendelige ture i filen.' }
	];
	for (const c of cases) {
		await chooseFile(page, groupId, base, { name: c.name, mimeType: 'application/octet-stream', buffer: c.buffer });
		await expect(page.getByRole('alert')).toContainText(c.message);
		await expect(page).toHaveURL(new RegExp(`${base}/import`));
		await expect(page.getByRole('heading', { name: /Gennemse import/ })).toHaveCount(0);
	}
	// A forged draft id shows that the draft does not exist, and saving it is refused.
	await page.goto(`${base}/import/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`);
	await expect(page.getByRole('heading', { name: 'Udkastet findes ikke' })).toBeVisible();
	const forged = await postForm(page.request, `${base}/import/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?/save`, { title: 'x' });
	expect(forged.status()).toBe(410);

	await page.goto(base);
	await expect(page.getByText('Ingen udskrift endnu')).toBeVisible();
});

test('markup in a transcript is shown as text in the transcript, the coding view and the coded segments', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const { base, groupId, studyId } = await setupStudy(page);
	await action(page, `/studies/${studyId}/codebook?/install`, {});
	await chooseFile(page, groupId, base, { name: 'fokusgruppe-k3.txt', mimeType: 'text/plain', buffer: fixture('fokusgruppe-k3.txt') });
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('Udskriften er gemt.')).toBeVisible();
	const transcriptId = page.url().split('/').pop()!.split('?')[0];

	await page.goto(`/studies/${studyId}/coding/${transcriptId}`);
	const turn = page.locator('#turn-1 .utterance');
	await expect(turn).toContainText('<script>alert("xss")</script>');
	await page.getByRole('button', { name: /^Markér tur 2 / }).click();
	await page.getByRole('list', { name: 'Koder' }).getByRole('button', { name: /^VUR\.BEK / }).click();
	await expect(page.getByRole('status')).toContainText('Kodet med VUR.BEK');

	await page.goto(`/studies/${studyId}/coding/segments`);
	await expect(page.locator('.segments mark')).toContainText('<script>alert("xss")</script>');
	// Nothing in the text ran, and no element was created from it.
	expect(dialogs).toEqual([]);
	expect(await page.locator('main script').count()).toBe(0);
	const csv = await (await page.request.get(`/studies/${studyId}/coding/segments.csv`)).text();
	expect(csv).toContain('<script>alert(""xss"")</script>');
});

test('an upload over the server limit gets a clear message and stores nothing', async ({ page }) => {
	const { base, groupId } = await setupStudy(page);
	const big = Buffer.alloc(26 * 1024 * 1024, 'a');
	const response = await page.request.post(`${base}/import?/upload`, {
		multipart: { target: `group:${groupId}`, title: '', file: { name: 'enorm.txt', mimeType: 'text/plain', buffer: big } },
		headers: { origin: ORIGIN, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(413);
	expect(await response.text()).toContain('for stort');
	await page.goto(base);
	await expect(page.getByRole('link', { name: /Fokusgruppe K3/ })).toHaveCount(0);
});
