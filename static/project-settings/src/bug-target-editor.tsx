import type { Catalogs, Gate } from './shared/types';
import { ChoiceSelect } from '../../shared/choice-select';
import { TextField } from '../../shared/text-field';
import { useT } from '../../shared/use-t';

type BugTarget = NonNullable<Gate['bugs']>;
/** The value that means "no link type named": Blocks, the default. */
const DEFAULT_LINK = '';

/** Drops empty settings, and the whole object when none is left (a gate without `bugs` uses the defaults). */
function tidy(next: BugTarget): BugTarget | undefined {
  const kept = { ...(next.projectKey ? { projectKey: next.projectKey } : {}), ...(next.linkType ? { linkType: next.linkType } : {}) };
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Where QA's bugs from failed behaviours go: a project key (default: the item's) and the link type (default Blocks). */
export function BugTargetEditor({
  value,
  catalogs,
  onChange,
}: {
  value: BugTarget | undefined;
  catalogs: Catalogs;
  onChange(next: BugTarget | undefined): void;
}) {
  const t = useT();
  const current = value ?? {};
  const types = [{ value: DEFAULT_LINK, label: t('editor.bugs.defaultLink') }, ...catalogs.linkTypes.map((type) => ({ value: type.name, label: type.name }))];
  return (
    <fieldset className="cf-card" data-testid="bug-target">
      <legend>{t('editor.bugs.legend')}</legend>
      <div className="cf-row">
        <div style={{ minWidth: 240 }}>
          <TextField
            id="bugs-project"
            label={t('editor.bugs.project')}
            placeholder={t('editor.bugs.sameProject')}
            maxLength={10}
            value={current.projectKey ?? ''}
            onChange={(key) => onChange(tidy({ ...current, projectKey: key.trim().toUpperCase() }))}
          />
        </div>
        <div style={{ minWidth: 240 }}>
          <ChoiceSelect
            id="bugs-link-type"
            label={t('editor.bugs.linkType')}
            value={current.linkType ?? DEFAULT_LINK}
            choices={types}
            placeholder={current.linkType}
            onChange={(linkType) => onChange(tidy({ ...current, linkType }))}
          />
        </div>
      </div>
    </fieldset>
  );
}
