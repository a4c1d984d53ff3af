import { handoffConsequences, type HandoffConsequences } from '../domain/handoff/handoff-consequences';
import { newSecrets, type SecretFinding } from '../domain/handoff/secrets/find-secrets';
import { problem, type Problem } from '../domain/problems';
import type { ItemRecords } from '../domain/records/records-schema';
import { qaVerifiersOf } from '../domain/gates/qa-verifiers';
import { plural } from '../domain/words/say';
import { failure, type ResolverError } from './envelope';
import type { LoadedItem } from './load-item';

/** What the editor already saw and chose to save anyway. */
export interface Confirmed {
  keepSecretLikeText?: true | undefined;
  acceptConsequences?: true | undefined;
}

export interface SaveChecks {
  secrets: SecretFinding[];
  consequences: HandoffConsequences;
}

/** What saving the package as `next` would add that looks like a secret, and what it would set aside of QA's and the gates' acceptance. */
export function saveChecks(item: LoadedItem, records: ItemRecords, next: ItemRecords): SaveChecks {
  const snapshot = { issue: item.issue, qaVerifiers: qaVerifiersOf(item.gates)?.verifiers, ...(item.decisions ? { decisions: item.decisions } : {}) };
  return { secrets: newSecrets(next.handoff ?? {}, records.handoff), consequences: handoffConsequences(item.gates, snapshot, records, next, item.say) };
}

/** Where a kept behaviour is in the saved payload, for its problem's path. */
const payloadIndex = (next: ItemRecords, behaviourId: string) => (next.handoff?.expectedBehaviours ?? []).findIndex((b) => b.id === behaviourId);

function consequenceProblems({ reopened, lostGates }: HandoffConsequences, next: ItemRecords): Problem[] {
  return [
    ...reopened.map((r) =>
      r.how === 'edited'
        ? problem(`handoff.expectedBehaviours[${payloadIndex(next, r.behaviourId)}].text`, `problems.reopensResult.${r.status}`)
        : problem('handoff.expectedBehaviours', `problems.removesResult.${r.status}`, { number: r.index + 1 }),
    ),
    ...lostGates.map((g) => problem('handoff', 'problems.failsGate', { gate: g.gateName, checks: g.checks.join(', ') })),
  ];
}

/** Nothing saved: what the editor is asked about first (secrets masked), unless they already chose to save anyway. */
export function confirmationNeeded(
  checks: SaveChecks,
  confirmed: Confirmed,
  next: ItemRecords,
  item: LoadedItem,
): { ok: false; error: ResolverError } | undefined {
  const secrets = confirmed.keepSecretLikeText ? [] : checks.secrets;
  const consequences = confirmed.acceptConsequences ? [] : consequenceProblems(checks.consequences, next);
  if (secrets.length === 0 && consequences.length === 0) return undefined;
  const message = [
    ...(secrets.length ? [plural(item.say, 'errors.secretsSuspected', secrets.length, {})] : []),
    ...(consequences.length ? [item.say('errors.consequences')] : []),
  ].join(' ');
  return failure('NEEDS_CONFIRMATION', message, [
    ...secrets.map((f) => problem(f.path, `problems.secretLike.${f.kind}`, { masked: f.masked })),
    ...consequences,
  ]);
}

/** The audit trail's words for what the editor saved anyway. */
export function keptAnyway({ secrets, consequences }: SaveChecks): string {
  const parts = [
    ...(secrets.length ? [`kept anyway: ${secrets.map((f) => `${f.path.replace(/^handoff\./, '')} (${f.kind})`).join(', ')}`] : []),
    ...(consequences.reopened.length ? [`reopened: ${consequences.reopened.map((r) => `${r.behaviourId} (${r.status}, ${r.how})`).join(', ')}`] : []),
    ...(consequences.lostGates.length ? [`no longer passes: ${consequences.lostGates.map((g) => g.gateId).join(', ')}`] : []),
  ];
  return parts.map((p) => `; ${p}`).join('');
}
