// Takes full-page screenshots of the running app: tsx scripts/screenshot.ts URL OUT.png [width]
import { chromium } from '@playwright/test';

const [url, out, width = '1200'] = process.argv.slice(2);
if (!url || !out) {
	console.error('usage: tsx scripts/screenshot.ts URL OUT.png [width]');
	process.exit(2);
}
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic']
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
