/** Reads and validates the editorial data files, naming the file on any error. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  organizationsFileSchema,
  synonymsFileSchema,
  topicsFileSchema,
  type Editorial,
} from './schema';

function readDataFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: ${issues.join('; ')}`);
  }
  return result.data;
}

const cache = new Map<string, Editorial>();

/** Loads topics.yaml, organizations.yaml and synonyms.yaml from `dataDir` (cached per folder). */
export function loadEditorial(dataDir: string): Editorial {
  const key = path.resolve(dataDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const editorial: Editorial = {
    topics: readDataFile(path.join(key, 'topics.yaml'), topicsFileSchema).topics,
    organizations: readDataFile(path.join(key, 'organizations.yaml'), organizationsFileSchema).organizations,
    synonyms: readDataFile(path.join(key, 'synonyms.yaml'), synonymsFileSchema).groups,
  };
  cache.set(key, editorial);
  return editorial;
}
