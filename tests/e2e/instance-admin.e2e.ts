// The instance admin switches open registration off: then only invitation links admit new people.
import { expect, test } from '@playwright/test';
import { ADMIN } from './global-setup';
import { PASSWORD, createStudyViaApi, loginViaUi, postForm, registerViaApi, uniqueName } from './helpers';

test('the admin closes registration; invitations still work; the admin reopens it', async ({ browser }) => {
	const lead = await (await browser.newContext()).newPage();
	await registerViaApi(lead, uniqueName('lead'));
	const studyId = await createStudyViaApi(lead, 'Lukket registrering');
	// An ordinary user has no admin page.
	expect((await lead.goto('/admin'))?.status()).toBe(403);

	const admin = await (await browser.newContext()).newPage();
	await loginViaUi(admin, ADMIN.username, ADMIN.password);
	await admin.getByRole('link', { name: 'Administration' }).click();
	await expect(admin.getByText('Alle kan oprette en konto.')).toBeVisible();
	await admin.getByRole('button', { name: 'Luk for åben registrering' }).click();
	await expect(admin.getByText('Registrering er lukket: nye konti')).toBeVisible();

	const stranger = await (await browser.newContext()).newPage();
	await stranger.goto('/register');
	await expect(stranger.getByText('Registrering er lukket på denne installation.')).toBeVisible();
	const forced = await postForm(stranger.request, '/register', { username: uniqueName('forced'), password: PASSWORD, confirm: PASSWORD });
	expect(forced.status()).toBe(403);

	await lead.goto(`/studies/${studyId}/members`);
	await lead.getByRole('button', { name: 'Opret invitationslink' }).click();
	const token = (await lead.getByLabel('Invitationslink').inputValue()).split('/').pop()!;
	const invited = await (await browser.newContext()).newPage();
	await registerViaApi(invited, uniqueName('invited'), token);
	await invited.goto(`/studies/${studyId}`);
	await expect(invited.getByRole('heading', { name: 'Lukket registrering', level: 1 })).toBeVisible();

	await admin.getByRole('button', { name: 'Åbn for registrering' }).click();
	await expect(admin.getByText('Alle kan oprette en konto.')).toBeVisible();
});
