import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS } from '../../lib/kb/attributions';

const ROOT = join(import.meta.dirname, '../..');

describe('attributions', () => {
  it('ship a licence file for each source and agree with THIRD_PARTY_NOTICES.md', () => {
    const notices = readFileSync(join(ROOT, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    for (const a of ATTRIBUTIONS) {
      expect(existsSync(join(ROOT, 'public', a.file)), a.file).toBe(true);
      expect(notices, a.name).toContain(a.name.split(' ')[0]!);
    }
    expect(notices).toContain('Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0');
  });
});
