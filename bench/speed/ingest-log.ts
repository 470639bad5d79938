/** The counts `npm run ingest` prints (src/lib/ingest/report.ts formatSummary), read back from its log. Pure. */

export interface IngestCounts {
  articles: number;
  new: number;
  changed: number;
  unchanged: number;
  removed: number;
  duplicates?: number;
  rejected?: number;
}

export function parseIngestSummary(log: string): IngestCounts | undefined {
  const a = /^articles: (\d+) \(new (\d+), changed (\d+), unchanged (\d+), removed (\d+)\)/m.exec(log);
  if (!a) return undefined;
  const counts: IngestCounts = {
    articles: Number(a[1]),
    new: Number(a[2]),
    changed: Number(a[3]),
    unchanged: Number(a[4]),
    removed: Number(a[5]),
  };
  const d = /^duplicates: (\d+)/m.exec(log);
  if (d) counts.duplicates = Number(d[1]);
  const r = /^rejected: (\d+)/m.exec(log);
  if (r) counts.rejected = Number(r[1]);
  return counts;
}
