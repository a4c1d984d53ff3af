import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGatesFile } from '../../src/domain/gates/parse-gates';
import { parseRecords } from '../../src/domain/records/parse-records';

const DOCS = ['README.md', 'docs/gates.md', 'docs/records.md'];

/** Every fenced ```json block of a document, with the line it starts on. */
function jsonBlocks(file: string): Array<{ where: string; value: unknown }> {
  const text = readFileSync(resolve(__dirname, '../..', file), 'utf8');
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => {
    const line = text.slice(0, match.index).split('\n').length;
    return { where: `${file}:${line}`, value: JSON.parse(match[1]!) as unknown };
  });
}

const examples = DOCS.flatMap(jsonBlocks);
const withFormat = (format: string) => examples.filter((e) => (e.value as { format?: unknown }).format === format).map((e) => [e.where, e.value] as const);

describe('the examples in the docs', () => {
  it('are valid JSON and include gates files and records', () => {
    expect(withFormat('shipshape.gates/v1').length).toBeGreaterThanOrEqual(4);
    expect(withFormat('shipshape.records/v1').length).toBeGreaterThanOrEqual(1);
  });

  it.each(withFormat('shipshape.gates/v1'))('gates file at %s is valid', (_where, value) => {
    const parsed = parseGatesFile(value);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it.each(withFormat('shipshape.records/v1'))('records at %s are valid and keep every value', (_where, value) => {
    expect(parseRecords(value)).toEqual({ ok: true, value });
  });
});
