/** The resolver's types, shared with the backend (type-only: nothing server-side is bundled). */
export type { InsightsData } from '../../../src/insights-page/insights-data';
export type { InsightsQuery } from '../../../src/domain/insights/insights-query';
export type { Envelope } from '../../../src/resolvers/envelope';
export type { ExportPart } from '../../../src/insights-page/export-insights';
