// Reliability in the demo study: per-code agreement of the two demo coders under each unit of analysis,
// the CSV, the disagreements view (opening one in the transcript) and adjudication into the consensus
// coding, which then shows up as the coder »konsensus« on the coded-segments page.
import { expect, test } from '@playwright/test';
import { ADMIN } from './global-setup';
import { createDemoStudy, gotoReady, postForm, registerViaApi, uniqueName } from './helpers';

test('a lead reads agreement per unit, opens a disagreement and adjudicates it', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const base = await createDemoStudy(page, ADMIN);

	// Turns (default): the two demo coders are preselected; VUR.BEK has α, κ and band badges.
	await gotoReady(page, `${base}/reliability`);
	await expect(page.getByRole('heading', { name: 'Reliabilitet', level: 1 })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /^demo-coder-a-/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^demo-coder-b-/ })).toBeChecked();
	const table = page.getByRole('table', { name: /Enighed mellem/ });
	await expect(table.getByRole('columnheader', { name: 'Cohens κ' })).toBeVisible();
	const bek = table.locator('tr[data-code="VUR.BEK"]');
	await expect(bek).toContainText(/\d,\d{3}/);
	await expect(bek.locator('.badge.band').first()).toHaveText(/pålidelig|foreløbig|ikke pålidelig/);
	await expect(bek.locator('td.ci')).toContainText(/\d,\d{3} – \d,\d{3}/);
	await expect(table.getByRole('rowheader', { name: 'Samlet' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Koderpar' })).toBeVisible();

	// The CSV of the same table.
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Hent som CSV' }).click();
	const csv = await downloading;
	expect(csv.suggestedFilename()).toBe('reliability-turns.csv');
	const response = await page.request.get(`${base}/reliability/reliability.csv?unit=turns&reps=0`);
	expect(response.headers()['content-type']).toContain('text/csv');
	expect(await response.text()).toMatch(/turns,code,VUR\.BEK,Bekymringsgrad,/);

	// Characters: unitized α.
	await page.getByRole('radio', { name: 'Tegn (unitiseret α)' }).check();
	await page.getByRole('button', { name: 'Beregn' }).click();
	await expect(page).toHaveURL(/unit=characters/);
	await expect(table.locator('tr[data-code="VUR.BEK"]')).toContainText(/\d,\d{3}/);
	await expect(table.locator('tr[data-code="VUR.BEK"] .badge.band')).toBeVisible();

	// Segments: agreement at the 90 % overlap threshold.
	await page.getByRole('radio', { name: 'Kodede segmenter (overlap)' }).check();
	await page.getByRole('button', { name: 'Beregn' }).click();
	await expect(page).toHaveURL(/unit=segments/);
	await expect(table.getByRole('columnheader', { name: 'Enighed %' })).toBeVisible();
	await expect(table.locator('tr[data-code="VUR.BEK"]')).toContainText(/\d,\d/);

	// Disagreements for VUR.BEK (turn units).
	await gotoReady(page, `${base}/reliability`);
	await page.getByRole('link', { name: 'Uenigheder og konsensus' }).click();
	await expect(page.getByRole('heading', { name: 'Uenigheder', level: 1 })).toBeVisible();
	await page.getByRole('form', { name: 'Filtre' }).getByLabel('Kode', { exact: true }).selectOption({ label: 'VUR.BEK Bekymringsgrad' });
	await page.getByRole('button', { name: 'Vis', exact: true }).click();
	await expect(page).toHaveURL(/code=/);
	const disagreementsUrl = page.url();
	const progress = page.getByTestId('progress');
	await expect(progress).toContainText(/^0 af \d+ uenigheder afgjort/);
	const total = Number((await progress.textContent())!.match(/af (\d+) uenigheder/)![1]);
	expect(total).toBeGreaterThan(2);

	// Open one in the transcript: the coding view scrolls to its turn.
	const first = page.locator('article').first();
	const turnNo = Number((await first.getAttribute('aria-label'))!.match(/tur (\d+)/)![1]);
	await first.getByRole('link', { name: 'Åbn i udskriften' }).click();
	await expect(page).toHaveURL(/\/coding\/[a-z2-7]+\?at=\d+-\d+$/);
	await expect(page.locator(`#turn-${turnNo - 1}`)).toBeInViewport();
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Uenigheder', level: 1 })).toBeVisible();
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

	// Accept coder A's version where A coded the passage, then reject another.
	const byA = page.locator('article').filter({ hasText: 'Uafgjort' }).filter({ hasNot: page.locator('.side:first-child .none') }).first();
	const acceptedLabel = (await byA.getAttribute('aria-label'))!;
	await byA.getByRole('button', { name: /^Godkend koder A/ }).click();
	await expect(page.getByText('Afgørelsen er gemt i konsensuskodningen.')).toBeVisible();
	await expect(progress).toContainText(`1 af ${total} uenigheder afgjort`);
	await expect(page.getByRole('article', { name: acceptedLabel })).toContainText('Godkendt: koder A’s version');
	await page.locator('article').filter({ hasText: 'Uafgjort' }).first().getByRole('button', { name: 'Afvis' }).click();
	await expect(progress).toContainText(`2 af ${total} uenigheder afgjort`);
	await expect(page.locator('progress')).toHaveAttribute('value', String(2 / total));

	// The consensus coder now exists: its coding is on the coded-segments page.
	await gotoReady(page, `${base}/coding/segments`);
	await page.getByLabel('Koder', { exact: true }).selectOption({ label: 'konsensus' });
	await page.getByRole('button', { name: 'Filtrér' }).click();
	await expect(page.getByText('1 kodede passager.')).toBeVisible();
	await expect(page.locator('.segments li')).toContainText('VUR.BEK');

	// A coder (not a lead) reads the analysis but may not adjudicate.
	const coderPage = await (await browser.newContext()).newPage();
	const name = uniqueName('rel-coder');
	await registerViaApi(coderPage, name);
	expect((await postForm(page.request, `${base}/members?/add`, { username: name, role: 'coder' })).status()).toBe(200);
	expect((await coderPage.request.get(`${base}/reliability`)).status()).toBe(200);
	const refused = await postForm(coderPage.request, `${base}/reliability/disagreements?/decide`, { pick: 'reject', versionId: 'x', codeId: 'y', start: '0', end: '1', a: 'a', b: 'b' });
	expect(refused.status()).toBe(403);
	expect((await postForm(coderPage.request, `${base}/reliability/disagreements?/acceptAgreed`, {})).status()).toBe(403);
	expect((await postForm(coderPage.request, `${base}/reliability/disagreements?/undo`, { adjudicationId: 'x' })).status()).toBe(403);

	// The lead names the coder to adjudicate; the decision buttons appear and a decision goes through.
	await gotoReady(page, `${base}/members`);
	await page.getByRole('button', { name: `Må afgøre uenigheder: ${name}` }).click();
	await expect(page.getByRole('button', { name: `Fjern retten til at afgøre: ${name}` })).toBeVisible();
	await gotoReady(coderPage, disagreementsUrl);
	const decisions = coderPage.getByRole('button', { name: 'Afvis' });
	await expect(decisions.first()).toBeVisible();
	await decisions.first().click();
	await expect(coderPage.locator('progress')).toHaveAttribute('value', String(3 / total));
	await coderPage.context().close();
});
