// Issue 3 (material): waves, municipalities, focus groups with participants and vignette order,
// the pseudonym key; what coders and students may see.
import { expect, test, type Page } from '@playwright/test';
import { createStudyViaApi, postForm, registerViaApi, uniqueName } from './helpers';

async function member(browser: import('@playwright/test').Browser, lead: Page, studyId: string, role: 'coder' | 'student') {
	const page = await (await browser.newContext()).newPage();
	const name = uniqueName(role);
	await registerViaApi(page, name);
	const added = await postForm(lead.request, `/studies/${studyId}/members?/add`, { username: name, role });
	expect(added.status()).toBe(200);
	return page;
}

test('a lead sets up waves, municipalities and a focus group; coders never see real names; students get 403', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await (await browser.newContext()).newPage();
	await registerViaApi(lead, uniqueName('lead'));
	const studyId = await createStudyViaApi(lead, 'Tærskler – materiale');
	const base = `/studies/${studyId}/transcripts`;

	// ── Waves ──
	await lead.goto(`${base}/waves`, { waitUntil: 'networkidle' });
	await expect(lead.getByRole('heading', { name: 'Undersøgelsesrunder', level: 1 })).toBeVisible();
	await expect(lead.getByText('Studiet har endnu ingen runder.')).toBeVisible();
	await lead.getByLabel('Betegnelse').fill('2002');
	await lead.getByLabel('År').fill('2002');
	await lead.getByLabel('Beskrivelse').fill('Egelund & Thomsen: Tærskler for anbringelse');
	await lead.getByLabel('Kun rapporterede fund').check();
	await lead.getByRole('button', { name: 'Opret runde' }).click();
	await expect(lead.getByRole('status')).toHaveText('Oprettet.');
	await lead.getByLabel('Betegnelse').fill('2024');
	await lead.getByLabel('År').fill('2024');
	await lead.getByLabel('Udskrifter af fokusgrupper').check();
	await lead.getByRole('button', { name: 'Opret runde' }).click();
	const waveRows = lead.locator('table tbody tr');
	await expect(waveRows).toHaveCount(2);
	await expect(waveRows.nth(0)).toContainText('Kun rapporterede fund');
	await expect(waveRows.nth(1)).toContainText('Udskrifter af fokusgrupper');
	// A duplicate label is refused with a message.
	await lead.getByLabel('Betegnelse').fill('2024');
	await lead.getByLabel('År').fill('2024');
	await lead.getByRole('button', { name: 'Opret runde' }).click();
	await expect(lead.getByRole('alert')).toHaveText('Studiet har allerede en runde med betegnelsen »2024«.');
	// Editing a wave.
	await lead.getByRole('link', { name: 'Redigér 2002' }).click();
	await lead.getByRole('textbox', { name: 'Beskrivelse' }).first().fill('Kun den offentliggjorte rapport');
	await lead.getByRole('button', { name: 'Gem' }).click();
	await expect(lead.getByRole('status')).toHaveText('Gemt.');
	await expect(waveRows.nth(0)).toContainText('Kun den offentliggjorte rapport');

	// ── Municipalities ──
	await lead.goto(`${base}/municipalities`, { waitUntil: 'networkidle' });
	await lead.getByLabel('Kode').fill('K1');
	await lead.getByLabel('Rigtigt navn').fill('Roskilde Kommune');
	await lead.getByLabel('Størrelse').selectOption('stor');
	await lead.getByLabel('Anbringelsesfrekvens').selectOption('høj');
	await lead.getByLabel('Region').selectOption('Region Sjælland');
	await lead.getByRole('button', { name: 'Opret kommune' }).click();
	await expect(lead.getByRole('status')).toHaveText('Oprettet.');
	await lead.getByLabel('Kode').fill('K2');
	await lead.getByLabel('Størrelse').selectOption('lille');
	await lead.getByLabel('Region').selectOption('Region Nordjylland');
	await lead.getByRole('button', { name: 'Opret kommune' }).click();
	await expect(lead.getByRole('cell', { name: 'K2', exact: true })).toBeVisible();
	await expect(lead.getByRole('columnheader', { name: 'Rigtigt navn' })).toBeVisible();
	await expect(lead.getByRole('cell', { name: 'Roskilde Kommune', exact: true })).toBeVisible();
	// A duplicate code (in any case) gets its own message, and the form keeps what was typed.
	await lead.getByLabel('Kode').fill('k1');
	await lead.getByRole('button', { name: 'Opret kommune' }).click();
	await expect(lead.getByRole('alert')).toHaveText('Koden K1 er allerede brugt af en anden kommune i studiet.');
	await expect(lead.getByLabel('Kode')).toHaveValue('k1');
	await expect(lead.locator('table tbody tr')).toHaveCount(2);

	// ── Focus group 2024 × K1 ──
	await lead.goto(`${base}/groups`, { waitUntil: 'networkidle' });
	await lead.getByLabel('Undersøgelsesrunde').selectOption({ label: '2024 (2024)' });
	await lead.getByLabel('Kommune').selectOption({ label: 'K1' });
	await lead.getByLabel('Dato').fill('2024-03-14');
	await lead.getByRole('button', { name: 'Opret fokusgruppe' }).click();
	await expect(lead.getByRole('status')).toHaveText('Oprettet.');
	await expect(lead.getByRole('heading', { name: '2024 (2024)' })).toBeVisible();
	// The same wave × municipality again is refused.
	await lead.getByLabel('Undersøgelsesrunde').selectOption({ label: '2024 (2024)' });
	await lead.getByLabel('Kommune').selectOption({ label: 'K1' });
	await lead.getByRole('button', { name: 'Opret fokusgruppe' }).click();
	await expect(lead.getByRole('alert')).toHaveText(
		'Der findes allerede en fokusgruppe for K1 i runden »2024«. Hver kommune har én fokusgruppe pr. runde.'
	);
	await expect(lead.locator('table tbody tr')).toHaveCount(1);

	await lead.getByRole('link', { name: 'Åbn fokusgruppen K1, 2024' }).click();
	await expect(lead.getByRole('heading', { name: 'Fokusgruppe K1 · 2024', level: 1 })).toBeVisible();
	const groupUrl = lead.url();
	for (const [pseudonym, role, years] of [
		['Sara', 'raadgiver', '4'],
		['Lars', 'faglig_leder', '17'],
		['Interviewer', 'interviewer', '']
	]) {
		await lead.getByLabel('Pseudonym', { exact: true }).fill(pseudonym);
		await lead.getByLabel('Funktion', { exact: true }).selectOption(role);
		await lead.getByLabel('Års erfaring', { exact: true }).fill(years);
		await lead.getByRole('button', { name: 'Tilføj deltager' }).click();
		await expect(lead.getByRole('textbox', { name: `Pseudonym: ${pseudonym}` })).toBeVisible();
	}
	await expect(lead.getByRole('heading', { name: 'Deltagere (3)' })).toBeVisible();
	// A pseudonym can only be used once in a group.
	await lead.getByLabel('Pseudonym', { exact: true }).fill('sara');
	await lead.getByRole('button', { name: 'Tilføj deltager' }).click();
	await expect(lead.getByRole('alert')).toHaveText('Gruppen har allerede en deltager med pseudonymet »Sara«.');
	// Editing a participant in place.
	await lead.getByRole('spinbutton', { name: 'Års erfaring: Sara' }).fill('5');
	await lead.getByRole('button', { name: 'Gem Sara' }).click();
	await expect(lead.getByRole('status')).toHaveText('Gemt.');
	await expect(lead.getByRole('spinbutton', { name: 'Års erfaring: Sara' })).toHaveValue('5');

	// Vignettes come from the vignette library (its bundled files); two are chosen and reordered.
	const imported = await postForm(lead.request, `/studies/${studyId}/vignettes?/bundled`, {});
	expect(imported.status()).toBe(200);
	await lead.goto(groupUrl, { waitUntil: 'networkidle' });
	await lead.getByLabel('Vignet', { exact: true }).selectOption({ label: 'Kira, 4 år' });
	await lead.getByRole('button', { name: 'Tilføj vignet' }).click();
	await expect(lead.getByRole('heading', { name: 'Vignetter (1)' })).toBeVisible();
	await lead.getByLabel('Vignet', { exact: true }).selectOption({ label: 'Sofie, 19 år, og datteren Ella' });
	await lead.getByRole('button', { name: 'Tilføj vignet' }).click();
	const order = lead.locator('ol.vignettes li .title');
	await expect(order).toHaveCount(2);
	await expect(order.nth(0)).toContainText('Kira, 4 år');
	await lead.getByRole('button', { name: 'Flyt Sofie, 19 år, og datteren Ella op' }).click();
	await expect(order.nth(0)).toContainText('Sofie, 19 år, og datteren Ella');
	await expect(order.nth(1)).toContainText('Kira, 4 år');
	await expect(lead.getByRole('button', { name: 'Flyt Sofie, 19 år, og datteren Ella op' })).toBeDisabled();

	await lead.goto(`${base}/groups`, { waitUntil: 'networkidle' });
	const row = lead.locator('table tbody tr').first();
	await expect(row).toContainText('K1');
	await expect(row.locator('td.num')).toHaveText(['3', '2', '0']);

	// ── Pseudonym key ──
	await lead.goto(`${base}/pseudonyms`, { waitUntil: 'networkidle' });
	await lead.getByLabel('Rigtigt navn').fill('Karen Hansen');
	await lead.getByLabel('Pseudonym', { exact: true }).fill('Lotte');
	await lead.getByRole('button', { name: 'Tilføj', exact: true }).click();
	await expect(lead.getByRole('cell', { name: 'Karen Hansen', exact: true })).toBeVisible();
	await expect(lead.getByRole('cell', { name: 'Lotte', exact: true })).toBeVisible();
	await lead.getByRole('button', { name: 'Tjek udskrifterne' }).click();
	await expect(lead.getByText('Ingen af nøglens navne forekommer i udskrifterne.')).toBeVisible();

	// ── A coder reads, without real names or editing ──
	const coder = await member(browser, lead, studyId, 'coder');
	await coder.goto(`${base}/municipalities`, { waitUntil: 'networkidle' });
	await expect(coder.getByRole('cell', { name: 'K1', exact: true })).toBeVisible();
	await expect(coder.getByRole('columnheader', { name: 'Rigtigt navn' })).toHaveCount(0);
	expect(await coder.content()).not.toContain('Roskilde');
	await expect(coder.getByRole('button', { name: 'Opret kommune' })).toHaveCount(0);
	await coder.goto(groupUrl, { waitUntil: 'networkidle' });
	const participantRows = coder.locator('table.participants tbody tr');
	await expect(participantRows).toHaveCount(3);
	await expect(participantRows.nth(0).locator('td')).toHaveText(['Sara', 'Rådgiver', '5']);
	await expect(participantRows.nth(2).locator('td')).toHaveText(['Interviewer', 'Interviewer', '–']);
	await expect(coder.locator('ol.vignettes li .title').first()).toContainText('Sofie, 19 år, og datteren Ella');
	await expect(coder.getByRole('button', { name: 'Tilføj deltager' })).toHaveCount(0);
	await expect(coder.getByRole('link', { name: 'Pseudonymer' })).toHaveCount(0);
	expect((await coder.goto(`${base}/pseudonyms`))?.status()).toBe(403);
	const forged = await postForm(coder.request, `${base}/municipalities?/create`, { code: 'K3' });
	expect(forged.status()).toBe(403);

	// ── A student sees none of it ──
	const student = await member(browser, lead, studyId, 'student');
	for (const path of ['/waves', '/municipalities', '/groups', groupUrl.slice(groupUrl.indexOf('/groups')), '/pseudonyms'])
		expect((await student.goto(base + path))?.status(), path).toBe(404);
});

