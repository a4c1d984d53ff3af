import { projectGatesKey, SITE_GATES_KEY } from '../gates/gate-library';

/** Which gate set a change is about: one project's gates, or the site's templates. */
export type GateSetTarget = { kind: 'project'; projectKey: string } | { kind: 'site' };

export const gatesKeyOf = (target: GateSetTarget) => (target.kind === 'project' ? projectGatesKey(target.projectKey) : SITE_GATES_KEY);

/** The set's revision and change history live beside the gates file, which stays plain v1. */
export const historyKeyOf = (target: GateSetTarget) => (target.kind === 'project' ? `gates-history:project:${target.projectKey}` : 'gates-history:site');

export const describeTarget = (target: GateSetTarget) => (target.kind === 'project' ? `project ${target.projectKey}'s gates` : "the site's templates");
