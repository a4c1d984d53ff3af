/**
 * The probe: a Custom UI app used only by the browser tests of the sandbox host. It exercises
 * the real `@forge/bridge` and `@forge/jira-bridge` the way the app's own screens do and shows
 * every result in the DOM (data-testid) for the test to read.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { events, invoke, view } from '@forge/bridge';
import { workflowRules } from '@forge/jira-bridge';
import { token } from '@atlaskit/tokens';
import { probeConfiguration } from '../probe-config';

const show = (value: unknown): string => JSON.stringify(value, null, 2);
const failure = (error: unknown): string => `error: ${error instanceof Error ? error.message : String(error)}`;

function Probe() {
  const [context, setContext] = useState('loading');
  const [echo, setEcho] = useState('loading');
  const [registered, setRegistered] = useState('registering');
  const [outcome, setOutcome] = useState('');
  const [received, setReceived] = useState<unknown[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const subscription = useRef<Promise<{ unsubscribe(): void }>>();

  useEffect(() => {
    view.getContext().then(
      (value) => setContext(show(value)),
      (error: unknown) => setContext(failure(error)),
    );
    invoke('echo', { message: 'hello from the probe', accountId: 'acc-forged-in-payload' }).then(
      (value) => setEcho(show(value)),
      (error: unknown) => setEcho(failure(error)),
    );
    subscription.current = events.on('probe-ping', async (payload: unknown) => setReceived((list) => [...list, payload]));
    // The docs allow undefined ("don't save"); @forge/jira-bridge's type says string only.
    workflowRules
      .onConfigure(() => probeConfiguration(input.current?.value ?? '') as string)
      .then(
        () => setRegistered('registered'),
        (error: unknown) => setRegistered(failure(error)),
      );
  }, []);

  const run = (action: () => Promise<unknown>, done: string) => () => {
    action().then(
      () => setOutcome(done),
      (error: unknown) => setOutcome(failure(error)),
    );
  };

  return (
    <main style={{ background: token('elevation.surface'), color: token('color.text'), padding: token('space.200'), fontFamily: 'sans-serif' }}>
      <h1 style={{ fontSize: 16 }}>Probe</h1>
      <div data-testid="token-box" style={{ background: token('color.background.neutral'), width: 160, height: 40 }} />
      <label>
        Configuration <input data-testid="config-input" ref={input} defaultValue="" />
      </label>
      <p data-testid="on-configure">{registered}</p>
      <div>
        <button type="button" data-testid="submit" onClick={run(() => view.submit({ value: input.current?.value ?? '' }), 'submitted')}>
          Submit
        </button>
        <button type="button" data-testid="close" onClick={run(() => view.close({ reason: 'done' }), 'closed')}>
          Close
        </button>
        <button type="button" data-testid="fail" onClick={run(() => invoke('fail'), 'fail answered')}>
          Failing resolver
        </button>
        <button type="button" data-testid="unknown" onClick={run(() => invoke('no-such-definition'), 'unknown answered')}>
          Unknown resolver
        </button>
        <button type="button" data-testid="emit" onClick={run(() => events.emit('probe-ping', { from: input.current?.value ?? '' }), 'emitted')}>
          Emit
        </button>
        <button type="button" data-testid="unsubscribe" onClick={run(async () => (await subscription.current)?.unsubscribe(), 'unsubscribed')}>
          Unsubscribe
        </button>
      </div>
      <p data-testid="outcome">{outcome}</p>
      <pre data-testid="events-received">{show(received)}</pre>
      <pre data-testid="context">{context}</pre>
      <pre data-testid="echo">{echo}</pre>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  view.theme
    .enable()
    .catch(() => undefined)
    .finally(() => createRoot(root).render(<Probe />));
}
