/** The timing app's resolver: `hello` answers after a known delay, so a test can check the timer. */
import Resolver from '@forge/resolver';

export const HELLO_DELAY_MS = 400;

const resolver = new Resolver();

resolver.define('hello', async () => {
  await new Promise((done) => setTimeout(done, HELLO_DELAY_MS));
  return 'hello';
});

export const handler = resolver.getDefinitions();
