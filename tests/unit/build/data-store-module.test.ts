import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE_ID, dataStoreFilePlugin, dataStoreModuleCode, loadDataStore } from '@/lib/build/data-store-module';

const folder = () => mkdtempSync(path.join(tmpdir(), 'data-store-'));

describe('dataStoreModuleCode', () => {
  it('gives a module whose default export is the store file parsed when it runs', async () => {
    const dir = folder();
    const file = path.join(dir, 'data-store.json');
    // A devalue-flattened store, as Astro writes it; text with quotes and Hangul stays as written.
    const store = [['Map', 1], [[2, 3]], 'articles', { title: '과기정통부 "AI 기본법" 설명회' }];
    writeFileSync(file, JSON.stringify(store));
    const moduleFile = path.join(dir, 'store.mjs');
    writeFileSync(moduleFile, dataStoreModuleCode(file));
    const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });
});

describe('loadDataStore', () => {
  it("answers only for Astro's store module, and only when the store file exists", () => {
    const dir = folder();
    const file = path.join(dir, 'data-store.json');
    expect(loadDataStore(DATA_STORE_MODULE_ID, file)).toBeNull();
    writeFileSync(file, '[]');
    expect(loadDataStore(DATA_STORE_MODULE_ID, file)?.code).toBe(dataStoreModuleCode(file));
    expect(loadDataStore('\0astro:content', file)).toBeNull();
  });
});

describe('dataStoreFilePlugin', () => {
  it("is a build-only plugin whose load hook runs first and answers from the cache folder's store file", () => {
    const dir = folder();
    const plugin = dataStoreFilePlugin(pathToFileURL(`${dir}/`));
    expect(plugin).toMatchObject({ apply: 'build', load: { order: 'pre' } });
    expect(plugin.load.handler(DATA_STORE_MODULE_ID)).toBeNull();
    writeFileSync(path.join(dir, 'data-store.json'), '[]');
    expect(plugin.load.handler(DATA_STORE_MODULE_ID)?.code).toBe(dataStoreModuleCode(path.join(dir, 'data-store.json')));
  });
});
