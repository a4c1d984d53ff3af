import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { buildStatic } from '../scripts/build-static';
import { startSandbox } from './server/sandbox-server';

/** `npm start [-- --port N] [--reset] [--state-dir DIR]`: builds the Custom UI apps and starts the sandbox. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, reset: { type: 'boolean' }, 'state-dir': { type: 'string' } } });
  const port = Number(values.port ?? process.env['PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  const root = resolve(__dirname, '..');
  const built = await buildStatic({ root });
  for (const b of built) console.log(`built ${b.app}${b.entry === 'index' ? '' : `/${b.entry}`}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzip`);
  const stateDir = values['state-dir'] ? resolve(values['state-dir']) : undefined;
  const sandbox = await startSandbox({ root, port, ...(stateDir ? { stateDir } : {}), ...(values.reset ? { reset: true } : {}) });
  console.log(`Shipshape sandbox: ${sandbox.url}  (state in ${stateDir ?? '.sandbox/'}; npm start -- --reset to start over)`);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${(error as Error).message}`);
  process.exitCode = 1;
});
