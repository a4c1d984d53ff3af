import { displayName, useViewer } from './locale-context';
import { When } from '../../shared/when';
import { FillNodes } from '../../shared/fill-nodes';
import { useT } from '../../shared/use-t';

/** A person's display name (never their accountId). */
export function PersonName({ accountId }: { accountId: string }) {
  const { people } = useViewer();
  const t = useT();
  return <strong style={{ fontWeight: 600 }}>{displayName(people, accountId, t('person.unknown'))}</strong>;
}

/** "Ticked by Priya PM 5 minutes ago", "Ticked by Priya PM on 20 Nov 2026, 09:10" and the like. */
export function ByWhom({ verb, accountId, at }: { verb: string; accountId: string; at: string }) {
  const t = useT();
  return <FillNodes text={t('panel.byWhom')} parts={{ verb, person: <PersonName accountId={accountId} />, when: <When at={at} withOn /> }} />;
}
