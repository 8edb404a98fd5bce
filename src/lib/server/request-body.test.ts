import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardFormData, refuseReservedAction } from './request-body';

async function failure(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

function post(body: string, contentType: string): Request {
	return new Request('http://127.0.0.1/login', {
		method: 'POST',
		body,
		headers: { 'content-type': contentType }
	});
}

describe('guardFormData', () => {
	it('still reads a well-formed form', async () => {
		const request = post('email=a%40b.pl&password=x', 'application/x-www-form-urlencoded');
		guardFormData(request);
		expect((await request.formData()).get('email')).toBe('a@b.pl');
	});

	it.each([
		['a broken multipart body', 'garbage', 'multipart/form-data; boundary=xyz'],
		['a multipart body without a boundary', '--x\r\n', 'multipart/form-data'],
		['text/plain, which HTML forms may send', 'email=a', 'text/plain']
	])('turns %s into a 400 with a message', async (_name, body, type) => {
		const request = post(body, type);
		guardFormData(request);
		const e = await failure(request.formData());
		expect(isHttpError(e, 400)).toBe(true);
		expect(String((e as { body: { message: string } }).body.message)).not.toBe('');
	});

	it('keeps a client error the body stream already reported (a body over the size limit)', async () => {
		const tooLarge = Object.assign(new Error('Content-length exceeds limit'), { status: 413 });
		const stream = new ReadableStream({ start: (c) => c.error(tooLarge) });
		const request = new Request('http://127.0.0.1/login', {
			method: 'POST',
			body: stream,
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			duplex: 'half'
		} as RequestInit);
		guardFormData(request);
		expect(await failure(request.formData())).toBe(tooLarge);
	});
});

describe('refuseReservedAction', () => {
	it('answers ?/default with a 400 and lets named actions and other methods through', () => {
		const thrown = (() => {
			try {
				refuseReservedAction('POST', new URL('http://127.0.0.1/login?/default'));
			} catch (e) {
				return e;
			}
		})();
		expect(isHttpError(thrown, 400)).toBe(true);
		expect(() => refuseReservedAction('POST', new URL('http://127.0.0.1/a?/save'))).not.toThrow();
		expect(() => refuseReservedAction('GET', new URL('http://127.0.0.1/a?/default'))).not.toThrow();
	});
});
