/**
 * What ingest says about a run: a short parseable summary for stdout and a
 * report file listing every line that did not become its own article.
 * No timestamps, so an unchanged input gives an unchanged report.
 */
import { organizationKindNames } from '../editorial/schema';
import type { IngestResult } from './run-ingest';

/** Places listed per found organisation; a name found in many articles lists the first few. */
const PLACES_SHOWN = 3;


export function formatSummary(result: IngestResult): string {
  const a = result.articles;
  const lines = [
    `files: ${result.files.length}`,
    `lines: ${result.lines}`,
    `articles: ${a.total} (new ${a.new.length}, changed ${a.changed.length}, unchanged ${a.unchanged}, removed ${a.removed.length})`,
    `duplicates: ${result.duplicates.length}`,
    `rejected: ${result.rejections.length}`,
    `warnings: ${result.warnings.length}`,
    `organizations found: ${result.foundOrganizations.length}`,
    `topic proposals: ${result.topicProposals.length}`,
  ];
  if (result.corrections.applied > 0 || result.corrections.skipped.length > 0) {
    lines.push(`corrections: ${result.corrections.applied} (skipped ${result.corrections.skipped.length})`);
  }
  for (const r of result.rejections) lines.push(`${r.file}:${r.line}: ${r.code}: ${r.reason}`);
  for (const w of result.warnings) lines.push(`${w.file}:${w.line}: warning: ${w.message}`);
  for (const w of result.corrections.skipped) lines.push(`${w.file}:${w.line}: warning: ${w.message}`);
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
  const corrections = result.corrections;
  out.push('', `## 편집 정정 (적용 ${corrections.applied}, 건너뜀 ${corrections.skipped.length})`, '');
  for (const w of corrections.skipped) out.push(`- ${w.file}:${w.line}: ${w.message}`);
  out.push('', `## 지운 기사 (${result.articles.removed.length})`, '');
  for (const r of result.articles.removed) out.push(`- ${r.id}${r.file ? ` (${r.file})` : ''}`);
  out.push('', `## 새로 찾은 기관 (${result.foundOrganizations.length}): 기관 사전(content/organizations.yaml)에 없는 이름`, '');
  if (result.foundOrganizations.length > 0) {
    out.push(
      '기사에 기관으로 기록되어 기관 페이지가 생겼습니다. 맞으면 organizations.yaml 에 옮겨 적어 정식 이름·별칭·갈래(kind)·주소를 정하고,',
      '다른 기관의 다른 표기면 그 기관의 aliases 에, 기관이 아니면 ignore 에 넣으세요.',
      '',
    );
  }
  for (const o of result.foundOrganizations) {
    const shown = o.places.slice(0, PLACES_SHOWN).map((p) => `${p.file}:${p.line} "${p.cue}"`);
    if (o.places.length > PLACES_SHOWN) shown.push(`외 ${o.places.length - PLACES_SHOWN}곳`);
    out.push(`- ${o.name} (${organizationKindNames[o.kind]}, 기사 ${o.articles}건): ${shown.join('; ')}`);
  }
  out.push('', `## 주제 제안 (${result.topicProposals.length}): 기본 주제에 남은 기사들이 함께 쓰는 핵심어`, '');
  if (result.topicProposals.length > 0) {
    out.push('맞는 주제가 없어 기본 주제로 간 기사들입니다. 새 주제로 삼을 만하면 topics.yaml 에 주제를 더하고 아래 낱말을 keywords 에 넣으세요.', '');
  }
  for (const p of result.topicProposals) {
    out.push(`- 핵심어: ${p.terms.join(', ')}`);
    for (const a of p.articles) out.push(`  - ${a.source.file}:${a.source.line} ${a.id} ${a.title}`);
  }
  return `${out.join('\n')}\n`;
}
