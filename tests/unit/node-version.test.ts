import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The app is built, tested and run on one Node.js major: the one package.json's `engines` names
// and scripts/use-node.sh installs where the machine's Node is another.
it('runs on the Node.js major that package.json and scripts/use-node.sh name', () => {
	const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
	const pinned = /^NODE_VERSION=(\d+)\.\d+\.\d+$/m.exec(
		readFileSync('scripts/use-node.sh', 'utf8')
	);
	expect(engines).toBe('24.x');
	expect(pinned?.[1]).toBe('24');
	expect(process.versions.node.split('.')[0]).toBe('24');
});
