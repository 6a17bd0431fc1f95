import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser';

const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('the built manifests', () => {
  it('Chrome MV3: side panel, minimal permissions, nothing web-accessible, a strict CSP', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'sidePanel', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect((m.content_security_policy as { extension_pages: string }).extension_pages).toContain("connect-src 'self'");
  });

  it('Firefox: its sidebar, the same minimal permissions, a gecko id and no data collection', () => {
    const m = manifest('firefox-mv2');
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'storage']);
    expect(m.web_accessible_resources).toBeUndefined();
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBe('140.0');
    expect(String(m.content_security_policy)).toContain("connect-src 'self'");
  });

  it('both builds ship the knowledge pack, the licence texts and the flags', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const pack = JSON.parse(readFileSync(join(ROOT, '.output', dir, 'kb/pack.json'), 'utf8')) as { entities: unknown[] };
      expect(pack.entities.length).toBeGreaterThan(5000);
      expect(readFileSync(join(ROOT, '.output', dir, 'licenses/geonames-cc-by-4.0.txt'), 'utf8')).toMatch(/Attribution 4\.0/);
      expect(readFileSync(join(ROOT, '.output', dir, 'licenses/THIRD_PARTY_NOTICES.md'), 'utf8')).toContain('Contains data from GeoNames');
      expect(readFileSync(join(ROOT, '.output', dir, 'flags/ua.svg'), 'utf8')).toContain('<svg');
    }
  });
});
