import fontkit from '@pdf-lib/fontkit';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

const FILES = {
	regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
	bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'
} as const;

// The font files never change while the process runs, so they are read once.
const bytes = new Map<string, Uint8Array>();
const require = createRequire(import.meta.url);

function fontBytes(file: string): Uint8Array {
	let data = bytes.get(file);
	if (!data) {
		data = readFileSync(require.resolve(file));
		bytes.set(file, data);
	}
	return data;
}

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

const parsed = new Map<Uint8Array, Font>();
const sharedFontkit: Fontkit = {
	create(data: Uint8Array, postscriptName?: string) {
		let font = parsed.get(data);
		if (!font) {
			font = fontkit.create(data, postscriptName);
			parsed.set(data, font);
		}
		return font;
	}
};

/**
 * PDF readers (and pdffonts) recognise a subset by a six-letter tag before the name;
 * pdf-lib subsets the glyphs but names the font without one.
 */
function subsetTag(): string {
	return Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join('');
}

/**
 * pdf-lib places glyphs by their advance widths only, so kerning and mark positioning
 * (GPOS) never reach the page; switching them off, with ligatures, spares fontkit most of
 * its shaping work on every line drawn and measured.
 */
const FEATURES = { kern: false, mark: false, mkmk: false, liga: false, clig: false, calt: false };

/** Embeds DejaVu Sans, regular and bold, keeping only the glyphs the document uses. */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
	doc.registerFontkit(sharedFontkit);
	const [regular, bold] = await Promise.all([
		doc.embedFont(fontBytes(FILES.regular), {
			subset: true,
			features: FEATURES,
			customName: `${subsetTag()}+DejaVuSans`
		}),
		doc.embedFont(fontBytes(FILES.bold), {
			subset: true,
			features: FEATURES,
			customName: `${subsetTag()}+DejaVuSans-Bold`
		})
	]);
	return { regular, bold };
}
