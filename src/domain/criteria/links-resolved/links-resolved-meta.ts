import { kindMeta } from '../criterion-kind';
import type { LinksResolvedCriterion } from './links-resolved-schema';

export const linksResolvedMeta = kindMeta<LinksResolvedCriterion>({
  kind: 'links-resolved',
  name: 'Linked items resolved',
  jiraNeeds: () => ({ fields: ['issuelinks'] }),
  blank: (id) => ({ id, kind: 'links-resolved', linkType: 'Blocks' }),
});
