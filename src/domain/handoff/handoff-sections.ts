/** The five sections of a QA handoff package, in the order every screen shows them. */
export const HANDOFF_SECTIONS = ['summary', 'expectedBehaviours', 'riskAreas', 'testData', 'releaseNotes'] as const;
export type HandoffSection = (typeof HANDOFF_SECTIONS)[number];

export const HANDOFF_SECTION_TITLES: { readonly [S in HandoffSection]: string } = {
  summary: 'Feature summary',
  expectedBehaviours: 'Expected behaviours',
  riskAreas: 'Known risk areas',
  testData: 'Test accounts / data setup',
  releaseNotes: 'Release notes draft',
};
