/**
 * The dependency rules of docs/architecture.md, checked in `npm test` (`npm run lint:deps`).
 * Folders are layers; a folder may import only from layers below it (and itself), so there
 * are no folder cycles. Module-level cycles are forbidden everywhere.
 */
const LAYERS = [
  ['errors.ts', 'ids.ts', 'log.ts', 'net', 'language'],
  ['store'],
  ['config'],
  ['sources'],
  ['ingest'],
  ['topics'],
  ['stories'],
  ['deals'],
  ['alerts'],
  ['commands'],
  ['formatting'],
  ['platforms'],
  ['pipeline'],
  ['scheduler'],
  ['runners'],
  ['cluster'],
  ['ops'],
  ['app.ts'],
  ['cli'],
];
const path = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`);

const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'modules must not import each other in a circle',
    from: {},
    to: { circular: true },
  },
  {
    name: 'sql-only-in-store',
    severity: 'error',
    comment: 'the store owns SQL: Kysely is imported only under store/',
    from: { path: '^src/', pathNot: '^src/store/' },
    to: { path: 'node_modules/kysely/' },
  },
  {
    name: 'no-platform-sdk-below-platforms',
    severity: 'error',
    comment: 'only platforms/ (and the cluster for pg-boss) import a platform SDK',
    from: { path: '^src/', pathNot: '^src/(platforms|cluster)/' },
    to: { path: 'node_modules/(@slack|discord\\.js|@discordjs|pg-boss)/' },
  },
  {
    name: 'metrics-only-in-ops',
    severity: 'error',
    comment: "only ops/ imports prom-client (loaded only when the operators' endpoints are on)",
    from: { path: '^src/', pathNot: '^src/ops/' },
    to: { path: 'node_modules/prom-client/' },
  },
];
LAYERS.forEach((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  if (!above.length) return;
  for (const name of layer) {
    forbidden.push({
      name: `layer:${name}`,
      severity: 'error',
      comment: `${name} may import only from the layers below it: ${LAYERS.slice(0, i).flat().join(', ') || 'none'}`,
      from: { path: path(name) },
      to: { path: above.map(path).join('|') },
    });
  }
});

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
