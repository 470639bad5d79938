// Workers do not inherit the TypeScript loader the CLI runs under; register it
// in this thread, then load the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
