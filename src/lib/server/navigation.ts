/** A redirect target from user input: same-site paths only, so links can't bounce users elsewhere. */
export function safeNext(value: string | null | undefined): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
	return value;
}
