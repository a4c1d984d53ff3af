import * as z from 'zod';
import { success, type Envelope } from './envelope';
import { acceptanceCriteriaFrom } from '../domain/handoff/acceptance-criteria';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { entryIdSchema, issueIdSchema } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { readPanel } from './write-records';

export const getPanelPayload = z.strictObject({
  issueId: issueIdSchema.optional(),
  /** The panel asks for the next transitions (two more reads); the issue context, which does not show them, does not. */
  withNext: z.literal(true).optional(),
  /** The edit form's "Import from description": the description's acceptance criteria, proposed as behaviours (people who may edit only). */
  withAcceptanceCriteria: z.literal(true).optional(),
  /** A behaviour's "History": every result QA recorded on it. */
  historyOf: entryIdSchema.optional(),
});
export type GetPanelPayload = z.infer<typeof getPanelPayload>;

/** `getPanel`: everything the panel shows. Needs Browse Projects on the item. */
export async function getPanel(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, getPanelPayload, undefined, (input) => (input.withAcceptanceCriteria ? ['description'] : []));
  if (!opened.ok) return opened;
  const { input, item } = opened;
  const panel = await readPanel(deps, item, { withNext: input.withNext === true, ...(input.historyOf !== undefined ? { historyOf: input.historyOf } : {}) });
  if (!panel.ok || !input.withAcceptanceCriteria || !item.permissions.edit) return panel;
  return success({ ...panel.data, acceptanceCriteria: acceptanceCriteriaFrom(item.issue.fields['description']) });
}
