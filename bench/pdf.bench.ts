// Time and size of a ten-page action plan against the least a PDF with our fonts can
// cost: an empty page with DejaVu Sans (regular and bold) embedded as subsets.
// Run with `npm run bench:pdf`; ROUNDS=30 for steadier medians.
import { PDFDocument } from 'pdf-lib';
import { embedFonts, renderActionPlan } from '../src/lib/server/pdf';
import { planFixture } from '../src/lib/server/pdf/test-fixtures';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const WARM_UP = 2;

async function baseline(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	await embedFonts(doc);
	doc.addPage();
	return doc.save();
}

/** Median wall time in milliseconds, and the bytes of the last run. */
async function measure(
	make: () => Promise<Uint8Array>
): Promise<{ ms: number; bytes: Uint8Array }> {
	let bytes = new Uint8Array();
	const times: number[] = [];
	for (let i = 0; i < WARM_UP + ROUNDS; i++) {
		const start = performance.now();
		bytes = await make();
		if (i >= WARM_UP) times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { ms: times[Math.floor(times.length / 2)], bytes };
}

// Twelve actions make ten pages with the Polish fixture.
const plan = planFixture('pl', { actions: 12 });
const base = await measure(baseline);
const full = await measure(() => renderActionPlan(plan));
const pages = (await PDFDocument.load(full.bytes)).getPageCount();

const kb = (bytes: Uint8Array) => `${(bytes.length / 1024).toFixed(1)} KB`;
console.log(`PDF benchmark, median of ${ROUNDS} runs (Node ${process.version})`);
console.table({
	'empty page, fonts embedded': {
		pages: 1,
		time: `${base.ms.toFixed(1)} ms`,
		size: kb(base.bytes)
	},
	'action plan': { pages, time: `${full.ms.toFixed(1)} ms`, size: kb(full.bytes) },
	'plan ÷ baseline': {
		pages,
		time: `× ${(full.ms / base.ms).toFixed(2)}`,
		size: `× ${(full.bytes.length / base.bytes.length).toFixed(2)}`
	}
});
