import type { Gate } from '../domain/gates/gate-schema';
import { BUILT_IN_TEMPLATES } from '../domain/templates';
import type { KeyValueStore } from '../ports/key-value-store';
import { readGateSet } from './read-gate-set';

export interface TemplateOnOffer {
  source: 'built-in' | 'site';
  gate: Gate;
}

/** The templates a project can start from: the site's (kept by Jira admins), then the built-ins. A broken site set offers only the built-ins. */
export async function templatesOnOffer(store: KeyValueStore): Promise<{ templates: TemplateOnOffer[]; siteProblem?: string }> {
  const site = await readGateSet(store, { kind: 'site' });
  const builtIn = BUILT_IN_TEMPLATES.map((gate) => ({ source: 'built-in' as const, gate: structuredClone(gate) as Gate }));
  if (!site.ok) return { templates: builtIn, siteProblem: site.error.message };
  return { templates: [...site.set.gates.map((gate) => ({ source: 'site' as const, gate })), ...builtIn] };
}
