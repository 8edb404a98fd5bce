import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFonts } from './fonts';
import { Layout, sizes } from './layout';
import { count, pageTexts, writeTemp } from './poppler-test-helpers';
import { table } from './table';

let layout: Layout;

async function freshLayout(): Promise<Layout> {
	const doc = await PDFDocument.create();
	const fresh = new Layout(doc, await embedFonts(doc));
	fresh.addPage();
	return fresh;
}

beforeAll(async () => {
	layout = await freshLayout();
});

const word = fc.stringMatching(/^[a-zA-Ząćęłńóśźżа-яіїєґЇҐ0-9„”.,;:()–-]{1,14}$/);
const words = fc.array(word, { minLength: 1, maxLength: 60 });

describe('Layout.wrap', () => {
	it('never makes a line wider than asked, and keeps every word in order', () => {
		fc.assert(
			fc.property(words, fc.integer({ min: 90, max: 500 }), fc.boolean(), (list, width, bold) => {
				const lines = layout.wrap(list.join(' '), width, { bold });
				for (const line of lines) expect(layout.measure(line, { bold })).toBeLessThanOrEqual(width);
				expect(lines.join(' ').split(' ')).toEqual(list);
			})
		);
	});

	it('cuts a word only when it alone is wider than the line', () => {
		const url = 'https://example.org/'.padEnd(300, 'a');
		const lines = layout.wrap(`see ${url} now`, 120);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(layout.measure(line)).toBeLessThanOrEqual(120);
		expect(lines.join('').replace(/ /g, '')).toBe(`see${url}now`);
	});

	it('keeps the text’s own line breaks and its non-breaking spaces', () => {
		expect(layout.wrap('one\ntwo', 400)).toEqual(['one', 'two']);
		expect(layout.wrap('25\u00a0%', 400)).toEqual(['25\u00a0%']);
		expect(layout.wrap('a  \t b', 400)).toEqual(['a b']);
	});
});

describe('Layout flow', () => {
	it('moves text that reaches the bottom margin to a new page', async () => {
		const fresh = await freshLayout();
		fresh.paragraph(Array.from({ length: 150 }, (_, i) => `line ${i}`).join('\n'));
		expect(fresh.doc.getPageCount()).toBe(3);
		expect(fresh.y).toBeGreaterThanOrEqual(fresh.bottom - sizes.body);
	});

	it('keeps a block together on the next page when it does not fit the rest of this one', async () => {
		const fresh = await freshLayout();
		fresh.gap(fresh.room - 50);
		const drawnOn: number[] = [];
		const row = { height: 20, draw: () => drawnOn.push(fresh.doc.getPageCount()) };
		fresh.block([row, row, row]);
		expect(drawnOn).toEqual([2, 2, 2]);
	});

	it('splits a table row taller than a page across pages, header first on each', async () => {
		const fresh = await freshLayout();
		const tall = Array.from({ length: 120 }, (_, i) => `paragraph ${i}`).join('\n');
		table(
			fresh,
			[
				{ header: 'Header', weight: 1 },
				{ header: 'Other', weight: 1 }
			],
			[['short', tall]]
		);
		const pages = pageTexts(writeTemp(await fresh.doc.save(), 'tall-row.pdf'));
		expect(pages).toHaveLength(2);
		for (const page of pages) expect(page.trimStart()).toMatch(/^Header +Other/);
		const text = pages.join('\n');
		for (let i = 0; i < 120; i++) expect(count(text, new RegExp(`paragraph ${i}\\b`))).toBe(1);
	});
});
