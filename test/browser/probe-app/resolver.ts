/**
 * The probe app's resolver, written with the real `@forge/resolver` as an app's would be:
 * `echo` returns what it was sent and who Forge says is calling; `fail` throws.
 */
import Resolver from '@forge/resolver';

export const PROBE_FAILURE = 'Probe failure: the gate library is unavailable';

const resolver = new Resolver();

resolver.define('echo', (req) => ({
  payload: req.payload,
  accountId: req.context.accountId,
  moduleKey: req.context.moduleKey,
  extension: req.context.extension,
}));

resolver.define('fail', () => {
  throw new Error(PROBE_FAILURE);
});

export const handler = resolver.getDefinitions();
