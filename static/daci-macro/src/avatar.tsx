import { useState } from 'react';
import { initialsOf } from '../../../src/domain/daci/avatar';

/** A round 24 px avatar beside a name. The name is the text; the picture (or the initials) is decoration. */
export function Avatar({ name, src }: { name: string; src?: string }) {
  const [failed, setFailed] = useState<string | undefined>();
  const showPicture = src !== undefined && failed !== src;
  return (
    // The initials are drawn by CSS from data-initials, so they are not part of the cell's text.
    <span className="daci-avatar" aria-hidden="true" data-avatar={showPicture ? 'picture' : 'initials'} data-initials={showPicture ? undefined : initialsOf(name)}>
      {showPicture && <img src={src} alt="" width={24} height={24} loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={() => setFailed(src)} />}
    </span>
  );
}
