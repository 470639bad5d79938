/** The one way a zod validation problem is written in messages: `path: message` (`(root)` for the whole value). */
import type { z } from 'zod';

export function describeIssue(issue: z.core.$ZodIssue): string {
  return `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`;
}

/** Every issue of a failed validation, `; `-separated. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map(describeIssue).join('; ');
}
