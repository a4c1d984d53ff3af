import type { SyntheticEvent } from 'react';
import { initialsOf } from '../../../src/domain/daci/avatar';

/** A picture that fails to load gives way to the initials, without a re-render: a table shows many avatars. */
function showInitials(event: SyntheticEvent<HTMLImageElement>) {
  const image = event.currentTarget;
  image.hidden = true;
  image.parentElement?.setAttribute('data-avatar', 'initials');
}

/** A round 24 px avatar beside a name. The name is the text; the picture (or the initials) is decoration. */
export function Avatar({ name, src }: { name: string; src?: string }) {
  return (
    // The initials are drawn by CSS from data-initials, so they are not part of the cell's text.
    // The key gives a new picture a fresh element (showInitials may have marked the old one).
    <span key={src ?? ''} className="daci-avatar" aria-hidden="true" data-avatar={src ? 'picture' : 'initials'} data-initials={initialsOf(name)}>
      {src && <img src={src} alt="" width={24} height={24} loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={showInitials} />}
    </span>
  );
}
