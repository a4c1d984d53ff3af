/** A call started before React: its answer can be read synchronously once it is in. */
import { earlyAnswer } from '../../static/shared/early-answer';

describe('earlyAnswer', () => {
  it('has nothing settled until the promise resolves, then the value', async () => {
    let resolve: (value: string) => void = () => undefined;
    const answer = earlyAnswer(new Promise<string>((done) => (resolve = done)));
    expect(answer.settled()).toBeUndefined();
    resolve('table');
    await answer.promise;
    expect(answer.settled()).toEqual({ value: 'table' });
  });

  it('keeps an undefined value apart from "not yet"', async () => {
    const answer = earlyAnswer(Promise.resolve(undefined));
    await answer.promise;
    expect(answer.settled()).toEqual({ value: undefined });
  });

  it('never settles on a rejection, leaves the rejection to whoever awaits the promise, and raises no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      const answer = earlyAnswer(Promise.reject(new Error('bridge down')));
      await new Promise((done) => setTimeout(done, 10));
      expect(unhandled).toEqual([]);
      await expect(answer.promise).rejects.toThrow('bridge down');
      expect(answer.settled()).toBeUndefined();
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
