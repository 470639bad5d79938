/** Reads `site.yaml` from the editorial data folder (content/ by default). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readYamlData } from '../editorial/yaml-file';
import { defaultSiteSettings, siteSettingsSchema, type SiteSettings } from './settings';

export const SITE_SETTINGS_FILE = 'site.yaml';

/** The settings in `<dataDir>/site.yaml`; the defaults when the file does not exist. Invalid → error with file and line. */
export function loadSiteSettings(dataDir: string): SiteSettings {
  const file = path.join(dataDir, SITE_SETTINGS_FILE);
  if (!existsSync(file)) return defaultSiteSettings;
  return readYamlData(file, siteSettingsSchema);
}
