import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';
import { spotter } from './helpers';

const person = (id: string, name: string, aliases: string[], prominence: number, more: Partial<EntityLite> = {}): EntityLite =>
  ({ id, type: 'person', name, aliases, prominence, ...more });

describe('disambiguation of shared aliases', () => {
  it('falls back on the prominence prior and reports the candidates beaten', () => {
    const [m] = spotter.find('Paris is expensive');
    expect(m!.entityId).toBe('paris');
    expect(m!.candidates?.map((c) => c.entityId)).toEqual(['paris', 'paris-hilton']);
    expect(m!.reason).toContain('beat paris-hilton');
  });

  it('follows cues near the mention', () => {
    const ms = spotter.find('Paris posted from the hotel, where the heiress and reality star was filming.');
    expect(ms[0]!.entityId).toBe('paris-hilton');
    expect(ms[0]!.reason).toMatch(/cue "(hotel|heiress|reality)"/);
  });

  it('follows a person title before the mention', () => {
    const a = person('john-smith-mp', 'John Smith', ['Smith'], 0.3);
    const b: EntityLite = { id: 'smith-town', type: 'place', name: 'Smith', aliases: [], prominence: 0.6 };
    const s = createSpotter([a, b]);
    expect(s.find('We drove to Smith.').map((m) => m.entityId)).toEqual(['smith-town']);
    expect(s.find('Mr Smith said no.').map((m) => m.entityId)).toEqual(['john-smith-mp']);
    expect(s.find('Mr. Smith said no.').map((m) => m.entityId)).toEqual(['john-smith-mp']);
  });

  it('prefers the candidate related to entities already linked in the article', () => {
    const georgiaUs: EntityLite = { id: 'georgia-us', type: 'place', name: 'Georgia', aliases: [], prominence: 0.6, related: ['atlanta'] };
    const georgiaC: EntityLite = { id: 'georgia-country', type: 'place', name: 'Georgia', aliases: [], prominence: 0.55, related: ['tbilisi'] };
    const tbilisi: EntityLite = { id: 'tbilisi', type: 'place', name: 'Tbilisi', aliases: [], prominence: 0.5 };
    const atlanta: EntityLite = { id: 'atlanta', type: 'place', name: 'Atlanta', aliases: [], prominence: 0.5 };
    const s = createSpotter([georgiaUs, georgiaC, tbilisi, atlanta]);
    expect(s.find('Protests in Tbilisi grew as Georgia voted.').map((m) => m.entityId)).toEqual(['tbilisi', 'georgia-country']);
    expect(s.find('Rain in Atlanta as Georgia voted.').map((m) => m.entityId)).toEqual(['atlanta', 'georgia-us']);
  });

  it('resolves one surface the same way throughout the article', () => {
    const text = 'Paris was sunny, the city said. Later Paris hosted a summit. Paris closed roads.';
    const ids = spotter.find(text).filter((m) => m.text === 'Paris').map((m) => m.entityId);
    expect(ids).toEqual(['paris', 'paris', 'paris']);
  });

  it('lets a strong local cue override the article-wide sense', () => {
    const text = 'In the city of Paris all was calm. ' + 'Filler words here. '.repeat(30) +
      'Mr Paris, a reality singer at a hotel party, was the heiress herself.';
    const ids = spotter.find(text).filter((m) => m.text === 'Paris').map((m) => m.entityId);
    expect(ids).toEqual(['paris', 'paris-hilton']);
  });

  it('settles a shared bare surname by the person the article named in full', () => {
    const donald = person('donald-trump', 'Donald Trump', ['Trump'], 0.95);
    const melania = person('melania-trump', 'Melania Trump', ['Trump'], 0.5);
    const s = createSpotter([donald, melania]);
    const ms = s.find('Melania Trump opened the event. Later, Trump thanked the guests.');
    expect(ms.map((m) => m.entityId)).toEqual(['melania-trump', 'melania-trump']);
    expect(ms[1]!.reason).toContain('named in full');
    expect(s.find('Later, Trump thanked the guests.').map((m) => m.entityId)).toEqual(['donald-trump']);
  });

  it('caps the candidates scored for a crowded alias but keeps the one named in full', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      person(`lee-${i}`, `Person${String.fromCharCode(65 + i)} Lee`, ['Lee'], 0.9 - i * 0.02));
    const s = createSpotter(many);
    const ms = s.find('PersonZ Lee arrived. Lee spoke.');
    expect(ms.map((m) => m.entityId)).toEqual(['lee-25', 'lee-25']);
    expect(ms[1]!.candidates!.length).toBe(13);
  });

  it('gives lower confidence to a close call than to an unambiguous alias', () => {
    const close = spotter.find('Paris spoke.')[0]!;
    const sure = spotter.find('Macron spoke.')[0]!;
    expect(close.confidence).toBeLessThan(sure.confidence);
    expect(close.confidence).toBeGreaterThan(0);
  });
});

describe('namesakes', () => {
  const ortega = person('daniel-ortega', 'Daniel Ortega', [], 0.35, { cues: ['nicaragua', 'sandinista', 'president'] });
  const s = createSpotter([ortega]);

  it('leave a person unlinked when a local role stands before the full name, and keep the name (and its surname) as an unknown one', () => {
    const ms = s.find('Fire chief Daniel Ortega said the winds had turned. Ortega said crews were tired.');
    expect(ms.map((m) => [m.text, m.entityId, m.type])).toEqual([
      ['Daniel Ortega', null, 'person'],
      ['Ortega', null, 'person'],
    ]);
    expect(ms[0]!.groupKey).toBe(ms[1]!.groupKey);
    expect(ms[0]!.reason).toContain('fire chief');
  });

  it('keep the link when the role is one of the entity’s own cues, or is no local role', () => {
    expect(s.find('President Daniel Ortega spoke on Monday.').map((m) => m.entityId)).toEqual(['daniel-ortega']);
    expect(s.find('Daniel Ortega spoke on Monday.').map((m) => m.entityId)).toEqual(['daniel-ortega']);
    expect(s.find('The veteran Daniel Ortega spoke.').map((m) => m.entityId)).toEqual(['daniel-ortega']);
  });
});
