import { sayWith } from '../../words/say';
import { bugDraft, MAX_BUG_SUMMARY } from './bug-draft';
import english from '../../../../locales/en-US.json';
import { validateAdf } from '../../../../test/support/adf-schema';
import { markdownToAdf } from '../../rich-text/markdown-to-adf';

const lookup = (key: string) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], english));
const say = sayWith('en-US', lookup);

describe('bugDraft', () => {
  it('names the item and the behaviour, and quotes the note and test data as plain text in valid ADF', () => {
    const draft = bugDraft({ itemKey: 'ABC-3', behaviour: 'Saved cards\nare offered', note: 'Not offered.\n\nTried twice.', testData: 'Card 4242' }, say);
    expect(draft.summary).toBe('ABC-3 failed QA: Saved cards are offered');
    expect(validateAdf(draft.description)).toEqual([]);
    expect(draft.description.content?.map((n) => n.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
  });

  it('says where QA saw it fail and lists their links as plain text', () => {
    const draft = bugDraft(
      { itemKey: 'ABC-3', behaviour: 'Cards', note: undefined, environment: 'Staging', links: ['https://ci.example.com/7'], testData: undefined },
      say,
    );
    expect(validateAdf(draft.description)).toEqual([]);
    const text = JSON.stringify(draft.description);
    expect(text).toContain('"Environment"');
    expect(text).toContain('"Staging"');
    expect(text).toContain('"https://ci.example.com/7"');
    expect(text).not.toMatch(/"marks"|"href"/);
  });

  it('keeps the behaviour’s formatting, in valid ADF', () => {
    const behaviourAdf = markdownToAdf('Pay with a **saved card**\n\n- one tap');
    const draft = bugDraft({ itemKey: 'ABC-3', behaviour: 'Pay with a saved card\n\n- one tap', behaviourAdf, note: undefined, testData: undefined }, say);
    expect(validateAdf(draft.description)).toEqual([]);
    expect(draft.description.content?.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph', 'bulletList']);
    expect(draft.summary).toBe('ABC-3 failed QA: Pay with a saved card - one tap');
  });

  it('keeps markup inert and the summary within Jira’s 255 characters', () => {
    const hostile = '<script>alert(1)</script> **bold** [x](javascript:alert(1)) '.repeat(20);
    const draft = bugDraft({ itemKey: 'ABC-3', behaviour: hostile, note: hostile, testData: undefined }, say);
    expect(draft.summary.length).toBe(MAX_BUG_SUMMARY);
    expect(draft.summary.endsWith('…')).toBe(true);
    expect(validateAdf(draft.description)).toEqual([]);
    const texts = JSON.stringify(draft.description);
    expect(texts).not.toMatch(/"marks"|"link"|"href"/);
    expect(texts).toContain('<script>alert(1)</script>');
  });
});
