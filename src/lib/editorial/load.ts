/** Reads and validates the editorial data files, naming the file on any error. */
import path from 'node:path';
import type { z } from 'zod';
import { readYamlData } from './yaml-file';
import {
  organizationsFileSchema,
  synonymsFileSchema,
  topicsFileSchema,
  type Editorial,
} from './schema';

/** Reads one data file; every error names the file and the line (editorial/yaml-file). */
function readDataFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  try {
    return readYamlData(file, schema);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith(file) ? message : `${file}: ${message}`, { cause: error });
  }
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
