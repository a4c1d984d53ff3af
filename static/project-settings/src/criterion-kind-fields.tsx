import type { Catalogs, Criterion } from './shared/types';
import { PrincipalsEditor } from './principals-editor';

const SECTIONS = [
  ['summary', 'Summary'],
  ['expectedBehaviours', 'Expected behaviours'],
  ['riskAreas', 'Risk areas'],
  ['testData', 'Test data'],
  ['releaseNotes', 'Release notes'],
] as const;
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The part of a criterion's form that depends on its kind: field picker, labels, link type, approvers. */
export function CriterionKindFields({
  criterion,
  catalogs,
  onChange,
  prefix,
}: {
  criterion: Criterion;
  catalogs: Catalogs;
  onChange: (c: Criterion) => void;
  prefix: string;
}) {
  const set = (patch: Partial<Criterion>) => onChange({ ...criterion, ...patch });
  switch (criterion.kind) {
    case 'field-set':
      return (
        <label className="cf-label">
          Field
          <select className="cf-field" data-testid={`${prefix}-field`} value={criterion.field ?? ''} onChange={(e) => set({ field: e.target.value })}>
            <option value="">Pick a field…</option>
            {criterion.field && !catalogs.fields.some((f) => f.id === criterion.field) && (
              <option value={criterion.field}>{criterion.field} (not on this site)</option>
            )}
            {catalogs.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.custom ? `${f.name} (custom)` : f.name}
              </option>
            ))}
          </select>
        </label>
      );
    case 'labels':
      return (
        <div className="cf-row">
          <label className="cf-label cf-grow">
            Labels required (comma-separated)
            <input
              className="cf-field"
              defaultValue={(criterion.require ?? []).join(', ')}
              onBlur={(e) => set({ require: list(e.target.value).length ? list(e.target.value) : undefined })}
            />
          </label>
          <label className="cf-label cf-grow">
            Labels forbidden (comma-separated)
            <input
              className="cf-field"
              defaultValue={(criterion.forbid ?? []).join(', ')}
              onBlur={(e) => set({ forbid: list(e.target.value).length ? list(e.target.value) : undefined })}
            />
          </label>
        </div>
      );
    case 'links-resolved':
      return (
        <div className="cf-row">
          <label className="cf-label cf-grow">
            Link type
            <select className="cf-field" value={criterion.linkType ?? ''} onChange={(e) => set({ linkType: e.target.value })}>
              <option value="">Pick a link type…</option>
              {catalogs.linkTypes.map((t) => (
                <option key={t.name} value={t.name}>{`${t.name} (${t.outward} / ${t.inward})`}</option>
              ))}
            </select>
          </label>
          <label className="cf-label">
            Which linked items
            <select className="cf-field" value={criterion.direction ?? 'inward'} onChange={(e) => set({ direction: e.target.value as Criterion['direction'] })}>
              <option value="inward">Inward (e.g. "is blocked by")</option>
              <option value="outward">Outward (e.g. "blocks")</option>
              <option value="both">Both</option>
            </select>
          </label>
        </div>
      );
    case 'approval':
      return (
        <>
          <PrincipalsEditor
            legend="Approvers"
            testId={`${prefix}-approvers`}
            value={criterion.approvers}
            roles={catalogs.projectRoles}
            onChange={(approvers) => set({ approvers })}
          />
          <label className="cf-label">
            Approvals needed
            <input
              className="cf-field"
              type="number"
              min={1}
              max={20}
              value={criterion.count ?? 1}
              onChange={(e) => set({ count: Number(e.target.value) > 1 ? Number(e.target.value) : undefined })}
            />
          </label>
        </>
      );
    case 'handoff-complete':
      return (
        <fieldset className="cf-row" style={{ border: 0, padding: 0 }}>
          <legend className="cf-label">Sections required (none ticked: all)</legend>
          {SECTIONS.map(([key, label]) => {
            const held = criterion.sections ?? [];
            const next = (on: boolean) => (on ? [...held, key] : held.filter((k) => k !== key));
            return (
              <label key={key} className="cf-row" style={{ gap: 4 }}>
                <input
                  type="checkbox"
                  checked={held.includes(key)}
                  onChange={(e) => set({ sections: next(e.target.checked).length ? next(e.target.checked) : undefined })}
                />
                {label}
              </label>
            );
          })}
        </fieldset>
      );
    default:
      return null;
  }
}
