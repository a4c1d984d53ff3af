import type { Problem } from '../domain/problems';

/** Messages Jira shows on the transition when the check itself cannot run. */
const ADMIN_FIX = 'A Jira admin should edit this transition\'s "Shipshape gate" rule in the workflow editor and choose a gate.';

export const invalidConfigMessage = (problems: Problem[]) =>
  `Shipshape gate is not set up correctly on this transition (${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}). ${ADMIN_FIX}`;

/** A rule with no configuration: added in the old workflow editor, where function validators have no settings screen. */
export const unconfiguredRuleMessage = (gateNames: string[]) =>
  'This transition\'s "Shipshape gate" rule has no gate chosen, so Shipshape blocks it. A rule added in Jira\'s old workflow editor has no settings: ' +
  'a Jira admin should remove it, then add it again in the new workflow editor (select the transition → Rules → Add rule → "Shipshape gate") and choose a gate' +
  (gateNames.length ? `, for example ${gateNames.join(', ')}.` : '.');

export const gateProblemMessage = (detail: string) => `Shipshape could not load the gate for this transition: ${detail}. ${ADMIN_FIX}`;

export const invalidArgsMessage = () =>
  'Shipshape could not read the transition it was asked to check. Try again; if it keeps happening, tell your Jira admin.';

export const checkCouldNotRunMessage = (detail: string) =>
  `Shipshape could not check this transition right now (${detail}). Nothing was changed: try the transition again in a minute.`;

export const appAccessMessage = (detail: string) =>
  `Shipshape cannot check this transition: ${detail}. A Jira admin should make sure the Shipshape app can browse this project.`;

export const recordsProblemMessage = (key: string) =>
  `Shipshape's records for ${key} could not be read, so its gate cannot be checked. Tell your Jira admin; the records may need repair.`;

/** Jira shows the whole message in the transition dialog; keep it readable. */
export const MAX_MESSAGE_LENGTH = 3000;

export function capMessage(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
