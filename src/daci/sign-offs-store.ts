import type { KeyValueStore } from '../ports/key-value-store';
import { emptySignOffs, signOffsDocSchema, type SignOff, type SignOffsDoc, withSignOff } from '../domain/daci/sign-off';
import { stableHash } from '../domain/daci/fingerprint';
import { CONTENDED, updateAtomically } from '../storage/update-atomically';
import { type Parsed, problem, type Problem, problemsFromZod } from '../domain/problems';

/** The most one table's sign-offs take in storage: Forge's 240 KiB a value, less room for the format. */
export const MAX_SIGN_OFFS_BYTES = 236 * 1024;

/**
 * Sign-offs live in app storage (users cannot write it through Confluence), one value per macro
 * placement on a page, holding every decision's answers. A localId that is not key-safe is hashed.
 */
export function signOffsKey(pageId: string, localId: string): string {
  const safe = /^[A-Za-z0-9_-]{1,100}$/.test(localId) ? localId : `h${stableHash(localId)}`;
  return `daci:${pageId}:${safe}`;
}

export function parseSignOffs(raw: unknown): Parsed<SignOffsDoc> {
  if (raw === undefined || raw === null) return { ok: true, value: emptySignOffs() };
  const parsed = signOffsDocSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) };
}

export const loadSignOffs = async (store: KeyValueStore, pageId: string, localId: string): Promise<Parsed<SignOffsDoc>> =>
  parseSignOffs(await store.get(signOffsKey(pageId, localId)));

export type AppendResult = { ok: true; value: SignOffsDoc } | { ok: false; reason: 'invalid' | 'full' | 'contended'; problems: Problem[] };

/**
 * Appends a sign-off with a conditional write: another answer committed in between means a fresh
 * read and a merge, so neither is lost. Answers of decisions not in `decisionIds` (the current
 * table) are pruned; a doc that cannot fit Forge's value limit even so is refused ('full').
 */
export async function appendSignOff(
  store: KeyValueStore,
  where: { pageId: string; localId: string; decisionIds: string[] },
  decisionId: string,
  signOff: SignOff,
): Promise<AppendResult> {
  const key = signOffsKey(where.pageId, where.localId);
  const keep = new Set(where.decisionIds);
  const outcome = await updateAtomically(store, [key], ([raw]) => {
    const current = parseSignOffs(raw);
    if (!current.ok) return { answer: { ok: false, reason: 'invalid', problems: current.problems } as AppendResult };
    const next = withSignOff(current.value, decisionId, signOff, keep, MAX_SIGN_OFFS_BYTES);
    if (!next)
      return {
        answer: {
          ok: false,
          reason: 'full',
          problems: [problem('comment', 'problems.signOffsFull', { limit: MAX_SIGN_OFFS_BYTES / 1024 })],
        } as AppendResult,
      };
    return { writes: [{ key, value: next }], answer: { ok: true, value: next } as AppendResult };
  });
  return outcome === CONTENDED ? { ok: false, reason: 'contended', problems: [problem('(root)', 'problems.signOffsContended')] } : outcome;
}
