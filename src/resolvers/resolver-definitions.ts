import Resolver from '@forge/resolver';
import { failure, type Envelope } from './envelope';
import { withLocale, type ResolverRequest } from './resolver-request';
import type { Clock } from '../ports/clock';
import { forInvocation, type RetryPolicy } from '../jira/retry-policy';
import { StorageLimitError } from '../ports/key-value-store';
import type { WordsFor } from '../ports/words';
import type { Say } from '../domain/words/say';
import { englishSay } from '../domain/words/english';

export type NamedResolver<D> = (deps: D, request: ResolverRequest) => Promise<Envelope<unknown>>;

/** Never throws to the frontend: an unexpected failure is INTERNAL, and nothing half-done is reported as saved. */
async function guarded(label: string, run: () => Promise<Envelope<unknown>>, saying: () => Promise<Say>): Promise<Envelope<unknown>> {
  try {
    return await run();
  } catch (error) {
    const say = await saying().catch(() => englishSay);
    // A store refusing a value over Forge's limits wrote nothing (a commit is all or none).
    if (error instanceof StorageLimitError) return failure('TOO_LARGE', say('errors.storageLimit', { detail: error.message }));
    console.error(`shipshape: ${label} failed`, error);
    return failure('INTERNAL', say('errors.unexpected'));
  }
}

/** The `@forge/resolver` definitions of one function: each named resolver on the given ports, guarded, with one deadline per invocation. */
export function resolverDefinitions<D extends { clock: Clock; retry: RetryPolicy; words?: WordsFor }>(
  what: string,
  resolvers: Readonly<Record<string, NamedResolver<D>>>,
  deps: D,
) {
  const resolver = new Resolver();
  for (const [name, run] of Object.entries(resolvers)) {
    resolver.define(name, (raw: ResolverRequest) => {
      const request = withLocale(raw);
      const saying = () => (deps.words ? deps.words(request.locale) : Promise.resolve(englishSay));
      return guarded(`${what} ${name}`, () => run(forInvocation(deps), request), saying);
    });
  }
  return resolver.getDefinitions();
}
