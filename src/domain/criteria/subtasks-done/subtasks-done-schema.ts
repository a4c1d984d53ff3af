import * as z from 'zod';
import { commonFields } from '../criterion-common';

export const subtasksDoneSchema = z.strictObject({ ...commonFields, kind: z.literal('subtasks-done') });
export type SubtasksDoneCriterion = z.output<typeof subtasksDoneSchema>;
