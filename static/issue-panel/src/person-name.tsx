import { displayName, formatWhen, useViewer } from './locale-context';

/** A person's display name (never their accountId). */
export function PersonName({ accountId }: { accountId: string }) {
  const { people } = useViewer();
  return <strong style={{ fontWeight: 600 }}>{displayName(people, accountId)}</strong>;
}

/** A time in the user's locale, machine-readable for assistive tech and tests. */
export function When({ at }: { at: string }) {
  const viewer = useViewer();
  return <time dateTime={at}>{formatWhen(at, viewer)}</time>;
}

/** "Ticked by Priya PM on 20 Nov 2026, 09:10" and the like. */
export function ByWhom({ verb, accountId, at }: { verb: string; accountId: string; at: string }) {
  return (
    <>
      {verb} by <PersonName accountId={accountId} /> on <When at={at} />
    </>
  );
}
