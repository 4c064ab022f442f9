/**
 * Astro's command line (`node scripts/astro.ts dev`) in a Node process with the flags that keep it from hanging
 * as it exits (node-flags.ts). Ctrl-C reaches both processes; this one waits for Astro and exits as it did.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ASTRO_NODE_FLAGS } from './node-flags.ts';

const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
// Astro's anonymous usage reports stay off, as in `npm run build` (scripts/build.sh); an empty variable sends them.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED ?? '1' };
const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, astro, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
