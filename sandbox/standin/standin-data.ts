/**
 * What the stand-in Jira and Confluence keep: one JSON document, saved to `.sandbox/jira.json`
 * after every write (temp file + rename). Fields are stored in a compact form (ids) and turned
 * into Jira's REST shapes by serialize-issue.ts. The schema both types the data and checks a
 * loaded file: a file that does not match is reseeded rather than served half-broken.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod';

export const STANDIN_FORMAT = 'shipshape.sandbox.standin/v1';
/** Bump when the seed or the data's shape changes: files of another seed version are reseeded. */
export const SEED_VERSION = 3;

const id = z.string().regex(/^\d+$/);
const adfDoc = z.looseObject({ type: z.literal('doc'), version: z.number(), content: z.array(z.unknown()) });

const status = z.object({ id, name: z.string(), description: z.string(), category: z.enum(['new', 'indeterminate', 'done']) });
const issueType = z.object({
  id,
  name: z.string(),
  description: z.string(),
  subtask: z.boolean(),
  hierarchyLevel: z.number().int(),
  avatarId: z.number().int(),
  colour: z.string(),
});
const priority = z.object({ id, name: z.string(), colour: z.string() });
const resolution = z.object({ id, name: z.string(), description: z.string() });
const version = z.object({ id, name: z.string(), description: z.string(), archived: z.boolean(), released: z.boolean(), releaseDate: z.string().optional() });
const component = z.object({ id, name: z.string(), description: z.string() });
const project = z.object({
  id,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  leadAccountId: z.string(),
  issueTypeIds: z.array(id),
  versions: z.array(version),
  components: z.array(component),
  /** A team-managed project keeps its own admins (Administer Projects), instead of the demo people's rights. */
  teamManaged: z.boolean().optional(),
  administratorIds: z.array(z.string()).optional(),
});
export const transitionRuleSchema = z.object({ id: z.string().min(1), type: z.string().min(1), configuration: z.unknown() });
const transition = z.object({ id, name: z.string(), fromStatusIds: z.array(id), toStatusId: id, rules: z.array(transitionRuleSchema) });
/** `scopedProjectId`: the team-managed project the workflow belongs to (the new editor names it in the rule screens' context). */
const workflow = z.object({ id: z.string(), name: z.string(), issueTypeIds: z.array(id), transitions: z.array(transition), scopedProjectId: id.optional() });
const field = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean(),
  orderable: z.boolean(),
  navigable: z.boolean(),
  searchable: z.boolean(),
  clauseNames: z.array(z.string()),
  schema: z.looseObject({ type: z.string() }).optional(),
  options: z.array(z.object({ id, value: z.string() })).optional(),
});
const linkType = z.object({ id, name: z.string(), inward: z.string(), outward: z.string() });
const issue = z.object({
  id,
  key: z.string(),
  projectId: id,
  issueTypeId: id,
  statusId: id,
  priorityId: id,
  parentId: id.optional(),
  summary: z.string(),
  description: adfDoc.nullable(),
  assigneeId: z.string().nullable(),
  reporterId: z.string(),
  creatorId: z.string(),
  labels: z.array(z.string()),
  fixVersionIds: z.array(id),
  componentIds: z.array(id),
  duedate: z.string().nullable(),
  resolutionId: id.nullable(),
  resolutionDate: z.string().nullable(),
  created: z.string(),
  updated: z.string(),
  statusCategoryChangeDate: z.string(),
  /** Custom field values by field id: a number, an ADF document, or a select option's id. */
  custom: z.record(z.string(), z.unknown()),
  properties: z.record(z.string(), z.unknown()),
});
/** `sourceId` <outward> `targetId`: for Blocks, the source blocks the target. */
const link = z.object({ id, typeId: id, sourceId: id, targetId: id });
/** A file attached to a work item (its bytes are kept beside the data file, see attachment-files.ts). */
const attachment = z.object({
  id,
  issueId: id,
  filename: z.string(),
  mimeType: z.string(),
  size: z.number().int().min(0),
  created: z.string(),
  authorId: z.string(),
});
const pageVersion = z.object({
  number: z.number().int().min(1),
  createdAt: z.string(),
  message: z.string(),
  minorEdit: z.boolean(),
  authorId: z.string(),
  title: z.string(),
  storage: z.string(),
});
const page = z.object({
  id,
  spaceId: id,
  parentId: id.optional(),
  status: z.enum(['current', 'archived', 'trashed']),
  authorId: z.string(),
  ownerId: z.string(),
  createdAt: z.string(),
  versions: z.array(pageVersion).min(1),
  /** A read restriction, as Confluence's: only these people may view the page (absent: everyone who may view the space). */
  viewers: z.array(z.string()).max(50).optional(),
});
const space = z.object({
  id,
  key: z.string(),
  name: z.string(),
  type: z.enum(['global', 'collaboration', 'knowledge_base', 'personal']),
  authorId: z.string(),
  createdAt: z.string(),
  homepageId: id,
  description: z.string(),
});

export const standInDataSchema = z.object({
  format: z.literal(STANDIN_FORMAT),
  seedVersion: z.number().int(),
  projects: z.array(project).min(1),
  issueTypes: z.array(issueType),
  statuses: z.array(status),
  priorities: z.array(priority),
  resolutions: z.array(resolution).min(1),
  workflows: z.array(workflow).min(1),
  fields: z.array(field),
  linkTypes: z.array(linkType),
  issues: z.array(issue),
  links: z.array(link),
  attachments: z.array(attachment).default([]),
  confluence: z.object({ spaces: z.array(space), pages: z.array(page) }),
});

export type StandInData = z.infer<typeof standInDataSchema>;
export type ProjectData = StandInData['projects'][number];
export type IssueTypeData = StandInData['issueTypes'][number];
export type StatusData = StandInData['statuses'][number];
export type PriorityData = StandInData['priorities'][number];
export type VersionData = ProjectData['versions'][number];
export type ComponentData = ProjectData['components'][number];
export type Workflow = StandInData['workflows'][number];
export type WorkflowTransition = Workflow['transitions'][number];
export type TransitionRule = z.infer<typeof transitionRuleSchema>;
export type FieldData = StandInData['fields'][number];
export type LinkTypeData = StandInData['linkTypes'][number];
export type IssueData = StandInData['issues'][number];
export type LinkData = StandInData['links'][number];
export type AttachmentData = StandInData['attachments'][number];
export type SpaceData = StandInData['confluence']['spaces'][number];
export type PageData = StandInData['confluence']['pages'][number];
export type AdfDoc = z.infer<typeof adfDoc>;

/** The data in `file`, or undefined when there is none, it is unreadable, or it is of another seed version. */
export function loadData(file: string): StandInData | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = standInDataSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.seedVersion === SEED_VERSION ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `value` as JSON to a temp file next to `file`, then renames it over `file`. */
export function writeJsonAtomically(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temp, file);
}
