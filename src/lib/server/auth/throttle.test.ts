import { describe, expect, it } from 'vitest';
import { LoginThrottle, loginThrottle } from './throttle';

describe('LoginThrottle', () => {
	it('allows the free failures, then blocks with a doubling wait', () => {
		const throttle = new LoginThrottle(3);
		const now = 1_000_000;
		for (let i = 0; i < 2; i++) throttle.recordFailure(['k'], now);
		expect(throttle.waitFor(['k'], now)).toBe(0);
		throttle.recordFailure(['k'], now);
		expect(throttle.waitFor(['k'], now)).toBe(60_000);
		throttle.recordFailure(['k'], now);
		expect(throttle.waitFor(['k'], now)).toBe(120_000);
		expect(throttle.waitFor(['k'], now + 120_000)).toBe(0);
	});

	it('forgets failures after a success', () => {
		const throttle = new LoginThrottle(1);
		throttle.recordFailure(['k'], 0);
		expect(throttle.waitFor(['k'], 0)).toBeGreaterThan(0);
		throttle.recordSuccess(['k']);
		expect(throttle.waitFor(['k'], 0)).toBe(0);
	});

	it('throttles an account after five failures while its address still has room', () => {
		const now = 5_000_000;
		const attempt = loginThrottle('Bente', '10.9.9.9');
		for (let i = 0; i < 5; i++) attempt.failed(now);
		expect(loginThrottle('bente', '10.0.0.1').waitMs(now)).toBeGreaterThan(0);
		expect(loginThrottle('someone-else', '10.9.9.9').waitMs(now)).toBe(0);
	});

	it('throttles an address after twenty failures across accounts', () => {
		const now = 7_000_000;
		for (let i = 0; i < 20; i++) loginThrottle(`user${i}`, '10.7.7.7').failed(now);
		expect(loginThrottle('fresh-name', '10.7.7.7').waitMs(now)).toBeGreaterThan(0);
	});
});
