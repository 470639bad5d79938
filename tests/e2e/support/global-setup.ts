/**
 * Runs once before the e2e project: finds or installs Chromium and makes the
 * scratch folder the test files build their sites into (builds happen lazily,
 * one at a time, see build-site.ts, so a filtered run only builds what it uses).
 *
 * DIGEST_E2E_WORK_DIR=/some/dir keeps the built sites there between runs
 * (handy while working on the tests; delete the folder to rebuild).
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../bench/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    e2eWorkDir: string;
    /** Tells this run's build failures from those of an earlier run in a kept work folder. */
    e2eRunId: string;
  }
}

export default function setup(project: TestProject): () => void {
  const chromiumPath = findChromium();
  const kept = process.env.DIGEST_E2E_WORK_DIR;
  const workDir = kept ? path.resolve(kept) : mkdtempSync(path.join(os.tmpdir(), 'digest-e2e-'));
  mkdirSync(workDir, { recursive: true });
  project.provide('chromiumPath', chromiumPath);
  project.provide('e2eWorkDir', workDir);
  project.provide('e2eRunId', `${process.pid}-${Date.now()}`);
  return () => {
    if (!kept) rmSync(workDir, { recursive: true, force: true });
  };
}
