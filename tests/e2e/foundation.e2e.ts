// Issue 2: accounts, studies, invitations, roles, language, audit log, security headers.
import { expect, test } from '@playwright/test';
import { ORIGIN, PASSWORD, gotoReady, waitReady, createStudyViaApi, createStudyViaUi, loginViaUi, postForm, registerViaApi, uniqueName } from './helpers';

test('a lead invites a coder by link; an outsider gets 404; logout ends the session', async ({ browser }) => {
	const leadName = uniqueName('lead');
	const lead = await (await browser.newContext()).newPage();
	await gotoReady(lead, '/register');
	await lead.getByLabel('Brugernavn').fill(leadName);
	await lead.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
	await lead.getByLabel('Gentag adgangskode').fill(PASSWORD);
	await lead.getByRole('button', { name: 'Opret konto' }).click();
	await expect(lead.getByRole('heading', { name: 'Dine studier' })).toBeVisible();

	const studyId = await createStudyViaUi(lead, 'Tærskler 2024', 'Genundersøgelse af vignetterne');
	await expect(lead.getByRole('heading', { name: 'Tærskler 2024', level: 1 })).toBeVisible();

	await lead.getByRole('navigation', { name: 'Studiets afsnit' }).getByRole('link', { name: 'Deltagere' }).click();
	await lead.getByLabel('Rolle', { exact: true }).last().selectOption('coder');
	await lead.getByRole('button', { name: 'Opret invitationslink' }).click();
	const link = await lead.getByLabel('Invitationslink').inputValue();
	expect(link).toMatch(new RegExp(`^${ORIGIN}/invite/[a-z2-7]{32}$`));

	// The second person registers straight into the study through the link.
	const coderName = uniqueName('coder');
	const coder = await (await browser.newContext()).newPage();
	await coder.goto(link);
	await expect(coder.getByText('Du er inviteret til studiet »Tærskler 2024« som Koder.')).toBeVisible();
	await coder.getByRole('link', { name: 'Opret konto og tilmeld' }).click();
	await waitReady(coder);
	await coder.getByLabel('Brugernavn').fill(coderName);
	await coder.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
	await coder.getByLabel('Gentag adgangskode').fill(PASSWORD);
	await coder.getByRole('button', { name: 'Opret konto' }).click();
	await expect(coder).toHaveURL(new RegExp(`/studies/${studyId}$`));
	await expect(coder.getByRole('heading', { name: 'Tærskler 2024', level: 1 })).toBeVisible();
	await expect(coder.locator('.study-bar .badge').first()).toHaveText('Koder');
	// A coder sees no member management.
	await expect(coder.getByRole('navigation', { name: 'Studiets afsnit' }).getByRole('link', { name: 'Deltagere' })).toHaveCount(0);
	expect((await coder.goto(`/studies/${studyId}/members`))?.status()).toBe(403);

	// The used link can't admit anyone else.
	const late = await (await browser.newContext()).newPage();
	await late.goto(link);
	await expect(late.getByRole('alert')).toHaveText(/allerede brugt/);

	// A third user, not a member, is told nothing about the study.
	const outsider = await (await browser.newContext()).newPage();
	await registerViaApi(outsider, uniqueName('outsider'));
	const response = await outsider.goto(`/studies/${studyId}`);
	expect(response?.status()).toBe(404);
	await expect(outsider.getByText('Tærskler 2024')).toHaveCount(0);

	// The lead sees the new member and the audit trail.
	await lead.reload();
	await expect(lead.getByRole('cell', { name: coderName, exact: true })).toBeVisible();
	await lead.getByRole('navigation', { name: 'Studiets afsnit' }).getByRole('link', { name: 'Ændringslog' }).click();
	await expect(lead.getByRole('cell', { name: 'invitation', exact: false }).first()).toBeVisible();
	await expect(lead.locator('table.audit')).toContainText('"via":"invitation"');

	// Logging out ends the session: the old cookie no longer opens the study.
	const cookies = await coder.context().cookies();
	await coder.getByRole('button', { name: 'Log ud' }).click();
	await expect(coder).toHaveURL(/\/login$/);
	const replay = await (await browser.newContext()).newPage();
	await replay.context().addCookies(cookies);
	await replay.goto(`/studies/${studyId}`);
	await expect(replay).toHaveURL(/\/login\?next=/);
});

