// Throttles failed logins per account and per address. After a number of free failures
// each further failure doubles the wait (1 min, 2 min, 4 min … up to an hour).
// An address gets more free failures than an account: a university network shares one address.
// Kept in memory: one server process serves an instance; a restart forgets, which is acceptable.

const BASE_WAIT_MS = 60_000;
const MAX_WAIT_MS = 60 * 60_000;
const FORGET_AFTER_MS = 24 * 60 * 60_000;

interface Entry {
	failures: number;
	blockedUntil: number;
	lastFailure: number;
}

export class LoginThrottle {
	private entries = new Map<string, Entry>();

	constructor(private readonly freeFailures: number) {}

	/** Milliseconds the caller must still wait for any of the keys, or 0. */
	waitFor(keys: string[], now = Date.now()): number {
		let wait = 0;
		for (const key of keys) {
			const entry = this.entries.get(key);
			if (!entry) continue;
			if (now - entry.lastFailure > FORGET_AFTER_MS) {
				this.entries.delete(key);
				continue;
			}
			wait = Math.max(wait, entry.blockedUntil - now);
		}
		return wait;
	}

	recordFailure(keys: string[], now = Date.now()): void {
		for (const key of keys) {
			const entry = this.entries.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
			entry.failures += 1;
			entry.lastFailure = now;
			if (entry.failures >= this.freeFailures) {
				const wait = Math.min(MAX_WAIT_MS, BASE_WAIT_MS * 2 ** (entry.failures - this.freeFailures));
				entry.blockedUntil = now + wait;
			}
			this.entries.set(key, entry);
		}
		if (this.entries.size > 100_000) this.prune(now);
	}

	recordSuccess(keys: string[]): void {
		for (const key of keys) this.entries.delete(key);
	}

	private prune(now: number): void {
		for (const [key, entry] of this.entries) {
			if (now - entry.lastFailure > FORGET_AFTER_MS) this.entries.delete(key);
		}
	}
}

const accounts = new LoginThrottle(5);
const addresses = new LoginThrottle(20);

/** Throttling for one login attempt: by the account name tried and by the client's address. */
export function loginThrottle(username: string, address: string) {
	const account = [username.trim().toLowerCase()];
	const from = [address];
	return {
		waitMs: (now = Date.now()) => Math.max(accounts.waitFor(account, now), addresses.waitFor(from, now)),
		failed: (now = Date.now()) => {
			accounts.recordFailure(account, now);
			addresses.recordFailure(from, now);
		},
		succeeded: () => accounts.recordSuccess(account)
	};
}
