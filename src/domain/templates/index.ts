import { GATES_FORMAT, type Gate, type GatesFile } from '../gates/gate-schema';
import { definitionOfDoneTemplate } from './definition-of-done';
import { readyForQaTemplate } from './ready-for-qa';
import { preHandoffTemplate } from './pre-handoff';
import { goLiveReadinessTemplate } from './go-live-readiness';
import { launchHandoffTemplate } from './launch-handoff';

export { definitionOfDoneTemplate, readyForQaTemplate, preHandoffTemplate, goLiveReadinessTemplate, launchHandoffTemplate };

/** Templates are shared by every caller: freeze them so one caller cannot change another's gate. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The built-in templates, in the order a work item meets them. See docs/gates.md. */
export const BUILT_IN_TEMPLATES: readonly Gate[] = deepFreeze([
  preHandoffTemplate,
  readyForQaTemplate,
  definitionOfDoneTemplate,
  goLiveReadinessTemplate,
  launchHandoffTemplate,
]);

/** The built-in templates as a gates file (`shipshape.gates/v1`): a starting point to copy and edit. */
export function builtInTemplatesFile(): GatesFile {
  return { format: GATES_FORMAT, gates: structuredClone([...BUILT_IN_TEMPLATES]) };
}
