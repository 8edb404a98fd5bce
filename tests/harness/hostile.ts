/**
 * Bodies no browser would send: broken encodings, the wrong content types, oversized fields,
 * thousands of fields, files where text belongs, and fast-check's type-confused forms.
 */
import fc from 'fast-check';

export interface Hostile {
	label: string;
	body: BodyInit;
	contentType?: string;
}

const MB = 1024 * 1024;
// Under the adapter's default 512 KB body limit, so the app itself reads it.
const LARGE = 400 * 1024;

function multipart(parts: Part[]): Hostile {
	const boundary = 'hostile-boundary-7d3a';
	const chunks = parts.map(([name, value]) =>
		typeof value === 'string'
			? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
			: `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.file}"\r\nContent-Type: application/octet-stream\r\n\r\n\u0000\u0001binary\r\n`
	);
	return {
		label: 'multipart',
		body: `${chunks.join('')}--${boundary}--\r\n`,
		contentType: `multipart/form-data; boundary=${boundary}`
	};
}

const urlencoded = (label: string, body: string): Hostile => ({
	label,
	body,
	contentType: 'application/x-www-form-urlencoded'
});

/** A body of `bytes` bytes sent in chunks, with no Content-Length to check up front. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
	const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			if (sent === 0) controller.enqueue(new TextEncoder().encode('email='));
			if (sent >= bytes) return controller.close();
			controller.enqueue(chunk);
			sent += chunk.length;
		}
	});
}

/** The same hostile bodies for every endpoint, aimed at the field names it reads. */
export function fixedHostileBodies(fields: string[]): Hostile[] {
	const names = fields.length ? fields : ['value'];
	const every = (value: string) =>
		names.map((n) => `${encodeURIComponent(n)}=${encodeURIComponent(value)}`).join('&');
	return [
		urlencoded('an empty body', ''),
		urlencoded('broken percent-encoding', `${names[0]}=%zz&%=&&=&${names.at(-1)}=%E0%A4%A`),
		urlencoded('invalid UTF-8 and NUL bytes', `${names[0]}=%FF%FE%00%C3%28`),
		{
			label: 'a multipart body that does not match its boundary',
			body: 'garbage',
			contentType: 'multipart/form-data; boundary=xyz'
		},
		{ label: 'multipart without a boundary', body: '--x\r\n', contentType: 'multipart/form-data' },
		{ label: 'text/plain', body: every('x'), contentType: 'text/plain' },
		{ label: 'JSON', body: JSON.stringify({ [names[0]]: ['x'] }), contentType: 'application/json' },
		{
			label: 'binary',
			body: new Uint8Array([0, 255, 1, 254, 10, 13]),
			contentType: 'application/octet-stream'
		},
		urlencoded('a 1 MB field', `${names[0]}=${'a'.repeat(MB)}`),
		{
			label: 'a 1 MB body without Content-Length',
			body: streamed(MB),
			contentType: 'application/x-www-form-urlencoded'
		},
		urlencoded(
			'a 400 KB value in every field',
			every('a'.repeat(Math.floor(LARGE / names.length)))
		),
		urlencoded('10,000 fields', Array.from({ length: 10_000 }, (_, i) => `f${i}=${i}`).join('&')),
		urlencoded('10,000 copies of one field', `${names[0]}=x&`.repeat(10_000)),
		urlencoded('every field twice', `${every('a')}&${every('b')}`),
		urlencoded(
			'prototype names',
			'__proto__=x&constructor=y&prototype=z&toString=1&hasOwnProperty=2&__proto__%5Bx%5D=1'
		),
		urlencoded('bracketed names', names.map((n) => `${n}%5B%5D=a&${n}%5B0%5D=b`).join('&')),
		{ ...multipart(names.map((n) => [n, { file: 'x.bin' }])), label: 'files in every field' },
		{
			...multipart(names.map((n) => [n, '\u0000\uFFFF\uD800'])),
			label: 'multipart with control characters and a lone surrogate'
		}
	];
}

const confusingText = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom('', ' ', 'true', 'null', 'undefined', '[]', '{}', '-1', '-0', '1e309', 'NaN'),
	fc.constantFrom('0x1F', '9007199254740993', '<script>alert(1)</script>', "' OR 1=1 --", '../..'),
	fc.integer().map(String),
	fc.double().map(String),
	fc.string({ minLength: 2000, maxLength: 20_000 })
);

export type Part = [name: string, value: string | { file: string }];

/** A form of confused fields: known names and odd ones, repeated, as text or as files. */
export function hostileParts(
	fields: string[]
): fc.Arbitrary<{ parts: Part[]; multipartEncoding: boolean }> {
	const name = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...(fields.length ? fields : ['value'])) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
		{ weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '_', '/', '') }
	);
	const value = fc.oneof(
		{ weight: 5, arbitrary: confusingText },
		{ weight: 1, arbitrary: fc.constant({ file: 'f.bin' }) }
	);
	return fc.record({
		parts: fc.array(fc.tuple(name, value), { maxLength: 30 }),
		multipartEncoding: fc.boolean()
	});
}

/** The parts as a browser would encode them: multipart when asked or when a file is among them. */
export function encodeForm(parts: Part[], multipartEncoding: boolean): Hostile {
	const hasFile = parts.some(([, v]) => typeof v !== 'string');
	if (multipartEncoding || hasFile) return { ...multipart(parts), label: 'fast-check multipart' };
	const body = new URLSearchParams(parts.map(([n, v]) => [n, v as string])).toString();
	return urlencoded('fast-check form', body);
}
