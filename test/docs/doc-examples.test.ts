import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGatesFile } from '../../src/domain/gates/parse-gates';
import { parseRecords } from '../../src/domain/records/parse-records';
import { ISSUE_RESOLVERS } from '../../src/resolvers/issue-resolvers';
import { saveHandoffPayload } from '../../src/resolvers/save-handoff';
import { setTickPayload } from '../../src/resolvers/set-tick';
import { verifyBehaviourPayload } from '../../src/resolvers/verify-behaviour';
import { createBugPayload } from '../../src/resolvers/create-bug';
import { approvePayload } from '../../src/resolvers/approve';
import { revokeApprovalPayload } from '../../src/resolvers/revoke-approval';
import { waivePayload } from '../../src/resolvers/waive';
import { revokeWaiverPayload } from '../../src/resolvers/revoke-waiver';

const DOCS = ['README.md', 'docs/gates.md', 'docs/records.md', 'docs/resolvers.md'];

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

describe('the payload examples in docs/resolvers.md', () => {
  const SCHEMAS = {
    saveHandoff: saveHandoffPayload,
    setTick: setTickPayload,
    verifyBehaviour: verifyBehaviourPayload,
    createBug: createBugPayload,
    approve: approvePayload,
    revokeApproval: revokeApprovalPayload,
    waive: waivePayload,
    revokeWaiver: revokeWaiverPayload,
  };
  const text = readFileSync(resolve(__dirname, '../../docs/resolvers.md'), 'utf8');
  const payloads = [...text.matchAll(/<!-- payload: (\w+) -->\n```json\n([\s\S]*?)```/g)].map((m) => [m[1]!, JSON.parse(m[2]!) as unknown] as const);

  it('show one payload for every write resolver', () => {
    expect(payloads.map(([name]) => name).sort()).toEqual(
      Object.keys(ISSUE_RESOLVERS)
        .filter((name) => name !== 'getPanel')
        .sort(),
    );
  });

  it.each(payloads)('%s example is a valid payload', (name, payload) => {
    const schema = SCHEMAS[name as keyof typeof SCHEMAS];
    const parsed = schema.safeParse(payload);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
