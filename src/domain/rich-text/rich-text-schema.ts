import * as z from 'zod';
import { MAX_LIST_DEPTH, MAX_RICH_TEXT_BYTES, SAFE_HREF, isList, type RichBlock, type RichList, type RichListItem, type RichText } from './rich-text';

/** Strict objects: nothing but the formatting rich-text.ts names (no HTML, attributes or other nodes) can be stored. */
const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('strong') }),
  z.strictObject({ type: z.literal('em') }),
  z.strictObject({ type: z.literal('code') }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: z.string().max(2000).regex(SAFE_HREF, 'problems.webLink') }) }),
]);
const textSchema = z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(MAX_RICH_TEXT_BYTES), marks: z.array(markSchema).max(4).optional() });
const inlineSchema = z.discriminatedUnion('type', [textSchema, z.strictObject({ type: z.literal('hardBreak') })]);
const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), content: z.array(inlineSchema).max(2000).optional() });
const codeBlockSchema = z.strictObject({
  type: z.literal('codeBlock'),
  content: z
    .array(z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(MAX_RICH_TEXT_BYTES) }))
    .max(1)
    .optional(),
});
const listItemSchema: z.ZodType<RichListItem> = z.lazy(() =>
  z.strictObject({
    type: z.literal('listItem'),
    content: z
      .array(z.union([paragraphSchema, codeBlockSchema, listSchema]))
      .min(1)
      .max(50)
      .refine((c) => c[0]?.type === 'paragraph', 'problems.listItemStart'),
  }),
);
const listSchema: z.ZodType<RichList> = z.lazy(() =>
  z.union([
    z.strictObject({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1).max(200) }),
    z.strictObject({
      type: z.literal('orderedList'),
      attrs: z.strictObject({ order: z.number().int().min(1).max(999_999_999) }).optional(),
      content: z.array(listItemSchema).min(1).max(200),
    }),
  ]),
);

const depthOf = (blocks: readonly RichBlock[]): number =>
  Math.max(0, ...blocks.map((b) => (isList(b) ? 1 + Math.max(0, ...b.content.map((i) => depthOf(i.content))) : 0)));

export const richTextSchema: z.ZodType<RichText> = z
  .strictObject({ type: z.literal('doc'), version: z.literal(1), content: z.array(z.union([paragraphSchema, codeBlockSchema, listSchema])).max(1000) })
  .superRefine((doc, ctx) => {
    if (depthOf(doc.content) > MAX_LIST_DEPTH) ctx.addIssue({ code: 'custom', message: 'problems.listTooDeep', params: { limit: MAX_LIST_DEPTH } });
    if (new TextEncoder().encode(JSON.stringify(doc)).byteLength > MAX_RICH_TEXT_BYTES)
      ctx.addIssue({ code: 'custom', message: 'problems.formattingTooLarge', params: { limit: MAX_RICH_TEXT_BYTES / 1024 } });
  });
