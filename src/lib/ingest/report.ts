/**
 * What ingest says about a run: a short parseable summary for stdout and a
 * report file listing every line that did not become its own article.
 * No timestamps, so an unchanged input gives an unchanged report.
 */
import type { IngestResult } from './run-ingest';

export function formatSummary(result: IngestResult): string {
  const a = result.articles;
  const lines = [
    `files: ${result.files.length}`,
    `lines: ${result.lines}`,
    `articles: ${a.total} (new ${a.new.length}, changed ${a.changed.length}, unchanged ${a.unchanged}, removed ${a.removed.length})`,
    `duplicates: ${result.duplicates.length}`,
    `rejected: ${result.rejections.length}`,
    `warnings: ${result.warnings.length}`,
  ];
  for (const r of result.rejections) lines.push(`${r.file}:${r.line}: ${r.code}: ${r.reason}`);
  for (const w of result.warnings) lines.push(`${w.file}:${w.line}: warning: ${w.message}`);
  for (const removed of a.removed) lines.push(`removed: ${removed.id}${removed.file ? ` (${removed.file} 에서 온 기사; 시드 파일이 없어졌습니다)` : ''}`);
  return lines.join('\n');
}

export function formatReportFile(result: IngestResult): string {
  const out: string[] = ['# 수집 보고서 (npm run ingest)', ''];
  out.push('## 파일', '');
  for (const f of result.files) {
    out.push(`- ${f.file} [${f.encoding}]: ${f.lines}줄 → 기사 ${f.articles}, 중복 ${f.duplicates}, 빈 줄 ${f.blank}, 거부 ${f.rejected}`);
  }
  out.push('', `## 거부된 줄 (${result.rejections.length})`, '');
  for (const r of result.rejections) out.push(`- ${r.file}:${r.line}: ${r.code}: ${r.reason}`);
  out.push('', `## 중복 줄 (${result.duplicates.length}): 같은 기사에 출처로 함께 기록됨`, '');
  for (const d of result.duplicates) out.push(`- ${d.file}:${d.line} = ${d.of.file}:${d.of.line}`);
  out.push('', `## 정리하며 고친 줄 (${result.warnings.length})`, '');
  for (const w of result.warnings) out.push(`- ${w.file}:${w.line}: ${w.message}`);
  out.push('', `## 지운 기사 (${result.articles.removed.length})`, '');
  for (const r of result.articles.removed) out.push(`- ${r.id}${r.file ? ` (${r.file})` : ''}`);
  return `${out.join('\n')}\n`;
}
