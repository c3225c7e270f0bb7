// Issue 6 (app part): group assessments, consistency across municipalities per wave, and the wave
// comparison (Table 1), in the demo study.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './global-setup';
import { createDemoStudy, gotoReady } from './helpers';

/** A Danish-formatted number on the page ('0,312', '−0,05') as a JS number. */
async function numberAt(page: Page, testId: string): Promise<number> {
	const text = (await page.getByTestId(testId).textContent())!.trim();
	const value = Number(text.replace('−', '-').replace(/\./g, '').replace(',', '.'));
	expect(Number.isFinite(value), `${testId}: ${text}`).toBe(true);
	return value;
}

test('a lead reads consistency per wave, opens a cell, edits an assessment, reads Table 1 and downloads a chart', async ({ page }) => {
	test.setTimeout(180_000);
	const base = await createDemoStudy(page, ADMIN);

	// ── Per wave: 2002 varies more than 2024 ──
	await gotoReady(page, `${base}/consistency`);
	await expect(page.getByRole('heading', { name: 'Konsistens', level: 1 })).toBeVisible();
	const waves = page.getByRole('navigation', { name: 'Vælg runde' });
	await waves.getByRole('link', { name: '2002' }).click();
	await expect(page.getByRole('heading', { name: 'Mellem kommuner – 2002' })).toBeVisible();
	const alpha2002 = await numberAt(page, 'alpha-concern');
	const rwg2002 = await numberAt(page, 'mean-rwg');
	await waves.getByRole('link', { name: '2024' }).click();
	await expect(page.getByRole('heading', { name: 'Mellem kommuner – 2024' })).toBeVisible();
	const alpha2024 = await numberAt(page, 'alpha-concern');
	const rwg2024 = await numberAt(page, 'mean-rwg');
	expect(alpha2002).toBeLessThan(alpha2024);
	expect(rwg2002).toBeLessThan(rwg2024);
	// Six vignettes: the small-sample caution is shown.
	await expect(page.getByText(/Kun 6 vignetter/).first()).toBeVisible();

	// ── A heat-map cell opens the assessment and the passages behind it ──
	const heat = page.getByRole('table', { name: /Bekymringsgrad pr\. kommune og vignet – 2024/ });
	const cell = heat.getByRole('link').first();
	const cellName = (await cell.getAttribute('aria-label'))!;
	const municipality = cellName.split(',')[0];
	await cell.click();
	await expect(page).toHaveURL(/\/consistency\/assessments\/[a-z2-7]{16}\?vignette=[a-z2-7]{16}$/);
	await expect(page.getByRole('heading', { name: `Vurdering: ${municipality}, 2024`, level: 1 })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Understøttende passager' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Alle kodede passager i drøftelsen' })).toBeVisible();

	// ── Edit the group assessment: concern, steps, agreement ──
	const concern = page.getByRole('group', { name: 'Bekymringsgrad' });
	const steps = page.getByRole('group', { name: 'Anbefalede næste skridt' });
	const agreement = page.getByRole('group', { name: 'Nåede gruppen til enighed?' });
	await concern.getByLabel('Akut').check();
	await steps.getByLabel('Anbringelse').check();
	await steps.getByLabel('Sikring af barnet / akut hjælp').check();
	await agreement.getByLabel('Delvist').check();
	await page.getByLabel('Kort begrundelse').fill('Gruppen var delvist enig om at sikre barnet først.');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vurderingen er gemt.' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('group', { name: 'Bekymringsgrad' }).getByLabel('Akut')).toBeChecked();
	await expect(page.getByRole('group', { name: 'Anbefalede næste skridt' }).getByLabel('Anbringelse')).toBeChecked();
	await expect(page.getByRole('group', { name: 'Nåede gruppen til enighed?' }).getByLabel('Delvist')).toBeChecked();
	await expect(page.getByLabel('Kort begrundelse')).toHaveValue('Gruppen var delvist enig om at sikre barnet først.');

	// ── Proposals: confirm one if the consensus coding gives any; otherwise the page says there is none ──
	await gotoReady(page, `${base}/consistency/assessments`);
	const propose = page.getByRole('button', { name: 'Foreslå vurderinger ud fra konsensuskodning' });
	if (await propose.isVisible()) {
		await propose.click();
		await expect(page.getByText(/nye forslag/)).toBeVisible();
		const proposed = page.getByRole('link', { name: /– Forslag$/ }).first();
		if ((await proposed.count()) > 0) {
			await proposed.click();
			await page.getByRole('button', { name: 'Bekræft forslaget som det er' }).click();
			await expect(page.getByText('Forslaget er bekræftet.')).toBeVisible();
		}
	} else {
		await expect(page.getByText(/ingen konsensuskodning i studiet/)).toBeVisible();
	}

	// ── Table 1 ──
	await gotoReady(page, `${base}/consistency/compare`);
	const table1 = page.getByRole('table', { name: /Tabel 1/ });
	await expect(table1).toBeVisible();
	for (const dimension of ['Vurdering', 'Kollegial sparring', 'Vidensgrundlag', 'Valg af indsats'])
		await expect(table1.getByRole('rowheader', { name: dimension })).toBeVisible();
	await expect(table1.getByRole('row')).toHaveCount(5);
	for (const pole of ['Variation', 'Ensartethed', 'Begrænset', 'Integreret del af praksis', 'Indforstået, inaktivt', 'Italesat, aktivt', 'Vilkårligt', 'Kontekstafhængigt'])
		await expect(table1.getByRole('cell', { name: pole, exact: true })).toBeVisible();
	await expect(table1.getByRole('columnheader', { name: 'Data 2002' })).toBeVisible();
	await expect(table1.getByRole('columnheader', { name: 'Forskel 2002 → 2024' })).toBeVisible();
	const delta = (await page.getByTestId('delta-alpha').textContent())!;
	expect(delta.trim()).toMatch(/^\+/);

	// ── Download a chart as CSV and PNG ──
	const figure = page.locator('figure', { hasText: 'α for bekymring pr. runde' });
	const [csv] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /CSV/ }).click()]);
	expect(csv.suggestedFilename()).toBe('alpha-per-wave.csv');
	const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /PNG/ }).click()]);
	expect(png.suggestedFilename()).toBe('alpha-per-wave.png');
});
