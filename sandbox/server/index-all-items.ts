import type { StandIn } from '../standin/standin-server';
import type { LocalApp } from './local-app';

/**
 * Brings every work item's search summary in step, as if each had just changed: the seeded
 * items get their summaries, and items changed while the sandbox was stopped are caught up.
 * The trigger rewrites only summaries that changed (a parent may be refreshed twice, harmlessly).
 * A failure is logged, never fatal.
 */
export async function indexAllItems(standIn: StandIn, app: LocalApp): Promise<void> {
  const items = standIn.snapshot().issues;
  await Promise.all(
    items.map(async (issue) => {
      const result = await app.refreshSearchIndex({
        eventType: 'avi:jira:updated:issue',
        selfGenerated: false,
        issue: { id: issue.id, key: issue.key, fields: { project: { key: issue.key.slice(0, issue.key.lastIndexOf('-')) } } },
      });
      if ('ignored' in result) console.warn(`[sandbox] search summary of ${issue.key} not computed: ${result.ignored}`);
    }),
  );
}

/** Indexes the decisions of every page, as if each had just been saved (the seed's spec, pages changed while stopped). */
export async function indexAllPages(standIn: StandIn, app: LocalApp): Promise<void> {
  for (const page of standIn.snapshot().confluence.pages) {
    const result = await app.indexDecisions({ eventType: 'avi:confluence:updated:page', selfGenerated: false, content: { id: page.id, type: 'page' } });
    if ('ignored' in result) console.warn(`[sandbox] decisions of page ${page.id} not indexed: ${result.ignored}`);
  }
}
