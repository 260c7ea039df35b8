// Compiles src/ to dist/ with esbuild (run by `npm install` through the prepare script), so the
// command line starts without transpiling TypeScript on every run. bin/newsbot uses dist/ only
// while it is newer than every source file, and the sources through tsx otherwise, so an edit
// never runs stale code. Type checking stays in `npm test` (tsc --noEmit).
import { build } from 'esbuild';
import fs from 'node:fs';

const started = performance.now();
fs.rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts', 'src/sources/parse-worker.ts'],
  bundle: true,
  // Each command's module stays its own chunk, loaded only when that command runs.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
});
console.log(`newsbot: built dist/ in ${Math.round(performance.now() - started)} ms`);
