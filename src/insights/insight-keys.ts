/** Where the insight figures and the event log are kept (app storage; docs/insights.md). */
export const itemInsightKey = (itemId: string) => `insights:item:${itemId}`;
export const weekFiguresKey = (projectId: string, gateId: string, week: string) => `insights:week:${projectId}:${week}:${gateId}`;
export const blockedNowKey = (projectId: string, gateId: string) => `insights:blocked:${projectId}:${gateId}`;
/** The weeks and gates a project has figures for (what the page offers, and what retention prunes). */
export const projectCatalogKey = (projectId: string) => `insights:project:${projectId}`;
/** The projects with figures on the site. */
export const PROJECTS_KEY = 'insights:projects';
/** The head of a project's event log for a week (how many pages it has), and its pages. */
export const logHeadKey = (projectId: string, week: string) => `insights:log:${projectId}:${week}`;
export const logPageKey = (projectId: string, week: string, page: number) => `insights:log:${projectId}:${week}:${page}`;
