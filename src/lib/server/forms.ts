// Helpers for form actions: read fields safely and turn UserErrors into `fail(...)`.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { UserError } from './errors';
import type { MessageKey, Params } from '$lib/i18n';

export type FormFailure = { error: MessageKey; params: Params; values?: Record<string, string> };

export function field(data: FormData, name: string, max = 10_000): string {
	const value = data.get(name);
	if (value === null) return '';
	if (typeof value !== 'string') throw new UserError('error.invalid_field', { field: name });
	if (value.length > max) throw new UserError('error.field_too_long', { field: name, max });
	return value;
}

export function intField(data: FormData, name: string, min: number, max: number): number {
	const raw = field(data, name, 20).trim();
	const value = Number(raw);
	if (!raw || !Number.isInteger(value) || value < min || value > max)
		throw new UserError('error.invalid_number', { field: name, min, max });
	return value;
}

/** The record version a form was read at, for the stale-edit check. */
export function versionField(data: FormData, name = 'version'): number {
	return intField(data, name, 1, Number.MAX_SAFE_INTEGER);
}

export function optionalIntField(data: FormData, name: string, min: number, max: number): number | null {
	return field(data, name, 20).trim() === '' ? null : intField(data, name, min, max);
}

/**
 * Runs an action body. A UserError becomes a failure the page can show (with the submitted
 * values echoed back, passwords excluded); anything else propagates as a 500.
 */
export async function guard<T>(
	fn: () => T | Promise<T>,
	echo?: FormData
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await fn();
	} catch (err) {
		if (err instanceof UserError) {
			const values = echo
				? Object.fromEntries(
						[...echo.entries()].filter(([k, v]) => typeof v === 'string' && !/password/i.test(k)) as [string, string][]
					)
				: undefined;
			return fail(err.status, { error: err.code, params: err.params, values });
		}
		throw err;
	}
}
