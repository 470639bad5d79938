/**
 * Phase timings from `astro build`'s console output, so the report can say
 * where the build's time goes (content sync, bundling, page generation) without
 * instrumenting Astro. Pure: log text in, [phase, ms] pairs out.
 */

// Astro prints timestamps as `08:37:02`; ANSI colours are stripped first.
const ANSI = /\u001b\[[0-9;]*m/g;
const STAMP = /^(\d{2}):(\d{2}):(\d{2})\s/;

/** `1.55s`, `27ms`, `2m 3s`, `1.2 s` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)\s*m(?!s)\s*)?(\d+(?:\.\d+)?)\s*(ms|s)$/.exec(text.trim());
  if (!m) return undefined;
  const minutes = m[1] ? Number(m[1]) : 0;
  const value = Number(m[2]);
  return minutes * 60_000 + (m[3] === 'ms' ? value : value * 1000);
}

const PHASES: Array<[RegExp, string]> = [
  [/Collecting build info/, 'collect build info'],
  [/Building static entrypoints/, 'static entrypoints (bundle + pages)'],
  [/generating static routes/, 'generate pages'],
];

/** The build's `share cards: N drawn (…), M from cache` line (astro.config.mjs), if any. */
export function shareCardLine(log: string): string | undefined {
  return /share cards: \d+ drawn \([^)]*\), \d+ from cache/.exec(log.replace(ANSI, ''))?.[0];
}

export function parseAstroPhases(log: string): Array<[string, number]> {
  const phases: Array<[string, number]> = [];
  const open: string[] = [];
  let syncStart: number | undefined;
  let vite = 0;
  for (const raw of log.replace(ANSI, '').split('\n')) {
    const line = raw.trim();
    const stamp = STAMP.exec(line);
    const seconds = stamp ? Number(stamp[1]) * 3600 + Number(stamp[2]) * 60 + Number(stamp[3]) : undefined;
    if (/\[content\] Syncing content/.test(line) && seconds !== undefined) syncStart = seconds;
    if (/\[content\] Synced content/.test(line) && seconds !== undefined && syncStart !== undefined) {
      let d = seconds - syncStart;
      if (d < 0) d += 86_400;
      phases.push(['content sync (to the second)', d * 1000]);
    }
    const types = /\[types\] Generated (.+)$/.exec(line);
    if (types) {
      const ms = parseDuration(types[1]!);
      if (ms !== undefined) phases.push(['sync + types', ms]);
      continue;
    }
    const built = /\[vite\] ✓ built in (.+)$/.exec(line);
    if (built) {
      const ms = parseDuration(built[1]!);
      if (ms !== undefined) phases.push([`vite bundle ${++vite}`, ms]);
      continue;
    }
    const pages = /\[build\] (\d+) page\(s\) built in (.+)$/.exec(line);
    if (pages) {
      const ms = parseDuration(pages[2]!);
      if (ms !== undefined) phases.push(['build total', ms]);
      continue;
    }
    const cards = /share cards: \d+ drawn \((.+?) s[,)]/.exec(line);
    if (cards) {
      phases.push(['share cards: drawing (not from cache)', Number(cards[1]) * 1000]);
      continue;
    }
    const phase = PHASES.find(([re]) => re.test(line));
    if (phase) {
      open.push(phase[1]);
      continue;
    }
    const done = /✓ Completed in (.+?)\.?$/.exec(line);
    if (done && open.length > 0) {
      const ms = parseDuration(done[1]!);
      const name = open.pop()!;
      if (ms !== undefined) phases.push([name, ms]);
    }
  }
  return phases;
}
