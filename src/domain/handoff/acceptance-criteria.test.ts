import { acceptanceCriteriaFrom, MAX_PROPOSED } from './acceptance-criteria';

const text = (t: string) => ({ type: 'text', text: t });
const p = (...parts: Array<string | object>) => ({ type: 'paragraph', content: parts.map((x) => (typeof x === 'string' ? text(x) : x)) });
const h = (t: string) => ({ type: 'heading', attrs: { level: 3 }, content: [text(t)] });
const li = (...content: object[]) => ({ type: 'listItem', content });
const ul = (...items: string[]) => ({ type: 'bulletList', content: items.map((i) => li(p(i))) });
const ol = (...items: string[]) => ({ type: 'orderedList', attrs: { order: 1 }, content: items.map((i) => li(p(i))) });
const doc = (...content: object[]) => ({ type: 'doc', version: 1, content });

describe('behaviours proposed from the description', () => {
  it('takes the points of the list under an "Acceptance criteria" heading, up to the next heading', () => {
    const description = doc(
      p('Customers can save a card at checkout.'),
      ul('Not a criterion: background note'),
      h('Acceptance criteria'),
      p('The following must hold:'),
      ol('Ticking "Save this card" stores the card', 'The saved card is offered on the next order'),
      ul('Guest checkout shows   no saved cards'),
      h('Out of scope'),
      ul('Editing a saved card'),
    );
    expect(acceptanceCriteriaFrom(description)).toEqual([
      'Ticking "Save this card" stores the card',
      'The saved card is offered on the next order',
      'Guest checkout shows no saved cards',
    ]);
  });

  it('takes a list after a paragraph that names them, in English or German, and task lists and panels', () => {
    expect(acceptanceCriteriaFrom(doc(p({ type: 'text', text: 'AC:', marks: [{ type: 'strong' }] }), ul('One', 'Two')))).toEqual(['One', 'Two']);
    expect(acceptanceCriteriaFrom(doc(h('Akzeptanzkriterien'), ul('Die Karte wird gespeichert')))).toEqual(['Die Karte wird gespeichert']);
    const tasks = {
      type: 'taskList',
      attrs: { localId: 't' },
      content: [{ type: 'taskItem', attrs: { localId: 'a', state: 'TODO' }, content: [text('A task point')] }],
    };
    expect(acceptanceCriteriaFrom(doc(h('Expected behaviours'), tasks))).toEqual(['A task point']);
    const panel = { type: 'panel', attrs: { panelType: 'info' }, content: [ul('Inside a panel')] };
    expect(acceptanceCriteriaFrom(doc(h('Acceptance Criteria'), panel))).toEqual(['Inside a panel']);
  });

  it('reads a point whole: marks, mentions, breaks and nested points', () => {
    const point = li(
      p(text('Shows '), { type: 'text', text: 'Saved', marks: [{ type: 'code' }] }, { type: 'hardBreak' }, text('for '), {
        type: 'mention',
        attrs: { id: 'x', text: '@Priya' },
      }),
      ul('on web', 'on iOS'),
    );
    expect(acceptanceCriteriaFrom(doc(h('Acceptance criteria'), { type: 'bulletList', content: [point] }))).toEqual(['Shows Saved for @Priya on web; on iOS']);
  });

  it('proposes nothing without a list named as acceptance criteria, or from what is not a description', () => {
    expect(acceptanceCriteriaFrom(doc(h('Steps'), ol('Open checkout', 'Pay')))).toEqual([]);
    for (const notOne of [undefined, null, 'Acceptance criteria: - one', 42, { type: 'doc', content: 'x' }, { content: [null, 3, { type: 7 }] }])
      expect(acceptanceCriteriaFrom(notOne)).toEqual([]);
  });

  it('keeps each point once, blank ones out, at most 50, each at most 2,000 characters', () => {
    const many = Array.from({ length: 80 }, (_, i) => `Point ${i}`);
    expect(acceptanceCriteriaFrom(doc(h('Acceptance criteria'), ul(...many, 'Point 1', ' ')))).toHaveLength(MAX_PROPOSED);
    expect(acceptanceCriteriaFrom(doc(h('AC'), ul('Same', 'Same', '  ')))).toEqual(['Same']);
    expect(acceptanceCriteriaFrom(doc(h('AC'), ul('x'.repeat(5000))))[0]).toHaveLength(2000);
  });
});
