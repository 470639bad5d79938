/**
 * Flags for headless Chromium on these machines (root, no network but
 * loopback): shared by the browser tests, the search relevance benchmark and
 * the scale benchmark so all three drive the browser the same way.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
