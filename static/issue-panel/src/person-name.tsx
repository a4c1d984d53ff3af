import { displayName, useViewer } from './locale-context';
import { When } from '../../shared/when';

/** A person's display name (never their accountId). */
export function PersonName({ accountId }: { accountId: string }) {
  const { people } = useViewer();
  return <strong style={{ fontWeight: 600 }}>{displayName(people, accountId)}</strong>;
}

/** "Ticked by Priya PM 5 minutes ago", "Ticked by Priya PM on 20 Nov 2026, 09:10" and the like. */
export function ByWhom({ verb, accountId, at }: { verb: string; accountId: string; at: string }) {
  return (
    <>
      {verb} by <PersonName accountId={accountId} /> <When at={at} withOn />
    </>
  );
}
