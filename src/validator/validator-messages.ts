import type { Problem } from '../domain/problems';
import { sayProblem } from '../domain/say-problem';
import type { Say } from '../domain/words/say';

/** Messages Jira shows on the transition when the check itself cannot run, in `say`'s language. */
const adminFix = (say: Say) => say('validator.adminFix');

export const invalidConfigMessage = (say: Say, problems: Problem[]) =>
  say('validator.invalidConfig', { problems: problems.map((p) => `${p.path}: ${sayProblem(p, say)}`).join('; '), fix: adminFix(say) });

/** A rule with no configuration: added in the old workflow editor, where function validators have no settings screen. */
export const unconfiguredRuleMessage = (say: Say, gateNames: string[]) =>
  gateNames.length ? say('validator.unconfiguredExamples', { gates: gateNames.join(', ') }) : say('validator.unconfigured');

export const gateProblemMessage = (say: Say, detail: string) => say('validator.gateProblem', { detail, fix: adminFix(say) });

export const invalidArgsMessage = (say: Say) => say('validator.invalidArgs');

export const checkCouldNotRunMessage = (say: Say, detail: string) => say('validator.couldNotRun', { detail });

export const unexpectedErrorMessage = (say: Say) => checkCouldNotRunMessage(say, say('validator.unexpected'));

export const appAccessMessage = (say: Say, detail: string) => say('validator.appAccess', { detail });

export const recordsProblemMessage = (say: Say, key: string) => say('validator.recordsProblem', { key });

/** Jira shows the whole message in the transition dialog; keep it readable. */
export const MAX_MESSAGE_LENGTH = 3000;

export function capMessage(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
