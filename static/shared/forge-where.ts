import { view } from '@forge/bridge';
import type { Where } from './when';

/** The viewer's locale, time zone and site from the Forge context; nothing (the browser's) when it cannot be read. */
export const forgeWhere = (): Promise<Where> =>
  view.getContext().then(
    (context) => ({ locale: context.locale, timeZone: context.timezone, siteUrl: context.siteUrl }),
    () => ({}),
  );
