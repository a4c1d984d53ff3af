import { indexPage, unindexPage, type IndexDeps, type IndexOutcome } from '../decisions/index-page';
import { pageEventSchema, REMOVING_EVENTS } from './page-event';

export type PageTriggerResult = { ignored: string } | { pageId: string; outcome: IndexOutcome };

/**
 * The `trigger` on Confluence page events (created, updated, restored, moved, trashed, deleted):
 * keeps the decision index in step with the page. A trashed or deleted page leaves the index
 * without a Confluence call; every other event re-reads the page as it is now, so events that
 * arrive late or twice do no harm. Never throws: Forge would retry the event.
 */
export async function onPageEvent(event: unknown, deps: IndexDeps): Promise<PageTriggerResult> {
  try {
    const parsed = pageEventSchema.safeParse(event);
    if (!parsed.success || parsed.data.content.type !== 'page') return { ignored: 'not a page event' };
    const { eventType, content } = parsed.data;
    const outcome = REMOVING_EVENTS.has(eventType)
      ? await unindexPage(deps, {
          pageId: content.id,
          ...(content.space ? { spaceId: content.space.id } : {}),
          ...(content.version ? { version: content.version.number } : {}),
        })
      : await indexPage(deps, content.id);
    if (!outcome.written && outcome.reason !== 'older') console.warn(`shipshape: decisions of page ${content.id} not indexed (${outcome.reason})`);
    return { pageId: content.id, outcome };
  } catch (error) {
    console.error('shipshape: decision index trigger failed', error);
    return { ignored: 'an unexpected error occurred' };
  }
}
