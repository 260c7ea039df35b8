// Compiles src/ to dist/ with esbuild (run by `npm install` through the prepare script), so the
// command line starts without transpiling TypeScript on every run. bin/newsbot uses dist/ only
// while it is newer than every source file, and the sources through tsx otherwise, so an edit
// never runs stale code. Type checking stays in `npm test` (tsc --noEmit).
import { build } from 'esbuild';
import fs from 'node:fs';

// Pure-JS libraries every command loads (the config readers and the store's query builder) and
// the ones every poll loads (undici, htmlparser2, node-cron, html-entities) are bundled: Node
// resolving and reading their hundreds of files cost ~300 ms per start (kysely ~200 ms, zod
// ~100 ms, measured with \`npm run bench -- --cli\`; undici 126 ms as a package, 38 ms bundled). Everything else stays a
// package: native modules, SDKs loaded only when their platform is on, and pino (worker threads).
const BUNDLED = new Set(['kysely', 'zod', 'yaml', 'js-yaml', 'undici', 'htmlparser2', 'node-cron', 'html-entities']);
const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

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
  external,
  // The ESM builds where a package has them: smaller once tree-shaken.
  mainFields: ['module', 'main'],
  // CommonJS code bundled into ESM (yaml's) still calls require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __newsbotRequire } from 'node:module'; const require = __newsbotRequire(import.meta.url);",
  },
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('..', import.meta.url).pathname,
});
console.log(`newsbot: built dist/ in ${Math.round(performance.now() - started)} ms`);
