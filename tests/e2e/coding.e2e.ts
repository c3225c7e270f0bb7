// Issue 4: coding in the browser — mouse and keyboard, edit, delete, undo, blind coding,
// the lead's view, coded segments and the matrix, and a stale second tab.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './global-setup';
import { createDemoStudy, gotoReady, waitReady, postForm, registerViaApi, uniqueName } from './helpers';

const demoStudy = (page: Page) => createDemoStudy(page, ADMIN);

async function openTranscript(page: Page, base: string, title: string) {
	await page.goto(`${base}/coding`);
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	await waitReady(page);
}

const picker = (page: Page) => page.getByRole('list', { name: 'Koder' });
const bars = (page: Page, turnIndex: number) => page.locator(`#turn-${turnIndex} .margin .bar`);

test('a coder codes with mouse and keyboard, edits, deletes and undoes; blind coders and the lead see the right codings', async ({ browser }) => {
	test.setTimeout(180_000);
	const lead = await (await browser.newContext()).newPage();
	const base = await demoStudy(lead);
	const [nameA, nameB] = [uniqueName('koder-a'), uniqueName('koder-b')];
	const coderA = await (await browser.newContext()).newPage();
	const coderB = await (await browser.newContext()).newPage();
	await registerViaApi(coderA, nameA);
	await registerViaApi(coderB, nameB);
	for (const name of [nameA, nameB]) {
		expect((await postForm(lead.request, `${base}/members?/add`, { username: name, role: 'coder' })).status()).toBe(200);
	}

	// Blind: the new coder sees none of the demo coders' codings.
	await openTranscript(coderA, base, 'Fokusgruppe 2024 K1');
	await expect(coderA.getByText('blind kodning: du ser kun dine egne kodninger')).toBeVisible();
	await expect(coderA.locator('.margin .bar')).toHaveCount(0);

	// Mouse: double-click a word in turn 2, then pick a code.
	const word = coderA.locator('#turn-1 .utterance span').first();
	await word.dblclick({ position: { x: 12, y: 8 } });
	await expect(coderA.getByRole('heading', { name: 'Markering' })).toBeVisible();
	await picker(coderA).getByRole('button', { name: /^VUR\.BEK / }).click();
	await expect(coderA.getByRole('status')).toContainText('Kodet med VUR.BEK');
	await expect(bars(coderA, 1)).toHaveText(['VUR.BEK']);

	// A selection across two turns, dragged with the mouse.
	await coderA.locator('#turn-2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	const from = await coderA.locator('#turn-2 .utterance span').first().boundingBox();
	const to = await coderA.locator('#turn-3 .utterance span').first().boundingBox();
	await coderA.mouse.move(from!.x + 1, from!.y + 8);
	await coderA.mouse.down();
	await coderA.mouse.move(to!.x + 60, to!.y + 8, { steps: 5 });
	await coderA.mouse.up();
	await expect(coderA.getByRole('heading', { name: 'Markering' })).toBeVisible();
	await coderA.getByLabel('Søg kode').fill('konvergens');
	await coderA.getByLabel('Søg kode').press('Enter');
	await expect(coderA.getByRole('status')).toContainText('Kodet med SPA.KONVERGENS');
	await expect(bars(coderA, 2)).toHaveText(['SPA.KONVERGENS']);
	await expect(bars(coderA, 3)).toHaveText(['SPA.KONVERGENS']);

	// It is stored: a reload shows it.
	await coderA.reload();
	await waitReady(coderA);
	await expect(bars(coderA, 1)).toHaveText(['VUR.BEK']);

	// Edit: memo and code; then delete and undo.
	await bars(coderA, 1).click();
	await coderA.getByLabel('Memo til kodningen').fill('Tydelig bekymring for barnet');
	await coderA.getByRole('button', { name: 'Gem memo' }).click();
	await expect(coderA.getByRole('status')).toContainText('Kodningen er ændret.');
	await coderA.getByLabel('Skift kode').selectOption({ label: '  VUR.ENIG Enighed' }).catch(async () => {
		const option = coderA.getByLabel('Skift kode').locator('option', { hasText: 'VUR.ENIG' });
		await coderA.getByLabel('Skift kode').selectOption((await option.getAttribute('value'))!);
	});
	await expect(bars(coderA, 1)).toHaveText(['VUR.ENIG']);
	await coderA.getByRole('button', { name: 'Slet kodning' }).click();
	await expect(bars(coderA, 1)).toHaveCount(0);
	await coderA.keyboard.press('Control+z');
	await expect(coderA.getByRole('status')).toContainText('Fortrudt.');
	await expect(bars(coderA, 1)).toHaveText(['VUR.ENIG']);
	await coderA.reload();
	await waitReady(coderA);
	await expect(bars(coderA, 1)).toHaveText(['VUR.ENIG']);

	// Keyboard only: focus a turn number, Enter selects the turn, type a code, Enter applies it.
	await coderA.getByRole('button', { name: /^Markér tur 5 / }).focus();
	await coderA.keyboard.press('Enter');
	await expect(coderA.getByLabel('Søg kode')).toBeFocused();
	await coderA.keyboard.type('gruppemøde');
	await coderA.keyboard.press('Enter');
	await expect(coderA.getByRole('status')).toContainText('Kodet med SPA.GRUPPEMØDE');
	await expect(bars(coderA, 4)).toHaveText(['SPA.GRUPPEMØDE']);

	// The second coder, in the same blind study, sees none of it.
	await openTranscript(coderB, base, 'Fokusgruppe 2024 K1');
	await expect(coderB.locator('.margin .bar')).toHaveCount(0);

	// The lead sees everyone's, and can narrow to one coder.
	await openTranscript(lead, base, 'Fokusgruppe 2024 K1');
	await lead.getByLabel('Koder', { exact: true }).selectOption({ label: nameA });
	await expect(bars(lead, 1)).toContainText(['VUR.ENIG']);
	await expect(bars(lead, 4)).toContainText(['SPA.GRUPPEMØDE']);

	// Coded segments: the lead filters by coder and code and finds exactly the keyboard-coded turn.
	await gotoReady(lead, `${base}/coding/segments`);
	await lead.getByLabel('Koder').selectOption({ label: nameA });
	const codeOption = lead.getByLabel('Kode eller dimension').locator('option', { hasText: 'SPA.GRUPPEMØDE' });
	await lead.getByLabel('Kode eller dimension').selectOption((await codeOption.getAttribute('value'))!);
	await lead.getByRole('button', { name: 'Filtrér' }).click();
	await expect(lead.getByRole('status')).toHaveText('1 kodede passager.');
	const turnText = await coderA.locator('#turn-4 .utterance').innerText();
	await expect(lead.locator('.segments mark')).toHaveText(turnText.trim());
	await lead.getByRole('link', { name: /^Åbn i »Fokusgruppe 2024 K1«/ }).click();
	await expect(lead.getByRole('heading', { name: /SPA\.GRUPPEMØDE/ })).toBeVisible();
	await expect(lead.locator('#turn-4')).toBeInViewport();

	// The matrix counts it under K1; the figure opens the passage.
	await gotoReady(lead, `${base}/coding/matrix`);
	await lead.getByLabel('Koder').selectOption({ label: nameA });
	await lead.getByRole('button', { name: 'Filtrér' }).click();
	await lead.getByRole('link', { name: '1 passager med SPA.GRUPPEMØDE i K1', exact: true }).click();
	await expect(lead.getByRole('status')).toHaveText('1 kodede passager.');
});

test('a stale change from a second tab is refused with a message and overwrites nothing', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await (await browser.newContext()).newPage();
	const base = await demoStudy(lead);
	const name = uniqueName('koder');
	const context = await browser.newContext();
	const tab1 = await context.newPage();
	await registerViaApi(tab1, name);
	expect((await postForm(lead.request, `${base}/members?/add`, { username: name, role: 'coder' })).status()).toBe(200);
	await openTranscript(tab1, base, 'Fokusgruppe 2024 K2');
	await tab1.getByRole('button', { name: /^Markér tur 2 / }).click();
	await picker(tab1).getByRole('button', { name: /^VUR\.BEK / }).click();
	await expect(bars(tab1, 1)).toHaveText(['VUR.BEK']);

	const tab2 = await context.newPage();
	await openTranscript(tab2, base, 'Fokusgruppe 2024 K2');
	await bars(tab1, 1).click();
	await bars(tab2, 1).click();
	await tab1.getByLabel('Memo til kodningen').fill('fra fane 1');
	await tab1.getByRole('button', { name: 'Gem memo' }).click();
	await expect(tab1.getByRole('status')).toContainText('Kodningen er ændret.');
	await tab2.getByLabel('Memo til kodningen').fill('fra fane 2');
	await tab2.getByRole('button', { name: 'Gem memo' }).click();
	await expect(tab2.getByRole('status')).toContainText('Kodningen er ændret et andet sted');
	await tab2.reload();
	await waitReady(tab2);
	await bars(tab2, 1).click();
	await expect(tab2.getByLabel('Memo til kodningen')).toHaveValue('fra fane 1');
});