test('registration rejects bad input with specific messages and writes nothing', async ({ page }) => {
	const name = uniqueName('dup');
	await registerViaApi(page, name);
	await page.context().clearCookies();
	await gotoReady(page, '/register');
	const fill = async (username: string, password: string, confirm = password) => {
		await page.getByLabel('Brugernavn').fill(username);
		await page.getByLabel('Adgangskode', { exact: true }).fill(password);
		await page.getByLabel('Gentag adgangskode').fill(confirm);
		await page.getByRole('button', { name: 'Opret konto' }).click();
	};
	await fill(name.toUpperCase(), PASSWORD);
	await expect(page.getByRole('alert')).toHaveText('Brugernavnet er optaget. Vælg et andet.');
	await fill(uniqueName('mismatch'), PASSWORD, PASSWORD + 'x');
	await expect(page.getByRole('alert')).toHaveText('De to adgangskoder er ikke ens.');
	// Bypass the browser's own length checks, as a forged request would.
	const short = await postForm(page.request, '/register', { username: uniqueName('short'), password: 'kort', confirm: 'kort' });
	expect(short.status()).toBe(400);
	const long = await postForm(page.request, '/register', { username: 'x'.repeat(40), password: PASSWORD, confirm: PASSWORD });
	expect(long.status()).toBe(400);
	const tooLongField = await postForm(page.request, '/register', { username: 'a'.repeat(100), password: PASSWORD, confirm: PASSWORD });
	expect(tooLongField.status()).toBe(400);
	// None of those attempts created an account.
	const login = await postForm(page.request, '/login', { username: 'x'.repeat(40), password: PASSWORD });
	expect(login.status()).toBe(400);
});

test('forged posts to a study the user is not in get 404; too low a role gets 403; nothing changes', async ({ browser }) => {
	const lead = await (await browser.newContext()).newPage();
	await registerViaApi(lead, uniqueName('lead'));
	const studyId = await createStudyViaApi(lead, 'Hemmeligt studie');

	const outsider = await (await browser.newContext()).newPage();
	await registerViaApi(outsider, uniqueName('out'));
	const forged = await postForm(outsider.request, `/studies/${studyId}?/update`, { name: 'Overtaget', description: '', version: '1' });
	expect(forged.status()).toBe(404);
	const forgedInvite = await postForm(outsider.request, `/studies/${studyId}/members?/invite`, { role: 'lead', maxUses: '1', days: '1' });
	expect(forgedInvite.status()).toBe(404);

	// A cross-site post (wrong Origin) is refused by Kit's CSRF check before any action runs.
	const crossSite = await lead.request.post(`/studies/${studyId}?/update`, {
		form: { name: 'Via CSRF', description: '', version: '1' },
		headers: { origin: 'http://evil.example' },
		maxRedirects: 0
	});
	expect(crossSite.status()).toBe(403);

	await lead.goto(`/studies/${studyId}`);
	await expect(lead.getByRole('heading', { name: 'Hemmeligt studie', level: 1 })).toBeVisible();
});

test('members: change role, remove, and the last lead is protected', async ({ browser }) => {
	const lead = await (await browser.newContext()).newPage();
	const leadName = uniqueName('lead');
	await registerViaApi(lead, leadName);
	const studyId = await createStudyViaApi(lead, 'Rollestudie');
	const memberName = uniqueName('member');
	const member = await (await browser.newContext()).newPage();
	await registerViaApi(member, memberName);

	await gotoReady(lead, `/studies/${studyId}/members`);
	await lead.getByLabel('Brugernavn').fill('no-such-user-here');
	await lead.getByRole('button', { name: 'Tilføj', exact: true }).click();
	await expect(lead.getByRole('alert')).toHaveText('Der findes ingen bruger med navnet »no-such-user-here«.');
	await lead.getByLabel('Brugernavn').fill(memberName);
	await lead.getByRole('button', { name: 'Tilføj', exact: true }).click();
	await expect(lead.getByRole('cell', { name: memberName, exact: true })).toBeVisible();

	// Demoting the only lead is refused.
	await lead.getByLabel(`Rolle: ${leadName}`).selectOption('coder');
	await lead.getByRole('row', { name: new RegExp(leadName) }).getByRole('button', { name: 'Skift rolle' }).click();
	await expect(lead.getByRole('alert')).toContainText('mindst én projektleder');

	// The member becomes a student: they see vignettes and teaching, not transcripts.
	await lead.getByLabel(`Rolle: ${memberName}`).selectOption('student');
	await lead.getByRole('row', { name: new RegExp(memberName) }).getByRole('button', { name: 'Skift rolle' }).click();
	await expect(lead.getByLabel(`Rolle: ${memberName}`)).toHaveValue('student');
	await member.goto(`/studies/${studyId}`);
	const sections = member.getByRole('navigation', { name: 'Studiets afsnit' });
	await expect(sections.getByRole('link', { name: 'Vignetter' })).toBeVisible();
	await expect(sections.getByRole('link', { name: 'Udskrifter' })).toHaveCount(0);
	expect((await member.goto(`/studies/${studyId}/transcripts`))?.status()).toBe(404);

	await lead.getByRole('button', { name: `Fjern: ${memberName}` }).click();
	await expect(lead.getByRole('cell', { name: memberName, exact: true })).toHaveCount(0);
	expect((await member.goto(`/studies/${studyId}`))?.status()).toBe(404);
});

