import { adf, EMPTY_DESCRIPTION } from '../../../../test/support/builders';
import { adfHasContent, isAdfDocument } from './adf-has-content';

const {
  doc,
  paragraph,
  text,
  hardBreak,
  rule,
  heading,
  mention,
  emoji,
  inlineCard,
  mediaSingle,
  bulletList,
  orderedList,
  listItem,
  table,
  tableRow,
  tableCell,
  tableHeader,
  panel,
  codeBlock,
} = adf;

describe('adfHasContent', () => {
  describe('is false for documents a reader would call empty', () => {
    it.each([
      ['a doc with no content', doc()],
      ['one empty paragraph (what Jira stores for a cleared field)', doc(paragraph())],
      ['a paragraph without a content array', doc({ type: 'paragraph' })],
      ['empty paragraphs and a hard break', EMPTY_DESCRIPTION],
      ['whitespace-only text', doc(paragraph(text('   ')), paragraph(text('\n\t')))],
      ['non-breaking spaces only', doc(paragraph(text('\u00a0\u00a0')))],
      ['hard breaks and a rule only', doc(paragraph(hardBreak(), hardBreak()), rule())],
      ['an empty heading', doc(heading(2))],
      ['a list of empty items', doc(bulletList(listItem(paragraph()), listItem(paragraph(text(' ')))))],
      ['a nested list of empty items', doc(orderedList(listItem(paragraph(), bulletList(listItem(paragraph(hardBreak()))))))],
      [
        'a table of empty cells',
        doc(table(tableRow(tableHeader(paragraph()), tableHeader(paragraph())), tableRow(tableCell(paragraph()), tableCell(paragraph(text(' ')))))),
      ],
      ['an empty panel', doc(panel(paragraph()))],
      ['an empty code block', doc(codeBlock(''))],
    ])('%s', (_name, value) => {
      expect(adfHasContent(value)).toBe(false);
    });
  });

  describe('is true as soon as there is real content', () => {
    it.each([
      ['text', doc(paragraph(text('Checkout remembers the card')))],
      ['text after empty paragraphs', doc(paragraph(), paragraph(hardBreak()), paragraph(text('x')))],
      ['text with marks', doc(paragraph(text('bold', [{ type: 'strong' }])))],
      ['a mention alone', doc(paragraph(mention('lee')))],
      ['an emoji alone', doc(paragraph(emoji()))],
      ['an inline card alone', doc(paragraph(inlineCard()))],
      ['a block card', doc({ type: 'blockCard', attrs: { url: 'https://example.com/spec' } })],
      ['media inside mediaSingle', doc(mediaSingle())],
      ['media inside a mediaGroup', doc({ type: 'mediaGroup', content: [{ type: 'media', attrs: { id: 'f1', type: 'file', collection: '' } }] })],
      ['a status lozenge', doc(paragraph({ type: 'status', attrs: { text: 'BLOCKED', color: 'red' } }))],
      ['a date', doc(paragraph({ type: 'date', attrs: { timestamp: '1741564800000' } }))],
      ['an extension', doc({ type: 'extension', attrs: { extensionType: 'com.atlassian.confluence.macro.core', extensionKey: 'toc' } })],
      ['text deep in a nested list', doc(bulletList(listItem(paragraph(), bulletList(listItem(paragraph(text('deep')))))))],
      ['text in one table cell', doc(table(tableRow(tableCell(paragraph()), tableCell(paragraph(text('42'))))))],
      ['text in a heading', doc(heading(3, text('Why')))],
      ['text in a code block', doc(codeBlock('const x = 1;'))],
      ['text in a panel', doc(panel(paragraph(text('Note'))))],
    ])('%s', (_name, value) => {
      expect(adfHasContent(value)).toBe(true);
    });
  });

  it('does not count unknown nodes without content, nor placeholders', () => {
    expect(adfHasContent(doc(paragraph({ type: 'placeholder', attrs: { text: 'Describe the change' } })))).toBe(false);
    expect(adfHasContent(doc({ type: 'someFutureNode' }))).toBe(false);
  });

  it('survives values that are not ADF at all', () => {
    for (const value of [null, undefined, 0, 'text', [], [doc(paragraph(text('x')))], { type: 'text' }, { type: 'text', text: 7 }, { content: 'x' }]) {
      expect(adfHasContent(value)).toBe(false);
    }
  });
});

describe('isAdfDocument', () => {
  it('recognises a doc node with a content array', () => {
    expect(isAdfDocument(doc())).toBe(true);
    expect(isAdfDocument(EMPTY_DESCRIPTION)).toBe(true);
  });

  it('rejects other nodes and other values', () => {
    expect(isAdfDocument(paragraph(text('x')))).toBe(false);
    expect(isAdfDocument({ type: 'doc', version: 1 })).toBe(false);
    expect(isAdfDocument({ type: 'doc', content: 'x' })).toBe(false);
    expect(isAdfDocument(null)).toBe(false);
    expect(isAdfDocument('doc')).toBe(false);
  });
});
