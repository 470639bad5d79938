/** What a search fetched, summed from the static server's log. */
import type { FetchRecord } from '../lib/static-server';

export interface Counters {
  /** Bytes on the wire (gzip-compressed for text files when the browser asks for it). */
  pagefindBytes: number;
  /** The same responses' file sizes, uncompressed. */
  pagefindRawBytes: number;
  pagefindRequests: number;
  otherBytes: number;
  otherRequests: number;
  /** Bytes per kind of pagefind/ file. */
  byKind: Record<string, number>;
}

/** What a file under pagefind/ is, for the breakdown of a query's bytes. */
function pagefindKind(pathname: string): string {
  const name = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (pathname.includes('/index/')) return 'word index chunks';
  if (pathname.includes('/fragment/')) return 'result fragments';
  if (pathname.includes('/filter/')) return 'filters';
  if (name.endsWith('.pf_meta')) return 'metadata (page list)';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.js')) return 'JS (pagefind.js, worker)';
  return 'entry and config JSON';
}

/** Sums the server's log since its last reset into what a query fetched. */
export function countersOf(log: readonly FetchRecord[]): Counters {
  const c: Counters = { pagefindBytes: 0, pagefindRawBytes: 0, pagefindRequests: 0, otherBytes: 0, otherRequests: 0, byKind: {} };
  for (const r of log) {
    if (r.sitePath.startsWith('/pagefind/')) {
      c.pagefindBytes += r.bytes;
      c.pagefindRawBytes += r.rawBytes;
      c.pagefindRequests++;
      const kind = pagefindKind(r.sitePath);
      c.byKind[kind] = (c.byKind[kind] ?? 0) + r.bytes;
    } else {
      c.otherBytes += r.bytes;
      c.otherRequests++;
    }
  }
  return c;
}
