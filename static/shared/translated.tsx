import { useEffect, useState, type ReactNode } from 'react';
import type { EarlyAnswer } from './early-answer';
import type { Translate } from './translate';
import { TranslateContext } from './use-t';

/**
 * A screen in the person's language: nothing is drawn until the translations are in (a screen
 * asks for them alongside its first backend call, so they rarely keep it waiting).
 */
export function Translated({ translate, children }: { translate: EarlyAnswer<Translate>; children: ReactNode }) {
  const [t, setT] = useState<Translate | undefined>(() => translate.settled()?.value);
  useEffect(() => {
    if (!t) void translate.promise.then((loaded) => setT(() => loaded));
  }, [t, translate]);
  return t ? <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider> : null;
}
