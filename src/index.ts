export { issueResolver } from './resolvers/forge-issue-resolvers';
export { issueContextStatus } from './issue-context/forge-issue-context-status';
export { refreshSearchIndex } from './triggers/forge-search-index-trigger';
export { indexDecisions } from './triggers/forge-decision-index-trigger';
export { daciResolver, daciExport } from './daci/forge-daci';
export { configResolver } from './config/forge-config-resolvers';
export { countGateEvent, pruneInsightsDaily } from './insights/forge-insights';
export { insightsResolver } from './insights-page/forge-insights-resolver';
export { reindexSearch } from './search-index/forge-reindex';
