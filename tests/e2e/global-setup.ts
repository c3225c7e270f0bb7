// The first account on an instance becomes its admin; register one up front so that
// the accounts made by tests are ordinary users, whatever order the tests run in.
import { request } from '@playwright/test';
import { ORIGIN } from './helpers';

export const ADMIN = { username: 'e2e-admin', password: 'correct-horse-42' };

export default async function globalSetup() {
	const context = await request.newContext({ baseURL: ORIGIN });
	const response = await context.post('/register', {
		form: { username: ADMIN.username, password: ADMIN.password, confirm: ADMIN.password },
		headers: { origin: ORIGIN, accept: 'text/html' },
		maxRedirects: 0
	});
	if (response.status() !== 303) throw new Error(`could not register the admin: ${response.status()}`);
	await context.dispose();
}