test('language switches to English and is remembered', async ({ page }) => {
	await registerViaApi(page, uniqueName('lang'));
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Dine studier' })).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Your studies' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your studies' })).toBeVisible();
	await page.getByRole('button', { name: 'Dansk' }).click();
	await expect(page.getByRole('heading', { name: 'Dine studier' })).toBeVisible();
});

test('change password ends other sessions; the old password stops working', async ({ browser }) => {
	const name = uniqueName('pw');
	const first = await (await browser.newContext()).newPage();
	await registerViaApi(first, name);
	const second = await (await browser.newContext()).newPage();
	await loginViaUi(second, name);
	await expect(second.getByRole('heading', { name: 'Dine studier' })).toBeVisible();

	await gotoReady(first, '/account');
	await first.getByLabel('Nuværende adgangskode').fill('not-the-password');
	await first.getByLabel('Ny adgangskode').fill('a-brand-new-pass');
	await first.getByLabel('Gentag adgangskode').fill('a-brand-new-pass');
	await first.getByRole('button', { name: 'Skift adgangskode' }).click();
	await expect(first.getByRole('alert')).toHaveText('Den nuværende adgangskode er forkert.');
	await first.getByLabel('Nuværende adgangskode').fill(PASSWORD);
	await first.getByLabel('Ny adgangskode').fill('a-brand-new-pass');
	await first.getByLabel('Gentag adgangskode').fill('a-brand-new-pass');
	await first.getByRole('button', { name: 'Skift adgangskode' }).click();
	await expect(first.getByRole('status')).toContainText('Adgangskoden er skiftet');
	// This browser stays signed in; the other one is signed out.
	await first.goto('/');
	await expect(first.getByRole('heading', { name: 'Dine studier' })).toBeVisible();
	await second.goto('/');
	await expect(second.getByRole('link', { name: 'Log ind' }).first()).toBeVisible();
	await loginViaUi(second, name, PASSWORD);
	await expect(second.getByRole('alert')).toHaveText('Forkert brugernavn eller adgangskode.');
	await loginViaUi(second, name, 'a-brand-new-pass');
	await expect(second.getByRole('heading', { name: 'Dine studier' })).toBeVisible();
});

test('repeated failed logins are throttled with a clear message', async ({ page }) => {
	const name = uniqueName('throttle');
	await registerViaApi(page, name);
	await page.context().clearCookies();
	for (let i = 0; i < 5; i++) {
		await loginViaUi(page, name, `wrong-password-${i}`);
		await expect(page.getByRole('alert')).toHaveText('Forkert brugernavn eller adgangskode.');
	}
	// Even the right password waits now.
	await loginViaUi(page, name, PASSWORD);
	await expect(page.getByRole('alert')).toContainText('For mange mislykkede forsøg');
});

test('every response carries security headers and errors show no internals', async ({ page }) => {
	const response = await page.goto('/login');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("script-src 'self'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	// Signed out, a study URL leads to the login page, whether or not the study exists.
	await page.goto('/studies/doesnotexist');
	await expect(page).toHaveURL(/\/login\?next=%2Fstudies%2Fdoesnotexist$/);
	const notFound = await page.goto('/no/such/page');
	expect(notFound?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('404 – Der opstod en fejl');
	const body = await page.locator('body').innerText();
	expect(body).not.toMatch(/Error:|SQLITE|at .*\.js:\d+/);
});
