/**
 * Reads a YAML data file and validates it with a zod schema. Every error names
 * the file and the line of the offending value (`content/site.yaml:4: name: …`),
 * so an editor can go straight to it.
 */
import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { describeIssue } from '../zod-issues';

/** 1-based line of the value at `path`, or of its nearest ancestor that exists. */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** One problem in a data file: its line (when known) and what is wrong. */
export interface DataProblem {
  line?: number;
  message: string;
}

export type YamlDataResult<T> = { ok: true; data: T } | { ok: false; problems: DataProblem[] };

/** Validates YAML text against a schema, returning every problem with its line instead of throwing. */
export function checkYamlData<S extends z.ZodType>(text: string, schema: S): YamlDataResult<z.infer<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ line: lines.linePos(e.pos[0]).line, message: e.message.split('\n')[0]! })) };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue): DataProblem => {
    // An unknown key is reported at the key's own line.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const line = lineOf(doc, lines, at);
    const message = issue.path.length ? describeIssue(issue) : issue.message;
    return line ? { line, message } : { message };
  });
  return { ok: false, problems };
}

/** `file:line: message`, the form every data-file problem is shown in. */
export function formatProblem(file: string, problem: DataProblem): string {
  return `${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

/** Validates YAML text; `file` only names it in messages. Throws one error listing every problem. */
export function parseYamlData<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const result = checkYamlData(text, schema);
  if (result.ok) return result.data;
  throw new Error(result.problems.map((p) => formatProblem(file, p)).join('\n'));
}

/** Reads and validates a YAML file (see parseYamlData). */
export function readYamlData<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return parseYamlData(readFileSync(file, 'utf8'), file, schema);
}
