import * as z from 'zod';
import { DACI_LIMITS } from './daci-limits';
import type { Decision } from './daci-schema';
import { decisionFingerprint } from './fingerprint';

export const SIGN_OFF_FORMAT = 'shipshape.daci-signoffs/v1';
export const SIGN_OFF_HISTORY = 10;

/** One Approver's answer: who, when, on which page version, over which text and roles. */
export const signOffSchema = z.strictObject({
  outcome: z.enum(['approved', 'rejected']),
  accountId: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  pageVersion: z.number().int().min(1),
  comment: z.string().max(DACI_LIMITS.signOffCommentLength),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
});

/** All sign-offs of one macro on one page, by decision id, oldest first (latest is the one that counts). */
export const signOffsDocSchema = z.strictObject({
  format: z.literal(SIGN_OFF_FORMAT),
  decisions: z.record(z.string(), z.array(signOffSchema)),
});

export type SignOff = z.infer<typeof signOffSchema>;
export type SignOffsDoc = z.infer<typeof signOffsDocSchema>;
/** `stale`: approved, then the decision changed; `stale-rejection`: the same after a rejection. */
export type SignOffState = 'none' | 'approved' | 'rejected' | 'stale' | 'stale-rejection';

export const emptySignOffs = (): SignOffsDoc => ({ format: SIGN_OFF_FORMAT, decisions: {} });

/** A decision's answers, oldest first; own entries only (a decision id may be `constructor`). */
export const answersFor = (doc: SignOffsDoc, decisionId: string): SignOff[] =>
  Object.hasOwn(doc.decisions, decisionId) ? (doc.decisions[decisionId] ?? []) : [];

export const latestSignOff = (doc: SignOffsDoc, decisionId: string): SignOff | undefined => answersFor(doc, decisionId).at(-1);

/** Stale when the decision's text or roles changed since the answer ("changed since approval" or "since rejection"). */
export function signOffState(decision: Decision, signOff: SignOff | undefined): SignOffState {
  if (!signOff) return 'none';
  if (signOff.fingerprint !== decisionFingerprint(decision)) return signOff.outcome === 'approved' ? 'stale' : 'stale-rejection';
  return signOff.outcome;
}

/**
 * The doc with `signOff` appended to the decision's answers, bounded by design: answers of
 * decisions no longer in the table (`keep`) are dropped, each decision keeps its last few, and
 * while the whole doc is over `maxBytes` the oldest answer that is not a decision's latest goes.
 * Undefined when even the latest answers alone do not fit (the caller refuses, naming the limit).
 */
export function withSignOff(doc: SignOffsDoc, decisionId: string, signOff: SignOff, keep: ReadonlySet<string>, maxBytes: number): SignOffsDoc | undefined {
  const entries = new Map<string, SignOff[]>(Object.entries(doc.decisions).filter(([id]) => keep.has(id)));
  entries.set(decisionId, [...(entries.get(decisionId) ?? []), signOff].slice(-SIGN_OFF_HISTORY));
  const build = (): SignOffsDoc => ({ format: doc.format, decisions: Object.fromEntries(entries) });
  const bytes = () => new TextEncoder().encode(JSON.stringify(build())).byteLength;
  while (bytes() > maxBytes) {
    const oldest = [...entries]
      .filter(([, list]) => list.length > 1)
      .map(([id, list]) => ({ id, at: list[0]!.at }))
      .sort((a, b) => a.at.localeCompare(b.at))[0];
    if (!oldest) return undefined;
    entries.set(oldest.id, entries.get(oldest.id)!.slice(1));
  }
  return build();
}

/** Only the decision's Approver may answer for it. */
export const mayAnswer = (decision: Pick<Decision, 'approver'>, accountId: string | undefined): boolean =>
  accountId !== undefined && accountId !== '' && decision.approver === accountId;
