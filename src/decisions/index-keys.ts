import { stableHash } from '../domain/daci/fingerprint';

/** Where the decision index keeps each value (app storage, shared by the app's Jira and Confluence sides). */
export const pageIndexKey = (pageId: string): string => `decisions:page:${pageId}`;
/** The `n`th chunk of a page's decisions. */
export const pageChunkKey = (pageId: string, n: number): string => `decisions:page:${pageId}:${n}`;
/** The changes made to a page's decisions after they were decided. */
export const historyKey = (pageId: string): string => `decisions:history:${pageId}`;
export const itemIndexKey = (itemKey: string): string => `decisions:item:${itemKey}`;
export const spaceIndexKey = (spaceId: string): string => `decisions:space:${/^\d{1,20}$/.test(spaceId) ? spaceId : `h${stableHash(spaceId)}`}`;