test('forged ids from another study are refused and nothing is written', async ({ browser }) => {
	const lead = await (await browser.newContext()).newPage();
	await registerViaApi(lead, uniqueName('lead'));
	const a = await createStudyViaApi(lead, 'Studie A');
	const b = await createStudyViaApi(lead, 'Studie B');
	// A wave and a municipality in study B.
	expect((await postForm(lead.request, `/studies/${b}/transcripts/waves?/create`, { label: 'B', year: '2024', description: '', sourceKind: 'transcripts' })).status()).toBe(200);
	expect((await postForm(lead.request, `/studies/${b}/transcripts/municipalities?/create`, { code: 'K1' })).status()).toBe(200);
	await lead.goto(`/studies/${b}/transcripts/groups`, { waitUntil: 'networkidle' });
	const waveId = await lead.getByLabel('Undersøgelsesrunde').locator('option').first().getAttribute('value');
	const municipalityId = await lead.getByLabel('Kommune').locator('option').nth(1).getAttribute('value');
	expect(waveId && municipalityId).toBeTruthy();
	// Study A has a municipality of its own, but tries B's wave.
	expect((await postForm(lead.request, `/studies/${a}/transcripts/municipalities?/create`, { code: 'K1' })).status()).toBe(200);
	const forged = await postForm(lead.request, `/studies/${a}/transcripts/groups?/create`, { waveId: waveId!, municipalityId: municipalityId!, date: '' });
	expect(forged.status()).toBe(404);
	await lead.goto(`/studies/${a}/transcripts/groups`, { waitUntil: 'networkidle' });
	await expect(lead.getByText('Studiet har endnu ingen fokusgrupper.')).toBeVisible();
	// A bad date is refused with its own message.
	await lead.goto(`/studies/${b}/transcripts/groups`, { waitUntil: 'networkidle' });
	const bad = await postForm(lead.request, `/studies/${b}/transcripts/groups?/create`, { waveId: waveId!, municipalityId: municipalityId!, date: '14.03.2024' });
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('er ikke en gyldig dato');
});
