import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import VisuallyHidden from '@atlaskit/visually-hidden';
import type { Gate } from '../../project-settings/src/shared/types';
import { gateSummaryCells } from '../../project-settings/src/gate-summary-cells';

const HEAD = {
  cells: [
    { key: 'gate', content: 'Template', width: 40 },
    { key: 'types', content: 'Applies to', width: 25 },
    { key: 'criteria', content: 'Criteria', width: 15 },
    { key: 'actions', content: <VisuallyHidden>Actions</VisuallyHidden>, width: 20 },
  ],
};

/** The site's templates as they will be saved: one row each, to edit or remove. */
export function SiteTemplateList({ templates, onEdit, onRemove }: { templates: Gate[]; onEdit: (i: number) => void; onRemove: (i: number) => void }) {
  if (templates.length === 0) return <p className="cf-muted">No site templates yet.</p>;
  const rows = templates.map((g, i) => ({
    key: `${i}:${g.id}`,
    cells: [
      ...gateSummaryCells(g),
      {
        key: 'actions',
        content: (
          <div className="cf-row">
            <Button aria-label={`Edit ${g.name}`} onClick={() => onEdit(i)}>
              Edit
            </Button>
            <Button appearance="subtle" aria-label={`Remove ${g.name}`} onClick={() => onRemove(i)}>
              Remove
            </Button>
          </div>
        ),
      },
    ],
  }));
  return (
    <div data-testid="site-templates">
      <DynamicTable head={HEAD} rows={rows} label="The site's gate templates" />
    </div>
  );
}
