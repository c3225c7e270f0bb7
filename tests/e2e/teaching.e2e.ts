// Teaching in the demo study: a class session joined with its code by two new students, who answer;
// the teacher sees their answers beside the 2002 and 2024 group assessments and reveals them; a
// practice exercise on a published excerpt with per-code feedback; students never reach a
// transcript; the printable vignette pack.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN } from './global-setup';
import { PASSWORD, createDemoStudy, gotoReady, postForm, registerViaApi, uniqueName } from './helpers';
import { studyRoutes } from '../study-routes';

async function newPage(browser: Browser): Promise<Page> {
	return (await browser.newContext()).newPage();
}

/** A new account added to the study as a student by the lead. */
async function studentOf(browser: Browser, lead: Page, base: string): Promise<{ page: Page; name: string }> {
	const page = await newPage(browser);
	const name = uniqueName('stud');
	await registerViaApi(page, name);
	expect((await postForm(lead.request, `${base}/members?/add`, { username: name, role: 'student' })).status()).toBe(200);
	return { page, name };
}

test('a class session: two students join with the code and answer; the teacher compares and reveals', async ({ browser }) => {
	test.setTimeout(120_000);
	const teacher = await newPage(browser);
	const base = await createDemoStudy(teacher, ADMIN);

	await gotoReady(teacher, `${base}/teaching/sessions`);
	await teacher.getByLabel('Titel').fill('Hold A – Kira');
	await teacher.getByLabel('Kira, 4 år').check();
	await teacher.getByRole('button', { name: 'Start session' }).click();
	await expect(teacher).toHaveURL(/\/teaching\/sessions\/[a-z2-7]{16}$/);
	const sessionUrl = new URL(teacher.url()).pathname;
	const code = (await teacher.locator('p.code').textContent())!.trim();
	expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
	await expect(teacher.getByText('Svar indtil nu: 0')).toBeVisible();

	const answers = [
		{ concern: 'Bekymrende', reasoning: 'Mor drikker, men mormor er der.' },
		{ concern: 'Alvorligt bekymrende', reasoning: 'Kira bestemmer selv, hvornår hun går til mormor.' }
	];
	const students: Page[] = [];
	for (const [i, answer] of answers.entries()) {
		const student = await newPage(browser);
		students.push(student);
		// The code typed in lower case with a space still finds the session.
		await gotoReady(student, '/join');
		await student.getByLabel('Kode').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
		await student.getByRole('button', { name: 'Fortsæt' }).click();
		await expect(student.getByText('Session: Hold A – Kira')).toBeVisible();
		await student.getByLabel('Brugernavn').fill(uniqueName(`elev${i}`));
		await student.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
		await student.getByLabel('Gentag adgangskode').fill(PASSWORD);
		await student.getByRole('button', { name: 'Opret konto og deltag' }).click();
		await expect(student).toHaveURL(new RegExp(`${sessionUrl}$`));
		await student.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

		await expect(student.getByRole('heading', { name: 'Kira, 4 år' })).toBeVisible();
		await student.getByLabel(answer.concern, { exact: true }).check();
		await student.getByLabel('Børnefaglig undersøgelse').check();
		await student.getByLabel('Kort begrundelse').fill(answer.reasoning);
		await student.getByRole('button', { name: 'Gem svar' }).click();
		await expect(student.getByText('Svaret er gemt.')).toBeVisible();
		// The student is a member as a student: for them the transcripts don't exist.
		expect((await student.request.get(`${base}/transcripts`, { maxRedirects: 0 })).status()).toBe(404);
	}

	// The teacher's view follows the answers without a reload, beside both waves.
	await expect(teacher.getByText('Svar indtil nu: 2')).toBeVisible({ timeout: 15_000 });
	const table = teacher.locator('.table-alt table').first();
	await expect(table.locator('thead th')).toHaveText([/Bekymringsgrad/, /Klassen \(n = 2\)/, /2002 \(n = \d+\)/, /2024 \(n = \d+\)/]);
	// Rows by level: "Bekymrende" and "Alvorligt bekymrende" hold one answer each.
	await expect(table.locator('tbody tr').nth(2)).toContainText('1 (50 %)');
	await expect(table.locator('tbody tr').nth(3)).toContainText('1 (50 %)');
	await expect(teacher.getByRole('img', { name: /Bekymringsgrad for Kira, 4 år/ })).toBeVisible();

	// Before the reveal a student sees no distribution.
	await expect(students[0].getByText('Dit svar: Bekymrende')).toHaveCount(0);
	await teacher.getByRole('button', { name: 'Vis for klassen' }).click();
	await expect(teacher.getByRole('button', { name: 'Skjul for klassen igen' })).toBeVisible();

	// The student's page notices the reveal by itself and places their answer.
	await expect(students[0].getByText('Dit svar: Bekymrende')).toBeVisible({ timeout: 15_000 });
	await expect(students[0].getByText('0 af de 1 andre i klassen svarede det samme.')).toBeVisible();
	await expect(students[0].getByText(/^2002: \d+ af \d+ fokusgrupper vurderede sagen sådan\.$/)).toBeVisible();
	await expect(students[0].getByText(/^2024: \d+ af \d+ fokusgrupper vurderede sagen sådan\.$/)).toBeVisible();
	// Never another student's answer, never the teacher's list of reasonings.
	await expect(students[0].getByText(answers[1].reasoning)).toHaveCount(0);
	await expect(students[0].getByText(/Begrundelser/)).toHaveCount(0);
	// After the reveal an answer can no longer change.
	await expect(students[0].getByRole('button', { name: /Ret svar|Gem svar/ })).toHaveCount(0);
	await teacher.screenshot({ path: test.info().outputPath('teacher.png'), fullPage: true });
	await students[0].screenshot({ path: test.info().outputPath('student-revealed.png'), fullPage: true });
});

