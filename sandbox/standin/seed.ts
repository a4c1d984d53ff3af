/** The stand-in's demo data: configuration, work items, links and Confluence, freshly built each time. */
import { SEED_VERSION, STANDIN_FORMAT, type StandInData } from './standin-data';
import { seedConfig } from './seed-config';
import { seedIssues, seedLinks } from './seed-issues';
import { seedConfluence } from './seed-confluence';

export { SEED_ISSUES } from './seed-issues';
export { SEED_CONFLUENCE } from './seed-confluence';
export { seedAppStorage } from './seed-app-storage';

export function seedStandInData(): StandInData {
  return structuredClone({
    format: STANDIN_FORMAT,
    seedVersion: SEED_VERSION,
    ...seedConfig(),
    issues: seedIssues(),
    links: seedLinks(),
    attachments: [],
    confluence: seedConfluence(),
  });
}
