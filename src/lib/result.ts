/**
 * How a service reports an expected outcome: the value, or the reason it could not be had,
 * with whatever the caller needs to act on that reason. An exception means a bug (or a
 * broken installation), never something a person can cause by using the app.
 */
export type Ok<T> = { ok: true; value: T };

/** A refusal: `reason` names it; `detail` fields, when a reason needs them, sit beside it. */
export type Fail<E extends string, Detail extends object = object> = {
	ok: false;
	reason: E;
} & Detail;

export type Result<T, E extends string> = Ok<T> | Fail<E>;

export function ok<T>(value: T): Ok<T>;
export function ok(): Ok<undefined>;
export function ok<T>(value?: T): Ok<T | undefined> {
	return { ok: true, value };
}

export function fail<E extends string>(reason: E): Fail<E>;
export function fail<E extends string, Detail extends object>(
	reason: E,
	detail: Detail
): Fail<E, Detail>;
export function fail(reason: string, detail: object = {}): Fail<string> {
	return { ...detail, ok: false, reason };
}
