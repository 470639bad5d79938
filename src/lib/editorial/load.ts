/** Reads and validates the editorial data files, naming the file on any error. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  organizationsFileSchema,
  synonymsFileSchema,
  topicsFileSchema,
  type Editorial,
} from './schema';

/** Reads one YAML data file and validates it; every error names the file and the line (`file:line: path: message`). */
function readDataFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new Error(`${file}:${first.linePos?.[0]?.line ?? 1}: ${first.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issues = result.error.issues.map((i) => {
      const at = `${i.path.join('.') || '(root)'}: ${i.message}`;
      return `${file}:${lineOf(doc, lines, i.path)}: ${at}`;
    });
    throw new Error(issues.join('\n'));
  }
  return result.data;
}

/** The line of the deepest node on `issuePath` that exists in the document. */
function lineOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, issuePath: readonly PropertyKey[]): number {
  for (let depth = issuePath.length; depth >= 0; depth--) {
    const node = doc.getIn(issuePath.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

function organizationsOf(file: z.infer<typeof organizationsFileSchema>): Pick<Editorial, 'organizations' | 'ignoredOrganizations'> {
  return { organizations: file.organizations, ignoredOrganizations: file.ignore };
}

const cache = new Map<string, Editorial>();

/** Loads topics.yaml, organizations.yaml and synonyms.yaml from `dataDir` (cached per folder). */
export function loadEditorial(dataDir: string): Editorial {
  const key = path.resolve(dataDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const editorial: Editorial = {
    topics: readDataFile(path.join(key, 'topics.yaml'), topicsFileSchema).topics,
    ...organizationsOf(readDataFile(path.join(key, 'organizations.yaml'), organizationsFileSchema)),
    synonyms: readDataFile(path.join(key, 'synonyms.yaml'), synonymsFileSchema).groups,
  };
  cache.set(key, editorial);
  return editorial;
}
