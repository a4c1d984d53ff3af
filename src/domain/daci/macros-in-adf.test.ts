import { isAppMacro, macrosInAdf } from './macros-in-adf';

const APP = '5b1d5c6e-7c1a-4a39-9d8e-2f0b6c7a1e42';
const forgeMacro = (localId: string, key = `${APP}/env-1/static/shipshape-daci`) => ({
  type: 'extension',
  attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: key, localId, parameters: { localId, guestParams: { table: localId } } },
});

describe('macrosInAdf', () => {
  it('lists the macros in document order, at any depth, with their saved config', () => {
    const doc = {
      type: 'doc',
      content: [
        forgeMacro('first'),
        { type: 'layoutSection', content: [{ type: 'layoutColumn', content: [forgeMacro('second'), { type: 'paragraph' }] }] },
        { type: 'bodiedExtension', attrs: { extensionKey: 'jira', localId: 'native' } },
        forgeMacro('third'),
      ],
    };
    expect(macrosInAdf(doc).map((m) => [m.localId, m.config])).toEqual([
      ['first', { table: 'first' }],
      ['second', { table: 'second' }],
      ['native', undefined],
      ['third', { table: 'third' }],
    ]);
  });

  it('skips extension nodes without a placement id, and anything that is not a document', () => {
    expect(macrosInAdf({ type: 'doc', content: [{ type: 'extension', attrs: { extensionKey: 'x' } }] })).toEqual([]);
    expect(macrosInAdf('not adf')).toEqual([]);
    expect(macrosInAdf(null)).toEqual([]);
  });
});

describe('isAppMacro', () => {
  it("accepts this app's macro in any environment and nothing else", () => {
    expect(isAppMacro(`${APP}/env-1/static/shipshape-daci`, APP, 'shipshape-daci')).toBe(true);
    expect(isAppMacro(`${APP}/other-env/static/shipshape-daci`, APP, 'shipshape-daci')).toBe(true);
    expect(isAppMacro(`another-app/env-1/static/shipshape-daci`, APP, 'shipshape-daci')).toBe(false);
    expect(isAppMacro(`${APP}/env-1/static/shipshape-other`, APP, 'shipshape-daci')).toBe(false);
    expect(isAppMacro(`${APP}//static/shipshape-daci`, APP, 'shipshape-daci')).toBe(false);
    expect(isAppMacro(`${APP}/env-1/static/shipshape-daci/extra`, APP, 'shipshape-daci')).toBe(false);
    expect(isAppMacro('shipshape-daci', APP, 'shipshape-daci')).toBe(false);
  });
});
