/**
 * Reads a YAML data file and validates it with a zod schema. Every error names
 * the file and the line of the offending value (`content/site.yaml:4: name: …`),
 * so an editor can go straight to it.
 */
import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** 1-based line of the value at `path`, or of its nearest ancestor that exists. */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Validates YAML text; `file` only names it in messages. Throws one error listing every problem. */
export function parseYamlData<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    throw new Error(problems.join('\n'));
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // An unknown key is reported at the key's own line.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const line = lineOf(doc, lines, at);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${file}${line ? `:${line}` : ''}: ${where}${issue.message}`;
  });
  throw new Error(problems.join('\n'));
}

/** Reads and validates a YAML file (see parseYamlData). */
export function readYamlData<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return parseYamlData(readFileSync(file, 'utf8'), file, schema);
}
