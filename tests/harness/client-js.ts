import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ROOT } from './server';

export interface ShippedJs {
	files: { path: string; bytes: number; gzip: number; brotli: number }[];
	bytes: number;
	gzip: number;
	/** What a browser that accepts br is sent (adapter-node serves precompressed .br files). */
	brotli: number;
}

/**
 * The JavaScript a page makes the browser load: its modulepreload links (SvelteKit sends them
 * in the Link header, or as <link> tags) and the entry imports of its start script, each file
 * gzipped from build/client as a server would send it.
 */
export function shippedJs(html: string, linkHeader: string | null, pageUrl: string): ShippedJs {
	const hrefs = new Set<string>();
	for (const m of (linkHeader ?? '').matchAll(/<([^>]+)>;[^,]*rel="modulepreload"/g))
		hrefs.add(m[1]);
	for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		if (href) hrefs.add(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*src="([^"]+\.js)"/g)) hrefs.add(m[1]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) hrefs.add(m[1]);
	const paths = new Set([...hrefs].map((h) => new URL(h, pageUrl).pathname));
	const files = [...paths].sort().map((path) => {
		const content = readFileSync(join(ROOT, 'build/client', path));
		return {
			path,
			bytes: content.length,
			gzip: gzipSync(content).length,
			brotli: brotliCompressSync(content).length
		};
	});
	return {
		files,
		bytes: files.reduce((t, f) => t + f.bytes, 0),
		gzip: files.reduce((t, f) => t + f.gzip, 0),
		brotli: files.reduce((t, f) => t + f.brotli, 0)
	};
}
