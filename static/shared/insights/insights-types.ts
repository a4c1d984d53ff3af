/** The insights resolvers' types, shared with the backend (type-only: nothing server-side is bundled). */
export type { InsightsData } from '../../../src/insights-page/insights-data';
export type { InsightGates } from '../../../src/insights-page/get-insight-gates';
