export interface LocalQueue<B> {
  send(body: B): Promise<void>;
  /** Resolves once every event sent so far has been consumed (retries included). */
  idle(): Promise<void>;
  /** What the consumer answered, event by event. */
  outcomes: string[];
}

export interface LocalQueueOptions {
  /** Also deliver every event a second time, as Forge's queue (at least once) may. */
  redeliver?: boolean;
  /** How many events are consumed at once: 1 as the Forge adapter's per-project concurrency key asks; more to test concurrent writers. */
  parallel?: number;
  maxRetries?: number;
}

/**
 * The sandbox's and the tests' stand-in for Forge's async events queue: each event is consumed
 * after the sender's call returns, at least once (a 'retry' answer delivers it again).
 */
export function localQueue<B>(consume: (body: unknown) => Promise<string>, options: LocalQueueOptions = {}): LocalQueue<B> {
  const pending = new Set<Promise<void>>();
  const outcomes: string[] = [];
  const waiting: Array<() => void> = [];
  let running = 0;
  const slot = async () => {
    if (running >= (options.parallel ?? 1)) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  const deliver = async (body: unknown) => {
    for (let attempt = 0; attempt <= (options.maxRetries ?? 20); attempt += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      await slot();
      const outcome = await consume(body).finally(release);
      outcomes.push(outcome);
      if (outcome !== 'retry') return;
    }
  };
  const track = (work: Promise<void>) => {
    const tracked = work.catch((error: unknown) => console.error('shipshape: local queue consumer failed', error)).finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  return {
    outcomes,
    send: async (event: B) => {
      // The queue carries JSON: the consumer gets a copy.
      const body: unknown = JSON.parse(JSON.stringify(event));
      track(deliver(body));
      if (options.redeliver) track(deliver(body));
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
