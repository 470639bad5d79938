/**
 * Editor's corrections (`content/corrections.yaml`): per-article fixes for what
 * the splitter, the topics or the organisations got wrong. The file is optional.
 * A file that does not parse is reported and skipped as a whole; an entry that
 * does not validate is reported (file and line) and skipped, the rest apply.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { correctionSchema, type Correction } from './schema';

export interface LocatedCorrection extends Correction {
  /** 1-based line of the entry in the file, for reports. */
  line: number;
}

export interface CorrectionsFile {
  /** The file's name as reports show it. */
  file: string;
  corrections: LocatedCorrection[];
  /** `line: message` for every entry or file problem, already reported as skipped. */
  problems: { line: number; message: string }[];
}

export const CORRECTIONS_FILE = 'corrections.yaml';

/** Parses corrections YAML; `file` only names it in messages. */
export function parseCorrections(text: string, file: string, topicSlugs: ReadonlySet<string>): CorrectionsFile {
  const result: CorrectionsFile = { file, corrections: [], problems: [] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) result.problems.push({ line: lines.linePos(e.pos[0]).line, message: `YAML 오류, 파일 전체를 건너뜁니다: ${e.message.split('\n')[0]}` });
    return result;
  }
  const root = doc.toJS() as unknown;
  if (root === null || root === undefined) return result;
  const entries = (root as { articles?: unknown }).articles;
  if (typeof root !== 'object' || Array.isArray(root) || !Array.isArray(entries)) {
    result.problems.push({ line: 1, message: '맨 위에 articles: 목록이 있어야 합니다; 파일 전체를 건너뜁니다' });
    return result;
  }
  const seen = new Map<string, number>();
  entries.forEach((raw, i) => {
    const node = doc.getIn(['articles', i], true);
    const line = isNode(node) && node.range ? lines.linePos(node.range[0]).line : 1;
    // An id of digits only (`012345678901`) reads as a number in YAML; take it as written.
    const idNode = doc.getIn(['articles', i, 'id'], true);
    const entry =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'number' && isScalar(idNode) && idNode.source !== undefined
        ? { ...raw, id: idNode.source }
        : raw;
    const parsed = correctionSchema.safeParse(entry);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(항목)'}: ${issue.message}`).join('; ');
      result.problems.push({ line, message: `이 정정은 건너뜁니다: ${message}` });
      return;
    }
    const unknown = (parsed.data.topics ?? []).filter((slug) => !topicSlugs.has(slug));
    if (unknown.length > 0) {
      result.problems.push({ line, message: `이 정정은 건너뜁니다: topics.yaml 에 없는 주제 ${unknown.join(', ')}` });
      return;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      result.problems.push({ line, message: `이 정정은 건너뜁니다: ${parsed.data.id} 는 ${earlier}번째 줄에서 이미 정정했습니다` });
      return;
    }
    seen.set(parsed.data.id, line);
    result.corrections.push({ ...parsed.data, line });
  });
  return result;
}

/** Reads `corrections.yaml` from the editorial folder, if there is one. */
export function readCorrections(dataDir: string, topicSlugs: ReadonlySet<string>): CorrectionsFile {
  const file = path.join(dataDir, CORRECTIONS_FILE);
  if (!existsSync(file)) return { file: CORRECTIONS_FILE, corrections: [], problems: [] };
  return parseCorrections(readFileSync(file, 'utf8'), CORRECTIONS_FILE, topicSlugs);
}
