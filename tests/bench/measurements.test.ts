import { describe, expect, it } from 'vitest';
import { parseAstroPhases, parseDuration, shareCardLine } from '../../bench/speed/astro-log';
import { extractPageAssets, lowerMedian, siteFileFor } from '../../bench/speed/html-assets';
import { parseIngestSummary } from '../../bench/speed/ingest-log';
import { searchWaitOf } from '../../bench/speed/search-log';
import { createPeakTracker, parseGnuTimeVerbose, parseProcStat, parseProcStatus, processTree } from '../../bench/speed/process-stats';

describe('GNU time and /proc parsing', () => {
  it('reads /usr/bin/time -v', () => {
    const report = parseGnuTimeVerbose(`\tCommand being timed: "astro build"
\tUser time (seconds): 4.41
\tSystem time (seconds): 1.20
\tPercent of CPU this job got: 99%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:05.63
\tMaximum resident set size (kbytes): 844232
\tExit status: 0
`);
    expect(report).toEqual({ maxRssKb: 844232, userSeconds: 4.41, systemSeconds: 1.2, exitStatus: 0, elapsedMs: 65630 });
    expect(parseGnuTimeVerbose('\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.5').elapsedMs).toBe(3723500);
  });

  it('reads /proc/<pid>/status and /proc/<pid>/stat', () => {
    expect(parseProcStatus('Name:\tnode\nPPid:\t12\nVmHWM:\t  812345 kB\nVmRSS:\t  700000 kB\n')).toEqual({
      name: 'node',
      ppid: 12,
      vmHwmKb: 812345,
      vmRssKb: 700000,
    });
    const stat = '4242 (Web Content (x)) S 17 4242 4242 0 -1 4194304 100 0 0 0 350 25 0 0 20 0 1 0';
    expect(parseProcStat(stat)).toEqual({ pid: 4242, comm: 'Web Content (x)', ppid: 17, cpuTicks: 375 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });

  it('collects a process tree', () => {
    const procs = [
      { pid: 1, ppid: 0 },
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 11 },
      { pid: 20, ppid: 1 },
    ];
    expect([...processTree(10, procs)].sort()).toEqual([10, 11, 12]);
  });

  it('takes the larger of the summed tree and the largest single high-water mark', () => {
    const t = createPeakTracker();
    t.add([
      { pid: 1, name: 'tsx', rssKb: 50_000, hwmKb: 60_000, cpuTicks: 10 },
      { pid: 2, name: 'node', rssKb: 300_000, hwmKb: 320_000, cpuTicks: 100 },
    ]);
    t.add([{ pid: 2, name: 'node', rssKb: 100_000, hwmKb: 500_000, cpuTicks: 250 }]);
    expect(t.result()).toMatchObject({ treeRssKb: 350_000, singleHwmKb: 500_000, peakKb: 500_000, samples: 2, processes: 2, singleName: 'node', cpuTicks: 260 });
    t.addSingle(900_000, 'astro (GNU time)');
    expect(t.result()).toMatchObject({ peakKb: 900_000, singleName: 'astro (GNU time)' });
  });
});

describe('extractPageAssets', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/BaseLayout.abc.css">
    <link href="../../_astro/extra.css" rel="preload stylesheet">
    <link rel="icon" href="/favicon.svg">
    <link rel="modulepreload" href="/_astro/chunk.js">
    <script type="application/ld+json">{"@context":"https://schema.org"}</script>
    <style>body{color:red}</style>
    <!-- <script src="/commented.js"></script> -->
  </head><body>
    <script type="module" src="/_astro/page.js"></script>
    <script>console.log("hi")</script>
    <script src="https://cdn.example.org/x.js"></script>
  </body></html>`;

  it('finds stylesheets, executable scripts and inline code, and skips data scripts and comments', () => {
    const a = extractPageAssets(html, '/articles/abc/');
    expect(a.stylesheets).toEqual(['/_astro/BaseLayout.abc.css', '/_astro/extra.css']);
    expect(a.scripts).toEqual(['/_astro/chunk.js', '/_astro/page.js']);
    expect(a.inlineScripts).toBe(1);
    expect(a.inlineScriptBytes).toBe('console.log("hi")'.length);
    expect(a.inlineStyleBytes).toBe('body{color:red}'.length);
    expect(a.dataScriptBytes).toBeGreaterThan(0);
    expect(a.external).toEqual(['https://cdn.example.org/x.js']);
  });

  it('sees no JavaScript on a page with only JSON-LD', () => {
    const a = extractPageAssets('<script type="application/ld+json">{}</script><link rel=stylesheet href=/a.css>', '/');
    expect(a.scripts).toEqual([]);
    expect(a.inlineScriptBytes).toBe(0);
    expect(a.stylesheets).toEqual(['/a.css']);
  });

  it('maps site paths to files under the output folder', () => {
    expect(siteFileFor('/')).toBe('index.html');
    expect(siteFileFor('/articles/abc/')).toBe('articles/abc/index.html');
    expect(siteFileFor('/_astro/a.css')).toBe('_astro/a.css');
    expect(siteFileFor('/news/pagefind/pagefind.js', '/news/')).toBe('pagefind/pagefind.js');
    expect(siteFileFor('/other/x.css', '/news')).toBeUndefined();
    expect(siteFileFor('/%ED%95%9C/')).toBe('한/index.html');
    expect(siteFileFor('/../etc/passwd')).toBeUndefined();
    expect(lowerMedian([1, 2, 3, 4])).toBe(2);
    expect(lowerMedian([])).toBeUndefined();
  });
});

describe('parseAstroPhases', () => {
  it('reads the phase lines of astro build', () => {
    const log = `08:36:58 [content] Syncing content
08:37:00 [content] Synced content
08:36:59 [types] Generated 1.48s
08:36:59 [build] Collecting build info...
08:36:59 [build] \u001b[32m✓ Completed in 1.55s.\u001b[39m
08:36:59 [build] Building static entrypoints...
08:37:00 [vite] ✓ built in 1.16s
08:37:00 [build] Rearranging server assets...

 generating static routes 
08:37:00   ├─ /404.html (+42ms) 
08:37:02 ✓ Completed in 2.18s.

08:37:02 [build] ✓ Completed in 3.44s.
08:37:02 [build] 1373 page(s) built in 5.06s
08:37:02 [build] Complete!`;
    expect(parseAstroPhases(log)).toEqual([
      ['content sync (to the second)', 2000],
      ['sync + types', 1480],
      ['collect build info', 1550],
      ['vite bundle 1', 1160],
      ['generate pages', 2180],
      ['static entrypoints (bundle + pages)', 3440],
      ['build total', 5060],
    ]);
    expect(parseDuration('27ms')).toBe(27);
    expect(parseDuration('2m 3s')).toBe(123_000);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('parseIngestSummary', () => {
  it('reads the counts ingest prints', () => {
    const log = 'files: 95\nlines: 10020\narticles: 10020 (new 20, changed 57, unchanged 9943, removed 0)\nduplicates: 0\nrejected: 2\nwarnings: 0\n';
    expect(parseIngestSummary(log)).toEqual({ articles: 10020, new: 20, changed: 57, unchanged: 9943, removed: 0, duplicates: 0, rejected: 2 });
    expect(parseIngestSummary('nothing')).toBeUndefined();
  });
});

describe('share cards in the astro log', () => {
  const log = '12:00:01 [build] ✓ Completed in 30ms.\nshare cards: 63 drawn (10.7 s, 169 ms each), 2 from cache; 1 unused cached cards removed\n';

  it('finds the summary line', () => {
    expect(shareCardLine(log)).toBe('share cards: 63 drawn (10.7 s, 169 ms each), 2 from cache');
    expect(shareCardLine('no cards here')).toBeUndefined();
  });

  it('reports the drawing time as a phase', () => {
    expect(parseAstroPhases(log)).toContainEqual(['share cards: drawing (not from cache)', 10_700]);
    expect(parseAstroPhases('share cards: 0 drawn (0.0 s), 63 from cache\n')).toContainEqual(['share cards: drawing (not from cache)', 0]);
  });
});

describe('searchWaitOf', () => {
  it('reads how long the search documents waited for astro build, and nothing from a step that did not wait', () => {
    const log = [
      'search documents: 50000 articles, more than build.searchBesideAstroUpTo (20000): starting when astro build has finished',
      'search documents: waited 366.25 s for astro build',
      'search documents: 50000 pages in 27 shard(s), 27 to index (123 extra search tokens), 240.10 s → /tmp/plan.json',
    ].join('\n');
    expect(searchWaitOf(log)).toBe(366_250);
    expect(searchWaitOf(log.split('\n').slice(2).join('\n'))).toBeUndefined();
  });
});
