import { view } from '@forge/bridge';
import { PERIOD_WEEKS } from '../../../src/domain/insights/periods';

/** What the gadget's settings keep (Jira stores it as the gadget's configuration). */
export interface GadgetConfig {
  project: { id: string; key: string; name: string };
  gateId: string;
  weeks: (typeof PERIOD_WEEKS)[number];
}

const isText = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);

/** The stored configuration, if it is one this gadget saved (anything else: not set up yet). */
export function configOf(raw: unknown): GadgetConfig | undefined {
  const c = raw as { project?: { id?: unknown; key?: unknown; name?: unknown }; gateId?: unknown; weeks?: unknown } | undefined;
  const project = c?.project;
  if (!project || !isText(project.id, /^\d{1,18}$/) || !isText(project.key, /^[A-Z][A-Z0-9_]{0,19}$/)) return undefined;
  if (!isText(c.gateId, /^[a-z0-9-]{1,64}$/)) return undefined;
  const weeks = PERIOD_WEEKS.find((w) => w === c.weeks) ?? 13;
  return { project: { id: project.id, key: project.key, name: typeof project.name === 'string' ? project.name : project.key }, gateId: c.gateId, weeks };
}

/** The gadget's configuration from Forge's context (`extension.gadgetConfiguration`), and the site's address for links. */
export const gadgetContext: Promise<{ config: GadgetConfig | undefined; siteUrl: string | undefined }> = view.getContext().then(
  (c) => ({
    config: configOf((c.extension as { gadgetConfiguration?: unknown } | undefined)?.gadgetConfiguration),
    siteUrl: typeof c.siteUrl === 'string' ? c.siteUrl : undefined,
  }),
  () => ({ config: undefined, siteUrl: undefined }),
);
