/**
 * `npm run bench`: run every benchmark in scripts/bench/ (each prints `bench <name> <value> <unit>` lines).
 * The extension must be built first (`npm run bench` builds it). One benchmark at a time: the machine has 2 cores.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const only = process.argv.slice(2);
const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`# ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`# ${f} failed (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
