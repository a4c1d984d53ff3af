import type { Gate } from './shared/types';
import type { Translate } from '../../shared/translate';

/** A gate's name and id, the work types it applies to and its number of criteria: the cells every gate table shows. */
export const gateSummaryCells = (g: Gate, t: Translate) => [
  {
    key: 'gate',
    content: (
      <>
        <strong>{g.name}</strong>
        <div>
          <code className="cf-code cf-muted">{g.id}</code>
        </div>
      </>
    ),
  },
  { key: 'types', content: g.appliesTo ? g.appliesTo.issueTypes.join(', ') : t('settings.everyWorkType') },
  { key: 'criteria', content: g.criteria.length },
];
