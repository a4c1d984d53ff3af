import { stableHash } from '../domain/daci/fingerprint';

/** Where the decision index keeps each value (app storage, shared by the app's Jira and Confluence sides). */
export const pageIndexKey = (pageId: string): string => `decisions:page:${pageId}`;
export const itemIndexKey = (itemKey: string): string => `decisions:item:${itemKey}`;
export const spaceIndexKey = (spaceId: string): string => `decisions:space:${/^\d{1,20}$/.test(spaceId) ? spaceId : `h${stableHash(spaceId)}`}`;
