/**
 * The house's plan, held by the build (`npm run lint:deps`, run by `npm test`'s pretest).
 * Modules are the folders of src/; each layer may import only the layers below it, never one beside or above.
 * The layers are listed, bottom first, in .dependency-cruiser.layers.json; docs/architecture.md draws the same list
 * (test/architecture.test.ts checks that it does).
 */
const { layers: LAYERS } = require('./.dependency-cruiser.layers.json');

const path = (m) => (m.endsWith('.ts') ? `^src/${m.replace('.', '\\.')}$` : `^src/${m}/`);
const any = (ms) => ms.map(path).join('|');

const layerRules = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  return layer.flatMap((m) => {
    const rules = [];
    if (above.length > 0)
      rules.push({
        name: `layer-${m.replace('.ts', '')}`,
        comment: `${m} sits on layer ${i}: it may not import ${above.join(', ')}`,
        severity: 'error',
        from: { path: path(m) },
        to: { path: any(above) },
      });
    const beside = layer.filter((o) => o !== m);
    if (beside.length > 0)
      rules.push({
        name: `beside-${m.replace('.ts', '')}`,
        comment: `${m} may not import the modules beside it (${beside.join(', ')})`,
        severity: 'error',
        from: { path: path(m) },
        to: { path: any(beside) },
      });
    return rules;
  });
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'feed-only',
      comment: 'operations modules feed statistics through statistics/feed.ts only',
      severity: 'error',
      from: { path: any(['library', 'museum', 'events', 'culture', 'socialisation', 'portal']) },
      to: { path: '^src/statistics/', pathNot: '^src/statistics/feed\\.ts$' },
    },
    {
      name: 'engine-inside-core-db',
      comment: 'the SQLite/PostgreSQL differences live behind the interface of core/db',
      severity: 'error',
      from: { pathNot: '^src/core/db/' },
      to: { path: '^(better-sqlite3|pg|pg-copy-streams)$|^node_modules/(better-sqlite3|pg|pg-copy-streams)/' },
    },
    {
      name: 'no-circular',
      comment: 'no file imports itself through others (types may point back: an interface and its implementations)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-tests',
      comment: 'the product does not import its tests or benchmarks',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },

  },
};
