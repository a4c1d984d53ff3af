/** The sandbox is as strict as Forge about what a backend function may be invoked with: 5 MB. */
import { withinBackendPayload } from '../../sandbox/server/local-app';
import { FORGE_LIMITS } from '../../src/forge-limits';

describe('withinBackendPayload', () => {
  it('runs a function with a payload up to 5 MB', () => {
    expect(withinBackendPayload('the validator', { text: 'x'.repeat(1000) }, () => 'ran')).toBe('ran');
  });

  it('refuses, naming the limit, a payload over 5 MB, without running the function', () => {
    const run = jest.fn();
    expect(() => withinBackendPayload('the validator', { text: 'x'.repeat(FORGE_LIMITS.backendPayloadBytes) }, run)).toThrow(
      /limit for a function's payload is 5000000 bytes/,
    );
    expect(run).not.toHaveBeenCalled();
  });
});
