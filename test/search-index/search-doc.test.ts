import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexedValuesFromFile } from '../../sandbox/standin/entity-property-index';
import { readSearchSummary, SEARCH_PROPERTY_KEY } from '../../src/domain/summary/search-summary';
import { searchSummary } from '../../src/domain/summary/search-summary';
import { records } from '../support/builders';

const root = resolve(__dirname, '../..');
const doc = readFileSync(join(root, 'docs/search.md'), 'utf8');
const values = indexedValuesFromFile(join(root, 'manifest.yml'));

describe("docs/search.md and the manifest's index", () => {
  it('index the property the app writes, at paths the summary has, with the types its values have', () => {
    const summary = searchSummary([], records(), '2026-11-28T19:13:44.868Z') as unknown as Record<string, unknown>;
    for (const v of values) {
      expect(v.propertyKey).toBe(SEARCH_PROPERTY_KEY);
      const at = v.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], summary);
      const sample = Array.isArray(at) ? 'x' : at;
      expect({ path: v.path, type: typeof sample }).toEqual({ path: v.path, type: v.type === 'number' ? 'number' : 'string' });
    }
  });

  it('document every alias with its path and type, and no alias the manifest lacks', () => {
    const rows = [...doc.matchAll(/^\| `(shipshape\w+)` \| `([\w.]+)` \| (\w+)/gm)].map((m) => ({ searchAlias: m[1], path: m[2], type: m[3] }));
    expect(rows).toEqual(values.map(({ searchAlias, path, type }) => ({ searchAlias, path, type })));
  });

  it('show a property example that is a valid summary', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(readSearchSummary(JSON.parse(example ?? 'null'))).toBeDefined();
  });
});
