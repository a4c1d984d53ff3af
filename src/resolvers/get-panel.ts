import * as z from 'zod';
import type { Envelope } from './envelope';
import { openItem } from './open-item';
import type { PanelData } from './panel-data';
import { issueIdSchema } from './payload-parts';
import type { IssueResolverDeps } from './resolver-deps';
import type { ResolverRequest } from './resolver-request';
import { readPanel } from './write-records';

export const getPanelPayload = z.strictObject({
  issueId: issueIdSchema.optional(),
  /** The panel asks for the next transitions (two more reads); the issue context, which does not show them, does not. */
  withNext: z.literal(true).optional(),
});
export type GetPanelPayload = z.infer<typeof getPanelPayload>;

/** `getPanel`: everything the panel shows. Needs Browse Projects on the item. */
export async function getPanel(deps: IssueResolverDeps, request: ResolverRequest): Promise<Envelope<PanelData>> {
  const opened = await openItem(deps, request, getPanelPayload);
  if (!opened.ok) return opened;
  return readPanel(deps, opened.item, opened.input.withNext === true);
}
