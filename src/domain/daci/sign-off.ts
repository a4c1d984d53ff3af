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
export type SignOffState = 'none' | 'approved' | 'rejected' | 'stale';

export const emptySignOffs = (): SignOffsDoc => ({ format: SIGN_OFF_FORMAT, decisions: {} });

export const latestSignOff = (doc: SignOffsDoc, decisionId: string): SignOff | undefined => doc.decisions[decisionId]?.at(-1);

/** Stale when the decision's text or roles changed since the answer ("changed since approval"). */
export function signOffState(decision: Decision, signOff: SignOff | undefined): SignOffState {
  if (!signOff) return 'none';
  if (signOff.fingerprint !== decisionFingerprint(decision)) return 'stale';
  return signOff.outcome;
}

/** The doc with `signOff` appended to the decision's history, keeping the last few. */
export function withSignOff(doc: SignOffsDoc, decisionId: string, signOff: SignOff): SignOffsDoc {
  const history = [...(doc.decisions[decisionId] ?? []), signOff].slice(-SIGN_OFF_HISTORY);
  return { ...doc, decisions: { ...doc.decisions, [decisionId]: history } };
}

/** Only the decision's Approver may answer for it. */
export const mayAnswer = (decision: Pick<Decision, 'approver'>, accountId: string | undefined): boolean =>
  accountId !== undefined && accountId !== '' && decision.approver === accountId;
