import { useEffect, useState, type ReactNode } from 'react';
import { WhereContext, type Where } from './when';
import { forgeWhere } from './forge-where';

/** forgeWhere for a screen's root: the browser's until the context answers. */
export function useForgeWhere(): Where {
  const [where, setWhere] = useState<Where>({});
  useEffect(() => {
    void forgeWhere().then(setWhere);
  }, []);
  return where;
}

/** Provides the viewer's locale and time zone to every When and Day below it. */
export function WhereFromForge({ children }: { children: ReactNode }) {
  return <WhereContext.Provider value={useForgeWhere()}>{children}</WhereContext.Provider>;
}
