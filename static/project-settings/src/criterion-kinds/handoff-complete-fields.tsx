import type { HandoffCompleteCriterion } from '../../../../src/domain/criteria/handoff-complete/handoff-complete-schema';
import { HANDOFF_SECTIONS, type HandoffSection } from '../../../../src/domain/handoff/handoff-sections';
import Checkbox from '@atlaskit/checkbox';
import type { KindFieldsProps } from './kind-fields';
import { useT } from '../../../shared/use-t';

/** The handoff sections the check requires; none ticked means all five. */
export function HandoffCompleteFields({ criterion, onChange }: KindFieldsProps<HandoffCompleteCriterion>) {
  const t = useT();
  const held = criterion.sections ?? [];
  const toggled = (section: HandoffSection, on: boolean) => {
    const next = on ? [...held, section] : held.filter((s) => s !== section);
    return next.length ? next : undefined;
  };
  return (
    <fieldset className="cf-row" style={{ border: 0, padding: 0 }}>
      <legend className="cf-label">{t('kindFields.sections')}</legend>
      {HANDOFF_SECTIONS.map((section) => (
        <Checkbox
          key={section}
          label={t(`handoffSection.${section}`)}
          isChecked={held.includes(section)}
          onChange={(e) => onChange({ ...criterion, sections: toggled(section, e.target.checked) })}
        />
      ))}
    </fieldset>
  );
}
