// Serves the production build with defaults that suit one machine, and says where.
import { spawn } from 'node:child_process';

const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';
const origin = process.env.ORIGIN || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
const env = { ...process.env, PORT: port, HOST: host, ORIGIN: origin, NODE_ENV: 'production' };

console.log(`\nThe app is starting at ${origin}  (Ctrl+C stops it)\n`);
const child = spawn(process.execPath, ['build/index.js'], { env, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
