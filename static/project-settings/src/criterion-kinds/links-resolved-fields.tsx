import type { LinksResolvedCriterion } from '../../../../src/domain/criteria/links-resolved/links-resolved-schema';
import type { KindFieldsProps } from './kind-fields';

/** The link type, picked from the site's, and which way the links point. */
export function LinksResolvedFields({ criterion, catalogs, onChange }: KindFieldsProps<LinksResolvedCriterion>) {
  return (
    <div className="cf-row">
      <label className="cf-label cf-grow">
        Link type
        <select className="cf-field" value={criterion.linkType} onChange={(e) => onChange({ ...criterion, linkType: e.target.value })}>
          <option value="">Pick a link type…</option>
          {catalogs.linkTypes.map((t) => (
            <option key={t.name} value={t.name}>{`${t.name} (${t.outward} / ${t.inward})`}</option>
          ))}
        </select>
      </label>
      <label className="cf-label">
        Which linked items
        <select
          className="cf-field"
          value={criterion.direction ?? 'inward'}
          onChange={(e) => onChange({ ...criterion, direction: e.target.value as LinksResolvedCriterion['direction'] })}
        >
          <option value="inward">Inward (e.g. "is blocked by")</option>
          <option value="outward">Outward (e.g. "blocks")</option>
          <option value="both">Both</option>
        </select>
      </label>
    </div>
  );
}
