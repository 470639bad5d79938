/**
 * Loads the search engine (Pagefind and the index settings) once, on demand.
 * A failed load is forgotten, so the next search tries again instead of
 * failing forever (a flaky connection while the page opened).
 */
export interface EngineLoader<T> {
  /** The engine, loading it on first call (shared by concurrent callers). */
  load(): Promise<T>;
  /** Whether a load is done, under way, or failed last time. */
  readonly state: 'idle' | 'loading' | 'ready' | 'failed';
}

/** What the page says when the index cannot be loaded. */
export const LOAD_FAILED_MESSAGE = '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.';

export function createEngineLoader<T>(load: () => Promise<T>): EngineLoader<T> {
  let pending: Promise<T> | undefined;
  let state: EngineLoader<T>['state'] = 'idle';
  return {
    load() {
      if (!pending) {
        state = 'loading';
        const attempt = (async () => load())();
        pending = attempt;
        attempt.then(
          () => {
            if (pending === attempt) state = 'ready';
          },
          () => {
            if (pending === attempt) {
              pending = undefined;
              state = 'failed';
            }
          },
        );
      }
      return pending;
    },
    get state() {
      return state;
    },
  };
}
