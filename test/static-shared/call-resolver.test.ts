/** The screens' one resolver call: Forge's 500 KB front-end limit is checked before sending. */
import { invoke } from '@forge/bridge';
import { callResolver } from '../../static/shared/call-resolver';
import { MAX_INVOKE_PAYLOAD_BYTES } from '../../src/forge-limits';

jest.mock('@forge/bridge', () => {
  const english = jest.requireActual('../../locales/en-US.json');
  const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english) ?? key;
  return {
    invoke: jest.fn(async () => ({ ok: true, data: 'sent' })),
    view: { getContext: async () => ({ locale: 'en-US' }) },
    i18n: { createTranslationFunction: async () => lookup },
  };
});
const sent = invoke as jest.MockedFunction<typeof invoke>;
const screen = 'page';

beforeEach(() => sent.mockClear());

describe('callResolver', () => {
  it('sends a payload within the limit', async () => {
    const text = 'x'.repeat(MAX_INVOKE_PAYLOAD_BYTES - 100);
    expect(await callResolver(screen, 'importGates', { text })).toEqual({ ok: true, data: 'sent' });
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('refuses a payload over the limit without sending it, in words (multi-byte text counted in bytes)', async () => {
    const text = 'ü'.repeat(MAX_INVOKE_PAYLOAD_BYTES / 2 + 10);
    const answer = await callResolver(screen, 'importGates', { text });
    expect(sent).not.toHaveBeenCalled();
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: expect.stringMatching(
          /^This is too large to send: 497 KB, and Jira accepts at most 496 KB from an app's page at once\. Nothing was sent or saved/,
        ),
      },
    });
  });

  it("says in the person's words when Shipshape cannot be reached or answers nonsense, and how to retry", async () => {
    sent.mockRejectedValueOnce(new Error('network down'));
    expect(await callResolver('panel', 'getPanel')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Shipshape could not be reached (network down). Reload the panel and try again.' },
    });
    sent.mockResolvedValueOnce('<html>');
    expect(await callResolver('table', 'getTable')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Shipshape gave an answer the table cannot read. Reload the page and try again.' },
    });
  });
});
