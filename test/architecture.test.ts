import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const rules = JSON.parse(readFileSync(new URL('.dependency-cruiser.layers.json', root), 'utf8')) as { layers: string[][] };
const doc = readFileSync(new URL('docs/architecture.md', root), 'utf8');

/** The numbered list between the layer markers of docs/architecture.md, bottom first. */
function documentedLayers(text: string): string[][] {
  const block = /<!-- layers:[^>]*-->([\s\S]*?)<!-- \/layers -->/.exec(text)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^\d+\.\s+(.+)$/.exec(line.trim())?.[1])
    .filter((l): l is string => l !== undefined)
    .map((l) => l.split(',').map((m) => m.trim()));
}

describe('architecture', () => {
  it('docs/architecture.md lists the layers the dependency rules enforce', () => {
    expect(documentedLayers(doc)).toEqual(rules.layers);
  });

  it('every folder of src is on a layer', () => {
    const placed = new Set(rules.layers.flat());
    const modules = readdirSync(new URL('src/', root), { withFileTypes: true }).map((d) => d.name);
    expect(modules.filter((m) => !placed.has(m))).toEqual([]);
  });
});
