import fc from 'fast-check';
import { markdownToAdf } from './markdown-to-adf';
import { adfToMarkdown } from './adf-to-markdown';
import { hasFormatting, plainTextOf } from './plain-text';
import { richTextSchema } from './rich-text-schema';
import { validateAdf } from '../../../test/support/adf-schema';

const text = (t: string, ...marks: object[]) => (marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: object[]) => ({ type: 'paragraph', content });
const item = (...content: object[]) => ({ type: 'listItem', content });

describe('markdownToAdf', () => {
  it('reads paragraphs, line breaks, lists, code blocks and inline formatting', () => {
    const doc = markdownToAdf(
      'Pay with a **saved card**, *quickly*.\nSecond line with `code`.\n\n- one\n- two with [docs](https://example.com/a)\n  - nested\n\n3. third\n4. fourth\n\n```\nnpm test\n```',
    );
    expect(doc.content).toEqual([
      para(
        text('Pay with a '),
        text('saved card', { type: 'strong' }),
        text(', '),
        text('quickly', { type: 'em' }),
        text('.'),
        { type: 'hardBreak' },
        text('Second line with '),
        text('code', { type: 'code' }),
        text('.'),
      ),
      {
        type: 'bulletList',
        content: [
          item(para(text('one'))),
          item(para(text('two with '), text('docs', { type: 'link', attrs: { href: 'https://example.com/a' } })), {
            type: 'bulletList',
            content: [item(para(text('nested')))],
          }),
        ],
      },
      { type: 'orderedList', attrs: { order: 3 }, content: [item(para(text('third'))), item(para(text('fourth')))] },
      { type: 'codeBlock', content: [{ type: 'text', text: 'npm test' }] },
    ]);
    expect(validateAdf(doc)).toEqual([]);
    expect(richTextSchema.safeParse(doc).success).toBe(true);
  });

  it('leaves everyday text alone: arithmetic, snake_case, lone stars and addresses in words', () => {
    for (const plain of ['2 * 3 * 4 = 24', 'set feature_flag_name to on', 'rated * by users', 'price: 5*', 'an_email@example.com']) {
      const doc = markdownToAdf(plain);
      expect([plain, hasFormatting(doc), plainTextOf(doc)]).toEqual([plain, false, plain]);
    }
  });

  it('links bare web addresses (without trailing punctuation) and keeps their address in the plain text', () => {
    const doc = markdownToAdf('See https://staging.shop.example/cart. Or [the runbook](https://wiki.example/run).');
    expect(plainTextOf(doc)).toBe('See https://staging.shop.example/cart. Or the runbook (https://wiki.example/run).');
    expect(JSON.stringify(doc)).toContain('"href":"https://staging.shop.example/cart"');
  });

  it('keeps hostile input inert: HTML stays text, script and data addresses never become links', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](data:text/html,<b>) [z]( https://ok.example "t")';
    const doc = markdownToAdf(hostile);
    expect(validateAdf(doc)).toEqual([]);
    expect(richTextSchema.safeParse(doc).success).toBe(true);
    // Only the one real web address (inside the broken link) is linked.
    const hrefs = [...JSON.stringify(doc).matchAll(/"href":"([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://ok.example']);
    expect(plainTextOf(doc)).toContain('<script>alert(1)</script>');
  });

  it('nests lists three levels deep at most; a deeper line stays text of the third level', () => {
    const doc = markdownToAdf('- a\n  - b\n    - c\n      - d');
    expect(richTextSchema.safeParse(doc).success).toBe(true);
    expect(plainTextOf(doc)).toBe('- a\n  - b\n    - c\n      - d');
    expect(JSON.stringify(doc).match(/bulletList/g)).toHaveLength(3);
  });
});

describe('richTextSchema', () => {
  it.each([
    ['an HTML node', { type: 'doc', version: 1, content: [{ type: 'html', text: '<b>x</b>' }] }],
    ['a script link', { type: 'doc', version: 1, content: [para(text('x', { type: 'link', attrs: { href: 'javascript:alert(1)' } }))] }],
    ['an extra attribute', { type: 'doc', version: 1, content: [{ type: 'paragraph', attrs: { onclick: 'x' }, content: [text('x')] }] }],
    ['a mark it does not know', { type: 'doc', version: 1, content: [para(text('x', { type: 'textColor', attrs: { color: '#f00' } }))] }],
    ['lists four deep', markdownToAdf('- a').content.length && { type: 'doc', version: 1, content: [deep(4)] }],
    ['an empty text node', { type: 'doc', version: 1, content: [para(text(''))] }],
  ])('refuses %s', (_what, doc) => {
    expect(richTextSchema.safeParse(doc).success).toBe(false);
  });
});

function deep(levels: number): object {
  const list = { type: 'bulletList', content: [item(para(text('x')))] };
  return levels <= 1 ? list : { type: 'bulletList', content: [item(para(text('x')), deep(levels - 1))] };
}

describe('editing a formatted section', () => {
  const words = fc.stringMatching(/^[a-zA-Z0-9 *_`\[\]()\-+.:\/\\#\n\tüh]{0,80}$/);
  it('reads back as the same document from the text it is edited as', () => {
    fc.assert(
      fc.property(words, (source) => {
        const doc = markdownToAdf(source);
        expect(markdownToAdf(adfToMarkdown(doc))).toEqual(doc);
        expect(validateAdf(doc)).toEqual([]);
        expect(richTextSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  // Formatting next to formatting with nothing between (`*a**b***`) is ambiguous in markdown too: words are spaced here.
  it('reads back the same from text made of formatting tokens', () => {
    const tokens = [
      ...['**bold**', '*it*', '_it_', '`code`', '[a](https://a.example/x)', 'https://a.example/x', 'mailto:q@a.example', 'javascript:x'],
      ...['*', '_', '[', ']', '](', '(', ')', ' ', '\n', '\n\n', '- ', '  - ', '1. ', 'word', '\\', '```'],
    ];
    const source = fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(source, (text) => {
        const doc = markdownToAdf(text);
        expect(markdownToAdf(adfToMarkdown(doc))).toEqual(doc);
        expect(richTextSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('prints formatting as people type it', () => {
    expect(adfToMarkdown(markdownToAdf('**bold** and *it* and `x` and [a](https://a.example) https://b.example\n\n- one\n  1. two'))).toBe(
      '**bold** and _it_ and `x` and [a](https://a.example) https://b.example\n\n- one\n  1. two',
    );
    expect(adfToMarkdown(markdownToAdf('in*cred*ible, ***both***'))).toBe('in*cred*ible, **_both_**');
  });
});
