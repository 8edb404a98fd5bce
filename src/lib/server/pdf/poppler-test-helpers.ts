import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/**
 * Reads generated PDFs back with poppler (poppler-utils: pdftotext, pdfinfo, pdffonts,
 * pdftoppm), the way a reader's viewer would, for the PDF tests.
 */

function run(
	command: string,
	args: string[]
): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	if (result.error) throw result.error;
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(command: string, args: string[]): string {
	const result = run(command, args);
	if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
	return result.stdout;
}

export function writeTemp(bytes: Uint8Array, name: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return path;
}

/** The text of each page, laid out as on the page (pdftotext -layout). */
export function pageTexts(path: string): string[] {
	const pages = ok('pdftotext', ['-layout', path, '-']).split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return pages;
}

export function pdfInfo(path: string): Record<string, string> {
	const entries = ok('pdfinfo', [path])
		.split('\n')
		.filter((line) => line.includes(':'))
		.map((line) => {
			const at = line.indexOf(':');
			return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
		});
	return Object.fromEntries(entries);
}

export interface FontRow {
	name: string;
	embedded: boolean;
	subset: boolean;
}

export function pdfFonts(path: string): FontRow[] {
	return ok('pdffonts', [path])
		.split('\n')
		.slice(2)
		.filter((line) => line.trim())
		.map((line) => {
			const cells = line.trim().split(/\s+/);
			// name, type…, encoding, emb, sub, uni, object, id: read from the end.
			const [emb, sub] = cells.slice(-5, -3);
			return { name: cells[0], embedded: emb === 'yes', subset: sub === 'yes' };
		});
}

/** Renders every page to PNG at a low resolution; returns how it went. */
export function renderPages(path: string): { status: number | null; stderr: string; pngs: number } {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-png-'));
	const result = run('pdftoppm', ['-png', '-r', '50', path, join(dir, 'page')]);
	return {
		status: result.status,
		stderr: result.stderr,
		pngs: readdirSync(dir).filter((f) => f.endsWith('.png')).length
	};
}

/** The document's language from its catalog (/Lang), which pdfinfo does not print. */
export async function pdfLanguage(bytes: Uint8Array): Promise<string | undefined> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const lang = doc.catalog.lookup(PDFName.of('Lang'));
	return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
}

/** How often a pattern occurs in a text. */
export function count(text: string, pattern: RegExp | string): number {
	const source =
		typeof pattern === 'string' ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern.source;
	return (text.match(new RegExp(source, 'g')) ?? []).length;
}
