import type { KeyValueStore } from '../ports/key-value-store';
import type { Gate, GatesFile } from '../domain/gates/gate-schema';
import { parseGatesFile } from '../domain/gates/parse-gates';
import { BUILT_IN_TEMPLATES } from '../domain/templates';
import { gateProblemPlace } from '../domain/gates/problem-place';
import { sayProblem, type Problem } from '../domain/problem';
import { plural, type Say } from '../domain/words/say';
import { legacyProjectGatesKey, projectGatesKey, withProjectId, type ProjectRef } from './project-keys';

/** Storage keys of the gate sets (project ones in project-keys.ts); each value is a gates file in the public v1 format. */
export const SITE_GATES_KEY = 'gates:site';

export type GateSource = 'project' | 'site' | 'built-in';
/**
 * `set`: the gates of the set the gate was found in (its QA verifiers may come from a sibling
 * gate); `projectId`: the project id whose set was consulted (absent: only the key was known).
 */
export type FindGateResult =
  { ok: true; gate: Gate; source: GateSource; set: readonly Gate[]; projectId?: string } | GateLibraryFailure<'GATE_NOT_FOUND' | 'GATES_INVALID'>;

/**
 * Why a gate cannot be had, in any language: `words(englishSay)` for logs and the CLI. No English
 * text is made here, so the workflow validator's bundle carries no English file of its own.
 */
export interface GateLibraryFailure<Code extends string> {
  ok: false;
  code: Code;
  words(say: Say): string;
}

function libraryFailure<Code extends string>(code: Code, words: (say: Say) => string): GateLibraryFailure<Code> {
  return { ok: false, code, words };
}

/** `byKey`: a project's set read from where it was kept before ids, although its id is known (to be moved). */
type StoredSet = { ok: true; file: GatesFile | undefined; byKey?: true } | GateLibraryFailure<'GATES_INVALID'>;
type Where = (say: Say) => string;
const theSite: Where = (say) => say('gateLibrary.site');

async function readSet(store: KeyValueStore, key: string, where: Where): Promise<StoredSet> {
  return setOf(await store.get(key), where);
}

/** A project's set: by id when the id is known and a set is kept under it, else under its key (as stored before ids). */
async function readProjectSet(store: KeyValueStore, project: ProjectRef): Promise<StoredSet> {
  const what: Where = (say) => say('gateLibrary.project', { key: project.key });
  const byId = project.id === undefined ? undefined : await store.get(projectGatesKey(project.id));
  if (byId !== undefined) return setOf(byId, what);
  const set = setOf(await store.get(legacyProjectGatesKey(project.key)), what);
  return set.ok && set.file && project.id !== undefined ? { ...set, byKey: true } : set;
}

function setOf(raw: unknown, where: Where): StoredSet {
  if (raw === undefined) return { ok: true, file: undefined };
  const parsed = parseGatesFile(raw);
  if (parsed.ok) return { ok: true, file: parsed.value };
  const first: Problem = parsed.problems[0] ?? { path: '(root)', message: '' };
  return libraryFailure('GATES_INVALID', (say) =>
    plural(say, 'gateLibrary.damaged', parsed.problems.length, {
      where: where(say),
      place: gateProblemPlace(first.path, say),
      problem: sayProblem(first, say),
    }),
  );
}

/**
 * Finds a gate by id: the project's own gates first, then the site's templates, then the
 * built-in templates. A broken stored set blocks instead of falling through to a weaker gate.
 */
export async function findGate(store: KeyValueStore, given: ProjectRef, gateId: string): Promise<FindGateResult> {
  const ref = await withProjectId(store, given);
  const [project, site] = await Promise.all([readProjectSet(store, ref), readSet(store, SITE_GATES_KEY, theSite)]);
  const projectId = ref.id === undefined ? {} : { projectId: ref.id };
  for (const [set, source] of [
    [project, 'project'],
    [site, 'site'],
  ] as const) {
    if (!set.ok) return set;
    const gate = set.file?.gates.find((g) => g.id === gateId);
    if (gate && set.file) return { ok: true, gate, source, set: set.file.gates, ...projectId };
  }
  const builtIn = BUILT_IN_TEMPLATES.find((g) => g.id === gateId);
  if (builtIn) return { ok: true, gate: builtIn, source: 'built-in', set: [builtIn], ...projectId };
  return libraryFailure('GATE_NOT_FOUND', (say) => say('gateLibrary.notFound', { id: gateId, key: ref.key }));
}

/** The gates shown for a work item when neither its project nor the site has a gate set. */
export const DEFAULT_ITEM_GATE_IDS = ['ready-for-qa', 'definition-of-done'] as const;

/** `storedByKey`: the project's set is still kept by its key (see keepProjectSetById). */
export type FindGateSetResult = { ok: true; gates: Gate[]; source: GateSource; storedByKey?: true } | GateLibraryFailure<'GATES_INVALID'>;

/**
 * The gate set that governs a project's work items, as the panel shows it: the project's own
 * set, else the site's, else the built-in Ready for QA and Definition of Done.
 */
export async function findGateSet(store: KeyValueStore, given: ProjectRef): Promise<FindGateSetResult> {
  const ref = await withProjectId(store, given);
  for (const [read, source] of [
    [() => readProjectSet(store, ref), 'project'],
    [() => readSet(store, SITE_GATES_KEY, theSite), 'site'],
  ] as const) {
    const set = await read();
    if (!set.ok) return set;
    if (set.file) return { ok: true, gates: set.file.gates, source, ...(set.byKey ? { storedByKey: true as const } : {}) };
  }
  const gates = DEFAULT_ITEM_GATE_IDS.map((id) => BUILT_IN_TEMPLATES.find((g) => g.id === id)).filter((g): g is Gate => g !== undefined);
  return { ok: true, gates, source: 'built-in' };
}

/** The project part of a work item key ("ABC" of "ABC-123"). */
export function projectKeyOf(issueKey: string): string {
  const dash = issueKey.lastIndexOf('-');
  return dash > 0 ? issueKey.slice(0, dash) : issueKey;
}
