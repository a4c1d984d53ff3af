/**
 * A Custom UI app for the benchmark machinery's own test: shows its content only once its
 * resolver has answered, after one `invoke`, or two when its module key ends in "-twice".
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { invoke, view } from '@forge/bridge';

function TimingApp() {
  const [answer, setAnswer] = useState<string>();
  useEffect(() => {
    void (async () => {
      const { moduleKey } = await view.getContext();
      const calls = moduleKey.endsWith('-twice') ? 2 : 1;
      const answers = await Promise.all(Array.from({ length: calls }, () => invoke<string>('hello')));
      setAnswer(answers.join(' '));
    })();
  }, []);
  return answer === undefined ? <p>Loading</p> : <p data-testid="timing-content">{answer}</p>;
}

const root = document.getElementById('root');
if (root) {
  view.theme
    .enable()
    .catch(() => undefined)
    .finally(() => createRoot(root).render(<TimingApp />));
}
