import * as z from 'zod';
import { storedHandoffInput, withHandoff } from '../domain/records/handoff-edits';
import { handoffLimitProblems, recordSizeProblem } from '../domain/records/records-limits';
import type { Handoff } from '../domain/records/records-schema';
import { richTextSchema } from '../domain/rich-text/rich-text-schema';
import { tooLongFailure } from './too-long-failure';
import type { Envelope } from './envelope';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { entryIdSchema, writeTarget } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { writeRecords } from './write-records';
import { confirmationNeeded, keptAnyway, saveChecks } from './save-confirmation';

/** `adf`: the text with its formatting (the stored plain text is then derived from it). */
const entry = { id: entryIdSchema.optional(), text: z.string(), adf: richTextSchema.optional() };
const uniqueIds = (list: Array<{ id?: string | undefined }>, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (e.id !== undefined && seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'problems.duplicateId', params: { id: e.id } });
    if (e.id !== undefined) seen.add(e.id);
  });
};

/** Sections present replace the saved ones; absent sections are kept. New entries come without an id. */
export const saveHandoffPayload = z.strictObject({
  ...writeTarget,
  handoff: z.strictObject({
    summary: z.string().optional(),
    summaryAdf: richTextSchema.optional(),
    expectedBehaviours: z.array(z.strictObject(entry)).superRefine(uniqueIds).optional(),
    riskAreas: z
      .array(z.strictObject({ ...entry, severity: z.enum(['high', 'medium', 'low']) }))
      .superRefine(uniqueIds)
      .optional(),
    testData: z.string().optional(),
    testDataAdf: richTextSchema.optional(),
    releaseNotes: z.string().optional(),
    releaseNotesAdf: richTextSchema.optional(),
  }),
  /** The person saw the text flagged as looking like a password, token or key, and saves it anyway. */
  keepSecretLikeText: z.literal(true).optional(),
  /** The person saw which QA results and passing gates the save sets aside, and saves anyway. */
  acceptConsequences: z.literal(true).optional(),
});
export type SaveHandoffPayload = z.infer<typeof saveHandoffPayload>;

const describe = (h: Handoff | undefined) =>
  `summary ${h?.summary?.length ?? 0} chars, ${h?.expectedBehaviours?.length ?? 0} behaviours, ${h?.riskAreas?.length ?? 0} risk areas, ` +
  `test data ${h?.testData?.length ?? 0} chars, release notes ${h?.releaseNotes?.length ?? 0} chars`;

/**
 * `saveHandoff`: writes the QA handoff package. Needs Edit Issues. A save that would add text
 * looking like a secret, or set aside QA results or a passing gate, asks first (save-confirmation.ts).
 */
export async function saveHandoff(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, saveHandoffPayload, 'editHandoff');
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const handoff = storedHandoffInput(input.handoff);
  const tooLong = handoffLimitProblems(handoff);
  if (tooLong.length) return tooLongFailure(tooLong, item.say);
  return writeRecords(deps, item, input.revision, (records) => {
    const next = withHandoff(records, handoff);
    if (JSON.stringify(next) === JSON.stringify(records)) return { ok: true, records };
    const checks = saveChecks(item, records, next);
    // A package too large to save is refused as such (by writeRecords) before anyone is asked to confirm it.
    const asked = recordSizeProblem(next) ? undefined : confirmationNeeded(checks, input, next, item);
    if (asked) return asked;
    const audit = {
      action: 'save-handoff' as const,
      target: 'handoff',
      before: describe(records.handoff),
      after: `${describe(next.handoff)}${keptAnyway(checks)}`,
    };
    return { ok: true, records: next, audit };
  });
}
