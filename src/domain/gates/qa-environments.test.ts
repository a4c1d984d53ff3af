import { qaEnvironmentsOf } from './qa-environments';
import type { Gate } from './gate-schema';

const gate = (id: string, environments?: string[]): Gate => ({
  id,
  name: id,
  criteria: [{ id: 'c', kind: 'manual', label: 'C' }],
  ...(environments ? { environments } : {}),
});

describe('qaEnvironmentsOf', () => {
  it('lists every applicable gate’s environments in order, each once whatever its case', () => {
    expect(qaEnvironmentsOf([gate('a', ['Staging', 'Production']), gate('b'), gate('c', ['staging', 'Build 1.4.2'])])).toEqual([
      'Staging',
      'Production',
      'Build 1.4.2',
    ]);
  });

  it('is empty when no gate names any', () => {
    expect(qaEnvironmentsOf([gate('a')])).toEqual([]);
  });
});
