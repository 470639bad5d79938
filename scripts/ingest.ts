/**
 * npm run ingest [-- [options] [seed files…]]
 * Seed files → content/articles/*.md. See README "수집(ingest) 명령".
 */
import { readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCorrections } from '../src/lib/editorial/corrections';
import { loadEditorial } from '../src/lib/editorial/load';
import { defaultVerdictOptions } from '../src/lib/ingest/line-verdict';
import { formatReportFile, formatSummary } from '../src/lib/ingest/report';
import { runIngest } from '../src/lib/ingest/run-ingest';
import { projectPaths } from '../src/lib/project-paths';

const USAGE = `usage: npm run ingest -- [--strict] [--dry-run] [--quiet] [--report FILE] [--max-line-length N] [SEED.txt …]

Reads every content/seeds/*.txt (or only the files given) and writes content/articles/*.md.
  --strict            exit 1 when any line was rejected
  --dry-run           write nothing; print what would change
  --quiet             print only rejections and errors
  --report FILE       where to write the report (default content/ingest-report.txt)
  --max-line-length N reject longer lines (default ${defaultVerdictOptions.maxLength} characters)
Exit codes: 0 done, 1 rejections under --strict, 2 bad usage, 3 could not run (unreadable file or data)`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        report: { type: 'string' },
        'max-line-length': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const maxLength = values['max-line-length'] === undefined ? defaultVerdictOptions.maxLength : Number(values['max-line-length']);
  if (!Number.isInteger(maxLength) || maxLength < defaultVerdictOptions.minLength) {
    console.error(`ingest: --max-line-length needs a whole number ≥ ${defaultVerdictOptions.minLength}`);
    return 2;
  }

  const paths = projectPaths();
  let seedFiles: string[];
  if (positionals.length > 0) {
    seedFiles = positionals.map((p) => path.resolve(p));
    const missing = seedFiles.filter((f) => !existsSync(f));
    if (missing.length > 0) {
      console.error(missing.map((f) => `${f}: no such file`).join('\n'));
      return 3;
    }
  } else if (existsSync(paths.seedsDir)) {
    seedFiles = readdirSync(paths.seedsDir)
      .filter((name) => name.toLowerCase().endsWith('.txt'))
      .map((name) => path.join(paths.seedsDir, name));
  } else {
    console.error(`ingest: ${paths.seedsDir}: seed folder not found`);
    return 3;
  }

  const showProgress = process.stderr.isTTY && !values.quiet;
  const editorial = loadEditorial(paths.dataDir);
  const corrections = readCorrections(paths.dataDir, new Set(editorial.topics.map((t) => t.slug)));
  const result = await runIngest({
    seedFiles,
    articlesDir: paths.articlesDir,
    editorial: { ...editorial, corrections: corrections.corrections },
    corrections,
    verdict: { ...defaultVerdictOptions, maxLength },
    dryRun: values['dry-run'],
    onProgress: showProgress ? (n) => process.stderr.write(`\r${n.toLocaleString('en-US')} lines…`) : undefined,
  });
  if (showProgress) process.stderr.write('\r\x1b[K');

  const summary = formatSummary(result);
  if (values.quiet) {
    const problems = summary.split('\n').filter((l) => /^\S+:\d+: /.test(l) && !l.includes(': warning: '));
    if (problems.length > 0) console.log(problems.join('\n'));
  } else {
    console.log(summary);
  }
  if (!values['dry-run']) {
    const reportFile = values.report ? path.resolve(values.report) : paths.reportFile;
    const temp = `${reportFile}.tmp-${process.pid}`;
    writeFileSync(temp, formatReportFile(result), 'utf8');
    renameSync(temp, reportFile);
  }
  return values.strict && result.rejections.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 3;
  },
);
