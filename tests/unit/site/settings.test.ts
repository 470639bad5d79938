import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlData } from '@/lib/editorial/yaml-file';
import { loadSiteSettings } from '@/lib/site/load-settings';
import {
  defaultSiteSettings,
  footerText,
  resolveSiteAddress,
  siteSettingsSchema,
  strictAddress,
} from '@/lib/site/settings';

const parse = (text: string) => parseYamlData(text, 'content/site.yaml', siteSettingsSchema);
const problem = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('site.yaml', () => {
  it("reads the project's own file", () => {
    const settings = loadSiteSettings(path.resolve('content'));
    expect(settings.name).toBe('과학·ICT 뉴스 다이제스트');
    expect(settings.brand).toBe('ICT');
    expect(settings.editions.label).toBe('{n}호');
  });

  it('has a default for every key: an empty file or no file is a neutral digest', () => {
    expect(parse('')).toEqual(defaultSiteSettings);
    expect(loadSiteSettings(mkdtempSync(path.join(tmpdir(), 'site-')))).toEqual(defaultSiteSettings);
    expect(defaultSiteSettings.limits.homeMain).toBe(10);
    expect(defaultSiteSettings.url).toBeUndefined();
  });

  it('keeps the defaults of a section it only partly sets', () => {
    const s = parse('limits:\n  homeMain: 12\n');
    expect(s.limits.homeMain).toBe(12);
    expect(s.limits.listPageSize).toBe(20);
    expect(s.share.cards).toBe(true);
    expect(parse('build:\n  searchBesideAstroUpTo: 0\n').build.searchBesideAstroUpTo).toBe(0);
  });

  it('names file and line of a bad value, an unknown key and a YAML error', () => {
    expect(problem('name: 경제 다이제스트\nlimits:\n  homeMain: -3\n')).toBe('content/site.yaml:3: limits.homeMain: Too small: expected number to be >0');
    expect(problem('name: 경제\nlimits:\n  homeItem: 3\n')).toMatch(/^content\/site\.yaml:3: limits: .*"homeItem"/);
    expect(problem('name: [\n')).toMatch(/^content\/site\.yaml:\d+: /);
    expect(problem('url: ftp://example.org\n')).toMatch(/^content\/site\.yaml:1: url: /);
    expect(problem('url: https://example.org/news/\n')).toMatch(/BASE_PATH/);
    expect(problem('brand: 아주아주긴브랜드\n')).toMatch(/^content\/site\.yaml:1: brand: /);
    expect(problem('editions:\n  label: 호\n')).toMatch(/^content\/site\.yaml:2: editions\.label: /);
    expect(problem('name: 경제\nbuild:\n  searchBesideAstroUpTo: 2.5\n')).toMatch(/^content\/site\.yaml:3: build\.searchBesideAstroUpTo: /);
  });

  it('fills the site name into the footer', () => {
    expect(footerText(parse('name: 경제 다이제스트\nfooter: "{name}는 매주 나옵니다."\n'))).toBe('경제 다이제스트는 매주 나옵니다.');
  });
});

describe('the site address', () => {
  const settings = parse('url: https://news.example.org\n');

  it('comes from SITE_URL first, then site.yaml, else there is none', () => {
    expect(resolveSiteAddress(settings, { SITE_URL: 'https://owner.github.io' })).toEqual({ url: 'https://owner.github.io', source: 'SITE_URL' });
    expect(resolveSiteAddress(settings, {})).toEqual({ url: 'https://news.example.org', source: 'site.yaml' });
    expect(resolveSiteAddress(defaultSiteSettings, { SITE_URL: '  ' })).toEqual({ source: 'none' });
  });

  it('rejects a SITE_URL that is not an http(s) address', () => {
    expect(() => resolveSiteAddress(settings, { SITE_URL: 'news.example.org' })).toThrow(/SITE_URL/);
    expect(() => resolveSiteAddress(settings, { SITE_URL: 'file:///tmp' })).toThrow(/SITE_URL/);
  });

  it('is required only in strict mode', () => {
    expect(strictAddress({})).toBe(false);
    expect(strictAddress({ DIGEST_STRICT_URL: '0' })).toBe(false);
    expect(strictAddress({ DIGEST_STRICT_URL: '1' })).toBe(true);
  });
});

describe('npm run build before it builds anything', () => {
  const build = (dataDir: string, ...args: string[]) => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'build-cli-'));
    const { SITE_URL: _site, DIGEST_STRICT_URL: _strict, ...env } = process.env;
    return spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/build.ts'), ...args], {
      env: {
        ...env,
        DIGEST_DATA_DIR: dataDir,
        // Never the project's own folders, should the check let a build start.
        DIGEST_CONTENT_DIR: path.join(scratch, 'content'),
        DIGEST_OUT_DIR: path.join(scratch, 'dist'),
        DIGEST_CACHE_DIR: path.join(scratch, 'cache'),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
  };

  it('stops on a missing address with --strict-url', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-'));
    writeFileSync(path.join(dir, 'site.yaml'), 'name: 경제 다이제스트\n');
    const run = build(dir, '--strict-url');
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('사이트 주소가 없습니다');
  });

  it('stops on an invalid site.yaml, naming file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-'));
    writeFileSync(path.join(dir, 'site.yaml'), 'name: 경제 다이제스트\nlimits:\n  rssItems: 많이\n');
    const run = build(dir);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`${path.join(dir, 'site.yaml')}:3: limits.rssItems`);
  });
});
