import { macroConfigInAdf } from './macro-config-in-adf';

const extension = (localId: string, guestParams: unknown, where: 'attrs' | 'parameters' = 'attrs') => ({
  type: 'extension',
  attrs: {
    extensionType: 'com.atlassian.ecosystem',
    ...(where === 'attrs' ? { localId } : {}),
    parameters: { ...(where === 'parameters' ? { localId } : {}), guestParams },
  },
});

describe('macroConfigInAdf', () => {
  it("finds the placement's guestParams by localId, at any depth, on attrs or in parameters", () => {
    const doc = {
      type: 'doc',
      content: [{ type: 'layoutSection', content: [{ type: 'layoutColumn', content: [extension('b', { table: 'B' }), extension('a', { table: 'A' })] }] }],
    };
    expect(macroConfigInAdf(doc, 'a')).toEqual({ table: 'A' });
    expect(macroConfigInAdf({ type: 'doc', content: [extension('c', { table: 'C' }, 'parameters')] }, 'c')).toEqual({ table: 'C' });
  });

  it('answers undefined for a missing placement, a non-extension node or no document', () => {
    expect(macroConfigInAdf({ type: 'doc', content: [extension('a', {})] }, 'z')).toBeUndefined();
    expect(macroConfigInAdf({ type: 'doc', content: [{ type: 'paragraph', attrs: { localId: 'a', parameters: { guestParams: 1 } } }] }, 'a')).toBeUndefined();
    expect(macroConfigInAdf(undefined, 'a')).toBeUndefined();
    expect(macroConfigInAdf('not adf', 'a')).toBeUndefined();
  });

  it('walks a very deep body without overflowing the stack', () => {
    let node: Record<string, unknown> = extension('deep', { table: 'D' });
    for (let i = 0; i < 50_000; i += 1) node = { type: 'blockquote', content: [node] };
    expect(macroConfigInAdf({ type: 'doc', content: [node] }, 'deep')).toEqual({ table: 'D' });
  });
});
