/**
 * npx tsx bench/corpus/cli.ts --count N --out DIR [--seed S] [options]
 * Writes a synthetic seed corpus for the benchmark. See bench/README.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LINES_PER_FILE, generateCorpus } from './generate-corpus';
import { buildPhraseBank } from './phrase-bank';
import { loadEditorial } from '../../src/lib/editorial/load';
import { projectPaths } from '../../src/lib/project-paths';

const USAGE = `usage: npx tsx bench/corpus/cli.ts --count N --out DIR [--seed S] [options]

Writes N synthetic articles as seed files (NNN_<hex>.txt, ${DEFAULT_LINES_PER_FILE.min}–${DEFAULT_LINES_PER_FILE.max} lines each) into DIR.
  --count N            articles to write (required)
  --out DIR            folder for the seed files (required; created if missing)
  --seed S             any string; the same seed gives the same bytes (default "bench")
  --first-file K       number of the first file (default 1)
  --lines-per-file A-B lines per file (default ${DEFAULT_LINES_PER_FILE.min}-${DEFAULT_LINES_PER_FILE.max})
  --bank FILE          seed file(s) to take sentences from; repeatable (default: every content/seeds/*.txt)
  --clean              delete the *.txt files already in DIR first
Exit codes: 0 done, 2 bad usage, 3 could not run`;

function fail(message: string, code: number): never {
  console.error(`generate-corpus: ${message}`);
  process.exit(code);
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: 'bench' },
        'first-file': { type: 'string', default: '1' },
        'lines-per-file': { type: 'string' },
        bank: { type: 'string', multiple: true },
        clean: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values } = args;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const count = Number(values.count);
  if (values.count === undefined || !Number.isInteger(count) || count < 0) fail(`--count needs a whole number ≥ 0\n${USAGE}`, 2);
  if (!values.out) fail(`--out DIR is required\n${USAGE}`, 2);
  const firstFileIndex = Number(values['first-file']);
  if (!Number.isInteger(firstFileIndex) || firstFileIndex < 0) fail('--first-file needs a whole number ≥ 0', 2);
  let linesPerFile = DEFAULT_LINES_PER_FILE;
  if (values['lines-per-file'] !== undefined) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(values['lines-per-file']);
    const min = Number(m?.[1]);
    const max = Number(m?.[2] ?? m?.[1]);
    if (!m || min < 1 || max < min) fail('--lines-per-file needs A-B with 1 ≤ A ≤ B (or one number)', 2);
    linesPerFile = { min, max };
  }

  const paths = projectPaths();
  const bankFiles = values.bank?.map((f) => path.resolve(f)) ??
    (existsSync(paths.seedsDir)
      ? readdirSync(paths.seedsDir).filter((n) => n.toLowerCase().endsWith('.txt')).sort().map((n) => path.join(paths.seedsDir, n))
      : []);
  if (bankFiles.length === 0) fail(`no seed files to build the phrase bank from (looked in ${paths.seedsDir}; use --bank FILE)`, 3);

  let bankTexts: string[];
  let editorial;
  try {
    bankTexts = bankFiles.map((f) => readFileSync(f, 'utf8'));
    editorial = loadEditorial(paths.dataDir);
  } catch (error) {
    fail((error as Error).message, 3);
  }
  const bank = buildPhraseBank(
    bankTexts,
    editorial.organizations,
    editorial.topics.map((t) => ({ slug: t.slug, keywords: Object.keys(t.keywords), fallback: t.fallback })),
  );
  const fingerprint = createHash('sha256').update(bankTexts.join('\n\u0000')).digest('hex').slice(0, 12);

  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  const existing = readdirSync(out).filter((n) => n.toLowerCase().endsWith('.txt'));
  if (values.clean) for (const name of existing) rmSync(path.join(out, name));

  let files = 0;
  let lines = 0;
  let nearDuplicates = 0;
  let bytes = 0;
  for (const file of generateCorpus(bank, { count, seed: values.seed, firstFileIndex, linesPerFile })) {
    const target = path.join(out, file.name);
    if (!values.clean && existsSync(target)) fail(`${target} already exists (use --clean or another --first-file)`, 3);
    writeFileSync(target, file.content, 'utf8');
    files++;
    lines += file.lines;
    nearDuplicates += file.nearDuplicates.length;
    bytes += Buffer.byteLength(file.content, 'utf8');
  }
  console.log(
    `${lines.toLocaleString('en-US')} articles in ${files} seed files (${(bytes / 1048576).toFixed(1)} MiB) → ${out}; ` +
      `${nearDuplicates} reworded copies; seed "${values.seed}", phrase bank ${bank.sentences.length} sentences from ${bankFiles.length} file(s) [${fingerprint}]`,
  );
}

main();
