import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import VisuallyHidden from '@atlaskit/visually-hidden';
import type { Gate } from '../../project-settings/src/shared/types';
import { gateSummaryCells } from '../../project-settings/src/gate-summary-cells';
import type { Translate } from '../../shared/translate';
import { useT } from '../../shared/use-t';

const head = (t: Translate) => ({
  cells: [
    { key: 'gate', content: t('admin.column.template'), width: 40 },
    { key: 'types', content: t('settings.column.appliesTo'), width: 25 },
    { key: 'criteria', content: t('settings.column.criteria'), width: 15 },
    { key: 'actions', content: <VisuallyHidden>{t('settings.column.actions')}</VisuallyHidden>, width: 20 },
  ],
});

/** The site's templates as they will be saved: one row each, to edit or remove. */
export function SiteTemplateList({ templates, onEdit, onRemove }: { templates: Gate[]; onEdit: (i: number) => void; onRemove: (i: number) => void }) {
  const t = useT();
  if (templates.length === 0) return <p className="cf-muted">{t('admin.none')}</p>;
  const rows = templates.map((g, i) => ({
    key: `${i}:${g.id}`,
    cells: [
      ...gateSummaryCells(g, t),
      {
        key: 'actions',
        content: (
          <div className="cf-row">
            <Button aria-label={t('editor.edit', { name: g.name })} onClick={() => onEdit(i)}>
              {t('settings.edit')}
            </Button>
            <Button appearance="subtle" aria-label={t('admin.removeLabel', { name: g.name })} onClick={() => onRemove(i)}>
              {t('editor.remove')}
            </Button>
          </div>
        ),
      },
    ],
  }));
  return (
    <div data-testid="site-templates">
      <DynamicTable head={head(t)} rows={rows} label={t('admin.tableLabel')} />
    </div>
  );
}
