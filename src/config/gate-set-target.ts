import { SITE_GATES_KEY } from '../gates/gate-library';
import { legacyProjectGatesKey, legacyProjectHistoryKey, projectGatesKey, projectHistoryKey } from '../gates/project-keys';

/** Which gate set a change is about: one project's gates (by id when known), or the site's templates. */
export type GateSetTarget = { kind: 'project'; projectKey: string; projectId?: string } | { kind: 'site' };

export const gatesKeyOf = (target: GateSetTarget) =>
  target.kind === 'site' ? SITE_GATES_KEY : target.projectId === undefined ? legacyProjectGatesKey(target.projectKey) : projectGatesKey(target.projectId);

/** The set's revision and change history live beside the gates file, which stays plain v1. */
export const historyKeyOf = (target: GateSetTarget) =>
  target.kind === 'site'
    ? 'gates-history:site'
    : target.projectId === undefined
      ? legacyProjectHistoryKey(target.projectKey)
      : projectHistoryKey(target.projectId);

/** Where a project's set was kept by key, when the target knows its id (and so may move it). */
export const legacyKeysOf = (target: GateSetTarget): [string, string] | undefined =>
  target.kind === 'project' && target.projectId !== undefined
    ? [legacyProjectGatesKey(target.projectKey), legacyProjectHistoryKey(target.projectKey)]
    : undefined;

export const describeTarget = (target: GateSetTarget) => (target.kind === 'project' ? `project ${target.projectKey}'s gates` : "the site's templates");
