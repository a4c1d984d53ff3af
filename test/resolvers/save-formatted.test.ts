import { markdownToAdf } from '../../src/domain/rich-text/markdown-to-adf';
import { behaviour, records, verification } from '../support/builders';
import { validateAdf } from '../support/adf-schema';
import { dataOf, fakeSite } from './support/fake-site';

const start = () =>
  records({
    revision: 2,
    handoff: { summary: 'Plain summary, typed before formatting existed.', expectedBehaviours: [behaviour('b1', 'Saved cards are offered')] },
    verifications: { b1: verification('Saved cards are offered') },
  });
const save = (handoff: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ payload: { revision: 2, handoff, ...extra } });

describe('saveHandoff with formatting', () => {
  it('stores the formatting as ADF and derives the plain text from it, whatever plain text came with it', async () => {
    const site = fakeSite({ records: start() });
    const summaryAdf = markdownToAdf('Pay with a **saved card**:\n\n- one tap\n- see [the spec](https://wiki.example/spec)');
    const data = dataOf(await site.call('saveHandoff', 'dana', save({ summary: 'ignored', summaryAdf, testData: 'Card 4242' })));
    const stored = (await site.records())?.handoff;
    expect(stored?.summary).toBe('Pay with a saved card:\n\n- one tap\n- see the spec (https://wiki.example/spec)');
    expect(stored?.summaryAdf).toEqual(summaryAdf);
    expect(validateAdf(stored?.summaryAdf)).toEqual([]);
    expect(data.handoff).toMatchObject({ summary: stored?.summary, summaryAdf, testData: 'Card 4242' });
    expect(data.handoff).not.toHaveProperty('testDataAdf');
  });

  it('keeps a behaviour verified when only its formatting changes, and stores ADF without formatting as plain text', async () => {
    const site = fakeSite({ records: start() });
    const bolded = markdownToAdf('**Saved** cards are offered');
    const data = dataOf(await site.call('saveHandoff', 'dana', save({ expectedBehaviours: [{ id: 'b1', text: 'x', adf: bolded }] })));
    expect(data.handoff.expectedBehaviours[0]).toMatchObject({ text: 'Saved cards are offered', adf: bolded, state: 'passed' });
    dataOf(await site.call('saveHandoff', 'dana', save({ summaryAdf: markdownToAdf('Just words') }, { revision: 3 })));
    expect((await site.records())?.handoff).toMatchObject({ summary: 'Just words' });
    expect((await site.records())?.handoff).not.toHaveProperty('summaryAdf');
  });

  it('drops the formatting of a section saved again as plain text', async () => {
    const site = fakeSite({ records: start() });
    dataOf(await site.call('saveHandoff', 'dana', save({ releaseNotes: 'x', releaseNotesAdf: markdownToAdf('*New*: saved cards') })));
    dataOf(await site.call('saveHandoff', 'dana', save({ releaseNotes: 'New: saved cards' }, { revision: 3 })));
    expect((await site.records())?.handoff).not.toHaveProperty('releaseNotesAdf');
  });

  it.each([
    [
      'a script link',
      {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
      },
    ],
    ['an HTML node', { type: 'doc', version: 1, content: [{ type: 'html', html: '<img src=x onerror=alert(1)>' }] }],
    ['a style attribute', { type: 'doc', version: 1, content: [{ type: 'paragraph', attrs: { style: 'x' }, content: [{ type: 'text', text: 'x' }] }] }],
  ])('refuses formatting with %s, and saves nothing', async (_what, summaryAdf) => {
    const site = fakeSite({ records: start() });
    expect(await site.call('saveHandoff', 'dana', save({ summary: 'x', summaryAdf }))).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await site.records())?.handoff?.summary).toBe('Plain summary, typed before formatting existed.');
  });

  it('limits the plain text of formatted sections', async () => {
    const site = fakeSite({ records: start() });
    const long = markdownToAdf(`**${'a'.repeat(10_001)}**`);
    expect(await site.call('saveHandoff', 'dana', save({ summary: '', summaryAdf: long }))).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });
});
