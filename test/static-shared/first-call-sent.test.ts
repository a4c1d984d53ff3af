/** A split entry evaluates its screen only once the first backend call has left (or after 500 ms). */
import { invoke } from '@forge/bridge';
import { callResolver } from '../../static/shared/call-resolver';

let answerContext: (context: { locale: string }) => void = () => undefined;
jest.mock('@forge/bridge', () => ({
  invoke: jest.fn(async () => ({ ok: true, data: 'sent' })),
  view: { getContext: () => new Promise((resolve) => (answerContext = resolve)) },
  i18n: { createTranslationFunction: async () => (key: string) => key },
}));
const sent = invoke as jest.MockedFunction<typeof invoke>;

afterEach(() => jest.useRealTimers());

describe('firstCallSent', () => {
  it('resolves after the first call is handed to the bridge, not before the context answers', async () => {
    const { firstCallSent } = await import('../../static/shared/first-call-sent');
    const order: string[] = [];
    sent.mockImplementation(async () => (order.push('invoke'), { ok: true, data: 'sent' }));
    const call = callResolver('page', 'getRegister', {});
    const evaluated = firstCallSent().then(() => order.push('evaluate'));
    await Promise.resolve();
    expect(order).toEqual([]);
    answerContext({ locale: 'de-DE' });
    await evaluated;
    await call;
    expect(order).toEqual(['invoke', 'evaluate']);
    expect(sent).toHaveBeenCalledWith('getRegister', { locale: 'de-DE' });
  });

  it('does not wait more than 500 ms for a context that never answers', async () => {
    jest.useFakeTimers();
    let settled = false;
    jest.isolateModules(() => {
      // A fresh module: its shared locale has not been asked for yet, and this context never answers.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { firstCallSent } = require('../../static/shared/first-call-sent') as typeof import('../../static/shared/first-call-sent');
      void firstCallSent().then(() => (settled = true));
    });
    await jest.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
