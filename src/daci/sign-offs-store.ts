import type { KeyValueStore } from '../ports/key-value-store';
import { emptySignOffs, signOffsDocSchema, type SignOff, type SignOffsDoc, withSignOff } from '../domain/daci/sign-off';
import { stableHash } from '../domain/daci/fingerprint';
import type { Parsed } from '../domain/problems';
import { problemsFromZod } from '../domain/problems';

/**
 * Sign-offs live in app storage (users cannot write it through Confluence), one value per macro
 * placement on a page, holding every decision's answers. A localId that is not key-safe is hashed.
 */
export function signOffsKey(pageId: string, localId: string): string {
  const safe = /^[A-Za-z0-9_-]{1,100}$/.test(localId) ? localId : `h${stableHash(localId)}`;
  return `daci:${pageId}:${safe}`;
}

export async function loadSignOffs(store: KeyValueStore, pageId: string, localId: string): Promise<Parsed<SignOffsDoc>> {
  const raw = await store.get(signOffsKey(pageId, localId));
  if (raw === undefined || raw === null) return { ok: true, value: emptySignOffs() };
  const parsed = signOffsDocSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) };
}

const holds = (doc: SignOffsDoc, decisionId: string, signOff: SignOff) =>
  (doc.decisions[decisionId] ?? []).some((s) => s.at === signOff.at && s.accountId === signOff.accountId && s.outcome === signOff.outcome);

/**
 * Appends a sign-off. The store has no transactions, so after writing it reads back and, if
 * another write replaced ours in between, merges again (a few times), so neither answer is lost.
 */
export async function appendSignOff(store: KeyValueStore, pageId: string, localId: string, decisionId: string, signOff: SignOff): Promise<Parsed<SignOffsDoc>> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = await loadSignOffs(store, pageId, localId);
    if (!current.ok) return current;
    const next = holds(current.value, decisionId, signOff) ? current.value : withSignOff(current.value, decisionId, signOff);
    await store.set(signOffsKey(pageId, localId), next);
    const check = await loadSignOffs(store, pageId, localId);
    if (check.ok && holds(check.value, decisionId, signOff)) return check;
  }
  return { ok: false, problems: [{ path: '(root)', message: 'the sign-off could not be stored: others were writing at the same time' }] };
}
