import { getAppContext } from '@forge/api';

/** This app's id as Confluence names it in its macros' extension keys (read per invocation, from Forge's runtime). */
export const forgeAppId = (): string => getAppContext().appAri.appId;
