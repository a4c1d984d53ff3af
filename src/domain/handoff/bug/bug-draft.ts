import type { AdfNode } from '../../daci/export-adf';
import type { Say } from '../../words/say';
import type { RichText } from '../../rich-text/rich-text';

/** Jira's limit on a summary. */
export const MAX_BUG_SUMMARY = 255;
/** How much of the item's test data the bug quotes; the rest is on the item. */
export const MAX_QUOTED_TEST_DATA = 2000;

export interface BugDraftInput {
  readonly itemKey: string;
  readonly behaviour: string;
  /** The behaviour's formatting, when its author used some: the bug shows it formatted. */
  readonly behaviourAdf?: RichText | undefined;
  readonly note: string | undefined;
  /** Where QA saw it fail. */
  readonly environment?: string | undefined;
  /** Links QA gave with the failure (files stay on the item, which the bug links). */
  readonly links?: readonly string[] | undefined;
  readonly testData: string | undefined;
}

export interface BugDraft {
  readonly summary: string;
  readonly description: AdfNode & { version: 1 };
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
/** User text only ever becomes a text node's `text`, so markup in it stays inert. */
const paragraph = (value: string): AdfNode => ({ type: 'paragraph', content: value.trim() ? [{ type: 'text', text: value }] : [] });
const heading = (value: string): AdfNode => ({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: value }] });
const section = (title: string, body: string): AdfNode[] => [heading(title), ...body.split(/\n{2,}/).map((part) => paragraph(part.trim()))];

/**
 * The Bug QA files from a failed behaviour, in the reporter's language: the summary names the
 * behaviour and the item; the description holds the behaviour, QA's note, where it failed, QA's
 * links (as plain text) and the item's test data.
 */
export function bugDraft(input: BugDraftInput, say: Say): BugDraft {
  const oneLine = input.behaviour.replace(/\s+/g, ' ').trim();
  const prefix = say('bug.summary', { item: input.itemKey, behaviour: '' });
  const summary = say('bug.summary', { item: input.itemKey, behaviour: clip(oneLine, MAX_BUG_SUMMARY - prefix.length) });
  const content: AdfNode[] = [
    paragraph(say('bug.intro', { item: input.itemKey })),
    ...(input.behaviourAdf ? [heading(say('bug.expected')), ...(input.behaviourAdf.content as AdfNode[])] : section(say('bug.expected'), input.behaviour)),
    ...(input.note?.trim() ? section(say('bug.observed'), input.note) : []),
    ...(input.environment?.trim() ? section(say('bug.environment'), input.environment) : []),
    ...(input.links?.length ? section(say('bug.evidence'), input.links.join('\n\n')) : []),
    ...(input.testData?.trim() ? section(say('bug.testData'), clip(input.testData, MAX_QUOTED_TEST_DATA)) : []),
  ];
  return { summary: clip(summary, MAX_BUG_SUMMARY), description: { version: 1, type: 'doc', content } };
}
