import { commaList } from './criterion-kinds/kind-fields';
import { TextField } from '../../shared/text-field';
import { useT } from '../../shared/use-t';

/** The environments or builds QA pick from when they record a result (comma-separated; QA may type another). */
export function QaEnvironmentsEditor({ value, onChange }: { value: readonly string[] | undefined; onChange(next: string[] | undefined): void }) {
  const t = useT();
  return (
    <fieldset className="cf-card" data-testid="qa-environments">
      <legend>{t('editor.environments.legend')}</legend>
      <TextField
        id="qa-environments"
        label={t('editor.environments.label')}
        placeholder={t('editor.environments.placeholder')}
        defaultValue={(value ?? []).join(', ')}
        onBlur={(text) => {
          const list = [...new Set(commaList(text))];
          onChange(list.length ? list : undefined);
        }}
      />
    </fieldset>
  );
}
