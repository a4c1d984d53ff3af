import type { KeyValueStore } from '../ports/key-value-store';
import { updateAtomically } from '../storage/update-atomically';
import { aliasIdOf, legacyProjectGatesKey, legacyProjectHistoryKey, projectAliasKey, projectGatesKey, projectHistoryKey } from './project-keys';

/**
 * Brings a project's gate set to where it belongs once its id is known: a set still kept under
 * the project's key (as stored before ids) moves to its id, and the key's alias names the id (a
 * renamed project's new key too) when the project has a set. One conditional commit, and none
 * at all when all is in place. The panel and the settings pages call it on their first read, so
 * a write (writeGateSet) only ever finds the set under its id.
 */
export async function keepProjectSetById(store: KeyValueStore, project: { key: string; id: string }, storedByKey = true): Promise<void> {
  // Most reads find all in place: then only the alias is checked (one read, no write).
  if (!storedByKey && aliasIdOf(await store.get(projectAliasKey(project.key))) === project.id) return;
  const keys = [
    projectGatesKey(project.id),
    projectHistoryKey(project.id),
    legacyProjectGatesKey(project.key),
    legacyProjectHistoryKey(project.key),
    projectAliasKey(project.key),
  ];
  await updateAtomically(store, keys, ([gates, history, legacyGates, legacyHistory, alias]) => {
    const move = gates === undefined && history === undefined && (legacyGates !== undefined || legacyHistory !== undefined);
    const writes = [
      ...(move && legacyGates !== undefined
        ? [
            { key: keys[0]!, value: legacyGates },
            { key: keys[2]!, remove: true as const },
          ]
        : []),
      ...(move && legacyHistory !== undefined
        ? [
            { key: keys[1]!, value: legacyHistory },
            { key: keys[3]!, remove: true as const },
          ]
        : []),
      // The alias matters only to a project with a set (the validator finds the set by it).
      ...(aliasIdOf(alias) === project.id || (gates === undefined && !move) ? [] : [{ key: keys[4]!, value: { id: project.id } }]),
    ];
    return { writes, answer: undefined };
  });
}
