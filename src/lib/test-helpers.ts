import type { Fail, Result } from './result';

/** The value of an outcome a test expects to succeed; the test fails with the reason otherwise. */
export async function valueOf<T>(
	outcome: Promise<Result<T, string>> | Result<T, string>
): Promise<T> {
	const settled = await outcome;
	if (!settled.ok) throw new Error(`expected success, got ${settled.reason}`);
	return settled.value;
}

/** The refusal of an outcome a test expects to be refused. */
export async function refusalOf<R extends { ok: true } | Fail<string>>(
	outcome: Promise<R> | R
): Promise<Extract<R, { ok: false }>> {
	const settled = await outcome;
	if (settled.ok) throw new Error('expected a refusal');
	return settled as Extract<R, { ok: false }>;
}
