import type { LinksResolvedCriterion } from '../../../../src/domain/criteria/links-resolved/links-resolved-schema';
import type { KindFieldsProps } from './kind-fields';
import { ChoiceSelect } from '../../../shared/choice-select';

const DIRECTIONS = [
  { value: 'inward', label: 'Inward (e.g. "is blocked by")' },
  { value: 'outward', label: 'Outward (e.g. "blocks")' },
  { value: 'both', label: 'Both' },
] as const;

/** The link type, picked from the site's, and which way the links point. */
export function LinksResolvedFields({ criterion, catalogs, onChange, prefix }: KindFieldsProps<LinksResolvedCriterion>) {
  const types = catalogs.linkTypes.map((t) => ({ value: t.name, label: `${t.name} (${t.outward} / ${t.inward})` }));
  return (
    <div className="cf-row">
      <div className="cf-grow">
        <ChoiceSelect
          id={`${prefix}-link-type`}
          label="Link type"
          value={criterion.linkType}
          choices={types}
          placeholder="Pick a link type…"
          onChange={(linkType) => onChange({ ...criterion, linkType })}
        />
      </div>
      <div style={{ minWidth: 240 }}>
        <ChoiceSelect
          id={`${prefix}-direction`}
          label="Which linked items"
          value={criterion.direction ?? 'inward'}
          choices={DIRECTIONS}
          onChange={(direction) => onChange({ ...criterion, direction })}
        />
      </div>
    </div>
  );
}
