/**
 * The one reader of edition sidecars (`<seedsDir>/<stem>.yaml`, optional) and
 * its one policy, shared by ingest, the search documents and the site: a
 * sidecar that does not parse or validate is reported (file, line, reason)
 * and skipped, so one typo in an optional file never stops a build; the
 * edition then shows its numbered name.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { editionMetaSchema, type EditionMeta } from '../article-schema';
import { checkYamlData, type DataProblem } from './yaml-file';

/** The rejection code ingest reports for a bad sidecar (README: 거부 사유). */
export const INVALID_SIDECAR = 'invalid-sidecar';

export interface SidecarRead {
  meta: EditionMeta;
  /** Why the sidecar was skipped; empty when it was read (or absent). */
  problems: DataProblem[];
}

/** The sidecar beside a seed file: `NNN_hash.txt` → `NNN_hash.yaml`. */
export function sidecarOfSeed(seedFile: string): string | undefined {
  return /\.txt$/i.test(seedFile) ? seedFile.replace(/\.txt$/i, '.yaml') : undefined;
}

/** Reads one sidecar; a missing file is no sidecar, a bad one is skipped with its problems. */
export function readEditionSidecar(file: string): SidecarRead {
  if (!existsSync(file)) return { meta: {}, problems: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { meta: {}, problems: [{ message: `판 정보 파일을 읽을 수 없습니다: ${(error as Error).message}` }] };
  }
  // The YAML 1.2 parser keeps `date: 2026-01-12` a string, as the schema wants.
  const result = checkYamlData(text, editionMetaSchema);
  if (result.ok) return { meta: result.data, problems: [] };
  return { meta: {}, problems: result.problems.map((p) => ({ ...p, message: `판 정보 파일이 올바르지 않아 무시합니다: ${p.message}` })) };
}

/** `file:line: invalid-sidecar: reason`, the report line every stage prints for a skipped sidecar. */
export function sidecarReportLine(file: string, problem: DataProblem): string {
  return `${file}:${problem.line ?? 1}: ${INVALID_SIDECAR}: ${problem.message}`;
}

/**
 * The sidecar metadata of an edition for the site and search stages: `{}`
 * when there is none or it is bad; a bad one is reported through `report`
 * (standard error by default), once per file and process.
 */
export function readEditionMeta(seedsDir: string, stem: string, report: (line: string) => void = warnOnce): EditionMeta {
  const file = path.join(seedsDir, `${stem}.yaml`);
  const { meta, problems } = readEditionSidecar(file);
  for (const problem of problems) report(sidecarReportLine(file, problem));
  return meta;
}

const warned = new Set<string>();
function warnOnce(line: string): void {
  if (warned.has(line)) return;
  warned.add(line);
  console.warn(line);
}
