import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDaciTable } from '../../src/domain/daci/parse-daci-table';
import { signOffSchema } from '../../src/domain/daci/sign-off';

const doc = readFileSync(resolve(__dirname, '../../docs/daci.md'), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse((m[1] ?? '').replace(/<accountId>/g, '557058:f00d')) as unknown);

describe('docs/daci.md', () => {
  it('shows a valid table and a valid sign-off record', () => {
    expect(jsonBlocks).toHaveLength(2);
    expect(parseDaciTable(jsonBlocks[0])).toMatchObject({ ok: true });
    expect(signOffSchema.safeParse(jsonBlocks[1]).success).toBe(true);
  });
});
