import type { LinksResolvedCriterion } from '../../../../src/domain/criteria/links-resolved/links-resolved-schema';
import type { KindFieldsProps } from './kind-fields';
import { ChoiceSelect } from '../../../shared/choice-select';
import { useT } from '../../../shared/use-t';

const DIRECTIONS = ['inward', 'outward', 'both'] as const;

/** The link type, picked from the site's, and which way the links point. */
export function LinksResolvedFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<LinksResolvedCriterion>) {
  const t = useT();
  const types = catalogs.linkTypes.map((type) => ({ value: type.name, label: `${type.name} (${type.outward} / ${type.inward})` }));
  return (
    <div className="cf-row">
      <div className="cf-grow">
        <ChoiceSelect
          id={`${prefix}-link-type`}
          label={t('kindFields.linkType')}
          value={criterion.linkType}
          choices={types}
          placeholder={t('kindFields.pickLinkType')}
          onChange={(linkType) => onChange({ ...criterion, linkType })}
        />
      </div>
      <div style={{ minWidth: 240 }}>
        <ChoiceSelect
          id={`${prefix}-direction`}
          label={t('kindFields.directionLabel')}
          value={criterion.direction ?? 'inward'}
          choices={DIRECTIONS.map((value) => ({ value, label: t(`kindFields.direction.${value}`) }))}
          onChange={(direction) => onChange({ ...criterion, direction })}
        />
      </div>
    </div>
  );
}