test('a lead publishes an excerpt and sets an exercise; a student codes it and gets per-code feedback', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await newPage(browser);
	const base = await createDemoStudy(lead, ADMIN);

	// Publish turns 4–9 of the first transcript; the demo has no consensus coding yet, so the lead
	// takes one demo coder's coding as the reference.
	await gotoReady(lead, `${base}/teaching/excerpts`);
	await lead.getByLabel('Udskrift').selectOption({ index: 1 });
	await lead.getByRole('button', { name: 'Vis replikker' }).click();
	await lead.screenshot({ path: test.info().outputPath('publish.png') });
	await lead.getByLabel('Første replik').fill('4');
	await lead.getByLabel('Sidste replik').fill('9');
	await lead.getByLabel('Titel').fill('Bekymring og sparring');
	const reference = lead.getByLabel('Reference til kodeøvelser');
	await reference.selectOption({ label: (await reference.locator('option', { hasText: 'demo-coder-a' }).textContent())!.trim() });
	await lead.getByRole('button', { name: 'Udgiv uddrag' }).click();
	await expect(lead).toHaveURL(/\/teaching\/excerpts\/[a-z2-7]{16}$/);
	await expect(lead.getByRole('heading', { name: 'Bekymring og sparring' })).toBeVisible();
	await lead.screenshot({ path: test.info().outputPath('excerpt.png'), fullPage: true });
	const refHeading = await lead.getByRole('heading', { name: /^Reference \(\d+ kodninger\)$/ }).textContent();
	expect(Number(/\((\d+)/.exec(refHeading!)![1])).toBeGreaterThan(0);
	const firstKey = (await lead.locator('.refs li strong').first().textContent())!.trim();
	// Speakers appear by role only.
	await expect(lead.locator('.turn .who').first()).toHaveText(/Rådgiver|Faglig leder|Interviewer|Deltager/);

	await gotoReady(lead, `${base}/teaching/exercises`);
	await lead.getByLabel('Titel').fill('Øvelse: vurdering');
	await lead.getByLabel(/Bekymring og sparring/).check();
	await lead.getByRole('checkbox', { name: new RegExp(`^${firstKey.replace('.', '\\.')} `) }).check();
	await lead.getByRole('checkbox', { name: /^VUR\.ENIG / }).check();
	await lead.getByRole('button', { name: 'Opret øvelse' }).click();
	await expect(lead).toHaveURL(/\/teaching\/exercises\/[a-z2-7]{16}$/);
	const exerciseUrl = new URL(lead.url()).pathname;

	const { page: student, name } = await studentOf(browser, lead, base);
	await gotoReady(student, exerciseUrl);
	await expect(student.getByRole('heading', { name: 'Øvelse: vurdering' })).toBeVisible();
	await expect(student.getByRole('heading', { name: 'Kodernes definitioner' })).toBeVisible();
	// Turn number → code: the first turn with the reference's first code.
	await student.getByRole('button', { name: /^Vælg replik 1 / }).click();
	await student.getByRole('button', { name: new RegExp(firstKey.replace('.', '\\.')) }).first().click();
	await expect(student.getByRole('heading', { name: 'Dine kodninger (1)' })).toBeVisible();
	// A passage selected with the mouse, then coded.
	const utterance = student.locator('.utterance').nth(2);
	const box = (await utterance.boundingBox())!;
	await student.mouse.move(box.x + 4, box.y + 8);
	await student.mouse.down();
	await student.mouse.move(box.x + Math.min(box.width - 4, 200), box.y + 8, { steps: 5 });
	await student.mouse.up();
	await expect(student.getByRole('heading', { name: 'Markering' })).toBeVisible();
	await student.getByRole('button', { name: /VUR\.ENIG/ }).first().click();
	await expect(student.getByRole('heading', { name: 'Dine kodninger (2)' })).toBeVisible();

	await student.getByRole('button', { name: 'Aflever og se feedback' }).click();
	await expect(student.getByRole('heading', { name: 'Din feedback' })).toBeVisible();
	const feedback = student.locator('section', { has: student.getByRole('heading', { name: 'Din feedback' }) });
	await expect(feedback.getByRole('rowheader', { name: new RegExp(firstKey.replace('.', '\\.')) })).toBeVisible();
	await expect(feedback.getByRole('rowheader', { name: /VUR\.ENIG/ })).toBeVisible();
	await expect(student.getByRole('heading', { name: /^Overset \(\d+\)$/ })).toBeVisible();
	await expect(student.getByRole('heading', { name: /^Tilføjet \(\d+\)$/ })).toBeVisible();
	await expect(student.getByRole('heading', { name: /^Enige \(\d+\)$/ })).toBeVisible();
	await expect(student.getByRole('button', { name: 'Aflever og se feedback' })).toHaveCount(0);
	await student.screenshot({ path: test.info().outputPath('feedback.png'), fullPage: true });

	// The teacher's results per student and code, and as CSV.
	await gotoReady(lead, `${exerciseUrl}/results`);
	await expect(lead.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
	await lead.screenshot({ path: test.info().outputPath('results.png'), fullPage: true });
	const csv = await lead.request.get(`${exerciseUrl}/results.csv`);
	expect(csv.status()).toBe(200);
	const body = await csv.text();
	expect(body).toContain('student,submitted_at,code,code_name,kappa_turns,alpha_unitized');
	expect(body).toContain(name);
	// A student may not read the results: for them the page doesn't exist.
	expect((await student.request.get(`${exerciseUrl}/results.csv`, { maxRedirects: 0 })).status()).toBe(404);
});

test('a student reaches no transcript page or endpoint, and no coder or lead page', async ({ browser }) => {
	test.setTimeout(120_000);
	const lead = await newPage(browser);
	const base = await createDemoStudy(lead, ADMIN);
	const transcriptId = /\/coding\/([a-z2-7]{16})"/.exec(await (await lead.request.get(`${base}/coding`)).text())![1];
	const { page: student } = await studentOf(browser, lead, base);
	const get = async (path: string) => (await student.request.get(base + path, { maxRedirects: 0 })).status();

	for (const path of [
		'/transcripts',
		`/transcripts/${transcriptId}`,
		'/transcripts/groups',
		'/transcripts/municipalities',
		'/transcripts/pseudonyms',
		`/coding/${transcriptId}`,
		'/coding/segments',
		'/coding/segments.csv',
		'/codebook',
		'/codebook/export'
	]) {
		expect(await get(path), `GET ${path}`).toBe(404);
	}
	// Every static route above the student's role is not found for them, page or endpoint.
	for (const route of studyRoutes.filter((r) => r.load !== 'student' && !r.path.includes('['))) {
		expect(await get(route.path), `GET ${route.path}`).toBe(404);
	}
	await gotoReady(student, `${base}/teaching`);
	await student.screenshot({ path: test.info().outputPath('overview-student.png'), fullPage: true });
	const post = await postForm(student.request, `${base}/coding/${transcriptId}?/create`, { versionId: 'x', codeId: 'x', start: '0', end: '1' });
	expect(post.status()).toBe(404);
	// The teaching pages a student may see name no transcript.
	const excerpts = await (await student.request.get(`${base}/teaching/excerpts`)).text();
	expect(excerpts).not.toContain('Fokusgruppe');
	expect(excerpts).not.toContain('Udgiv uddrag');
});

test('the printable vignette pack shows both versions and the questions, without the app around it', async ({ browser }) => {
	const lead = await newPage(browser);
	const base = await createDemoStudy(lead, ADMIN);
	const { page } = await studentOf(browser, lead, base);
	await gotoReady(page, `${base}/teaching/pack`);
	await page.getByLabel('Kira, 4 år').check();
	await page.getByLabel(/Freja, 11 år/).check();
	await page.getByRole('button', { name: 'Vis pakken' }).click();
	await expect(page.getByRole('heading', { name: 'Versionen fra 2002' })).toHaveCount(2);
	await expect(page.getByRole('heading', { name: 'Versionen fra 2024' })).toHaveCount(2);
	await expect(page.getByRole('heading', { name: 'Diskussionsspørgsmål' })).toHaveCount(2);
	await expect(page.getByRole('heading', { name: 'Vurdering' }).first()).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.topbar')).toBeHidden();
	await expect(page.locator('.study-bar')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Vis pakken' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Kira, 4 år' })).toBeVisible();
	await page.screenshot({ path: test.info().outputPath('pack-print.png'), fullPage: true });
});
