import { macroConfigOf, tableFromMacroConfig } from './macro-config';
import { aTable } from './daci-fixtures.test-support';

describe('tableFromMacroConfig', () => {
  it('is empty before the first save', () => {
    expect(tableFromMacroConfig(undefined)).toEqual({ state: 'empty' });
    expect(tableFromMacroConfig({})).toEqual({ state: 'empty' });
  });

  it('round-trips what the config modal submits', () => {
    expect(tableFromMacroConfig(macroConfigOf(aTable()))).toEqual({ state: 'ready', table: aTable() });
  });

  it('lists problems for malformed config', () => {
    expect(tableFromMacroConfig({ table: 42 })).toMatchObject({ state: 'invalid', problems: [{ path: 'table', message: 'must be the table as JSON text' }] });
    expect(tableFromMacroConfig({ table: '{"format":"x"}' })).toMatchObject({
      state: 'invalid',
      problems: expect.arrayContaining([expect.objectContaining({ path: 'title', message: 'is required' })]),
    });
  });
});
