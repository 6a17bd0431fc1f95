import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/engine/types';
import { spotter } from './helpers';

const SEED = resolve(__dirname, '../../../shared/seeds/000_81e4a3c04cf087c1.txt');
const present = existsSync(SEED);

const title = present ? 'seed article' : `seed article — SKIPPED: ${SEED} not found`;

describe.skipIf(!present)(title, () => {
  const text = present ? readFileSync(SEED, 'utf8') : '';
  const ms: Mention[] = present ? spotter.find(text) : [];
  const ids = new Set(ms.map((m) => m.entityId));
  const texts = (id: string | null) => ms.filter((m) => m.entityId === id).map((m) => m.text);

  it('keeps offsets consistent with the text', () => {
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it('links the people, organizations and places the article names', () => {
    for (const id of ['volodymyr-zelenskyy', 'emmanuel-macron', 'steve-witkoff', 'nato', 'paris', 'saudi-arabia', 'kremlin', 'united-states', 'kyiv', 'europe']) {
      expect(ids, id).toContain(id);
    }
    expect(ids).not.toContain('paris-hilton');
  });

  it('links Witkoff in full, bare and possessive', () => {
    expect(texts('steve-witkoff')).toEqual(['Steve Witkoff', 'Witkoff', 'Witkoff']);
    expect(text.slice(ms.filter((m) => m.entityId === 'steve-witkoff')[2]!.end).startsWith('’s')).toBe(true);
  });

  it('links demonyms without highlighting them', () => {
    const ukrainian = ms.filter((m) => m.text === 'Ukrainian');
    expect(ukrainian.length).toBeGreaterThan(0);
    for (const m of ukrainian) expect(m).toMatchObject({ entityId: 'ukraine', highlight: false });
  });

  it('links US in capitals every time it appears', () => {
    const count = text.split(/\bUS\b/).length - 1;
    expect(texts('united-states').filter((t) => t === 'US')).toHaveLength(count);
  });

  it('does not take Thursday, Image or God for names', () => {
    for (const w of ['Thursday', 'Image', 'God']) expect(ms.some((m) => m.text.includes(w)), w).toBe(false);
  });

  it('reports only plausible unknown names', () => {
    for (const t of texts(null)) expect(['Yoan Valat', 'AP', 'AP Photo']).toContain(t);
  });
});
