// Fails when the message files have a problem (see scripts/messages/problems.ts): a missing
// translation is an error here, never a silent fallback, and so is a message nobody uses.
import { messageProblems } from './messages/problems';

// The project root is the working directory, as under `npm run`, or the one argument given.
const { problems, keys, locales } = messageProblems(process.argv[2] ?? process.cwd());
if (problems.length) {
	console.error(problems.map((p) => `✗ ${p}`).join('\n'));
	process.exit(1);
}
console.log(`Messages complete: ${keys} keys in ${locales.join(', ')}, each used.`);