test('keyword suggestions appear in the coding view, drawn apart from codings, and can be accepted or dismissed', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await (await browser.newContext()).newPage();
	const base = await demoStudy(lead);
	const name = uniqueName('koder');
	const coder = await (await browser.newContext()).newPage();
	await registerViaApi(coder, name);
	expect((await postForm(lead.request, `${base}/members?/add`, { username: name, role: 'coder' })).status()).toBe(200);
	await openTranscript(coder, base, 'Fokusgruppe 2024 K3');
	await expect(coder.locator('.margin .bar')).toHaveCount(0);

	await coder.getByRole('link', { name: 'sætninger' }).click();
	await expect(coder).toHaveURL(/suggestions=sentence/);
	const chips = coder.locator('.margin .bar.suggestion');
	await expect(chips.first()).toBeVisible();
	const before = await chips.count();
	expect(before).toBeGreaterThan(5);
	// Suggestions are not codings: none is counted as one.
	await expect(coder.locator('.margin .bar:not(.suggestion)')).toHaveCount(0);

	// Accept the first: it becomes the coder's own coding.
	const first = chips.first();
	const firstKey = (await first.innerText()).replace('?', '');
	const firstTurn = await first.locator('xpath=ancestor::div[contains(@class, "turn")]').getAttribute('id');
	await first.click();
	await expect(coder.getByRole('heading', { name: new RegExp(`^Forslag: ${firstKey.replace('.', '\\.')}`) })).toBeVisible();
	await coder.getByRole('button', { name: 'Acceptér som min kodning' }).click();
	await expect(coder.getByRole('status')).toContainText(`Forslaget er nu din kodning med ${firstKey}`);
	await expect(coder.locator(`#${firstTurn} .margin .bar:not(.suggestion)`)).toContainText([firstKey]);

	// Dismiss the next: it is gone, also after a reload.
	const next = chips.first();
	const nextTitle = await next.getAttribute('title');
	await next.click();
	await coder.getByRole('button', { name: 'Afvis forslaget' }).click();
	await expect(coder.getByRole('status')).toContainText('er afvist');
	await expect(chips).toHaveCount(before - 2);
	await coder.reload();
	await waitReady(coder);
	await expect(chips).toHaveCount(before - 2);
	expect(nextTitle).toBeTruthy();

	// The accepted suggestion is counted as a coding in the coded segments; dismissed ones nowhere.
	await coder.goto(`${base}/coding/segments`);
	await expect(coder.getByRole('status')).toHaveText('1 kodede passager.');
});
