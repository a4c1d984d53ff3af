import type { FoundItem } from '../../src/jira/fetch-items';
import { Lozenge, type LozengeAppearance } from './lozenge';
import { useT } from './use-t';

const CATEGORY: Record<string, LozengeAppearance> = { new: 'default', indeterminate: 'inprogress', done: 'success' };

interface Props {
  keys: readonly string[];
  /** The site (`https://….atlassian.net`): each key links to its work item there. */
  siteUrl: string | undefined;
  /** The items Jira answered for the viewer, when it was asked: each key shows its status; a key it left out, that it is not visible. */
  found?: readonly FoundItem[] | undefined;
  /** Keys Jira was not asked about (past the table's first 500): no status, and not said to be invisible. */
  unchecked?: readonly string[] | undefined;
}

/** Linked work items: each key a link to the item, with its Jira status when known. */
export function WorkItemLinks({ keys, siteUrl, found, unchecked }: Props) {
  const t = useT();
  if (keys.length === 0) return <span className="ss-muted">—</span>;
  const byKey = new Map((found ?? []).map((item) => [item.key, item]));
  const notAsked = new Set(unchecked ?? []);
  return (
    <span className="ss-work-items">
      {keys.map((key) => {
        const item = byKey.get(key);
        return (
          <span key={key} className="ss-work-item" data-testid={`work-item-${key}`}>
            {siteUrl ? (
              <a href={`${siteUrl}/browse/${encodeURIComponent(key)}`} target="_blank" rel="noopener noreferrer" title={item?.summary || undefined}>
                {key}
              </a>
            ) : (
              key
            )}
            {item && item.status && <Lozenge appearance={CATEGORY[item.category] ?? 'default'}>{item.status}</Lozenge>}
            {found && !item && !notAsked.has(key) && <span className="ss-muted">{t('daci.itemNotVisible')}</span>}
          </span>
        );
      })}
    </span>
  );
}
