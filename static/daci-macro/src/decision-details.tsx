import type { Decision } from './types';

/** What a row expands to: background, the options considered and the linked work items. */
export function DecisionDetails({ decision, id }: { decision: Decision; id: string }) {
  return (
    <div className="daci-details" id={id} data-testid={`details-${decision.id}`}>
      <h4>Background</h4>
      <p className="daci-text">{decision.background || '—'}</p>
      <h4>Options considered</h4>
      {decision.options.length === 0 ? (
        <p className="daci-muted">None listed.</p>
      ) : (
        <ol>
          {decision.options.map((o, i) => (
            <li key={i}>
              <span className="daci-text">{o.description}</span>
              <div className="daci-muted daci-text">
                Pros: {o.pros || '—'} · Cons: {o.cons || '—'} · Cost: {o.cost || '—'}
              </div>
            </li>
          ))}
        </ol>
      )}
      <h4>Linked work items</h4>
      <p className="daci-text">{decision.jiraKeys.length ? decision.jiraKeys.join(', ') : '—'}</p>
    </div>
  );
}
