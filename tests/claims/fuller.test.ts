import { describe, expect, it } from 'vitest';
import { fullerNames } from '../../lib/claims/fuller';
import { findClaims } from '../../lib/claims/index';
import type { Mention } from '../../lib/engine/types';

const mention = (text: string, name: string, groupKey: string, from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, entityId: null, type: 'organization', confidence: 0.5, reason: 'test', highlight: true, groupKey };
};

describe('fullerNames', () => {
  it('names a short form by the longest form of the same unknown name, without titles', () => {
    const text = 'Cmdr. Sean Ruske spoke first. Later Ruske said the camp was open. Northgate Rovers signed him. Rovers said it was glad.';
    const mentions = [
      mention(text, 'Cmdr. Sean Ruske', 'sean ruske'),
      mention(text, 'Ruske', 'sean ruske', 30),
      mention(text, 'Northgate Rovers', 'northgate rovers'),
      mention(text, 'Rovers', 'northgate rovers', 90),
    ];
    const fuller = fullerNames(text, mentions);
    const at = text.indexOf('Ruske', 30);
    expect(fuller(at, at + 5, 'Ruske')).toBe('Sean Ruske');
    const rovers = text.indexOf('Rovers said');
    expect(fuller(rovers, rovers + 6, 'Rovers')).toBe('Northgate Rovers');
    // a name the spotter did not group stays as written
    expect(fuller(0, 4, 'Cmdr')).toBe('Cmdr');
  });

  it('spells out an acronym from the capitalised words the article gives it', () => {
    const text = 'Figures came from the Drug Enforcement Administration last year. The DEA says the border is the main route.';
    const fuller = fullerNames(text, []);
    const at = text.indexOf('DEA');
    expect(fuller(at, at + 3, 'DEA')).toBe('Drug Enforcement Administration');
    expect(fuller(at, at + 3, 'NHS')).toBe('NHS');
  });

  it('name the speaker of a quotation in the claims', () => {
    const text = 'Figures came from the Drug Enforcement Administration last year. The DEA says that the border "remains the primary entry point for heroin into the country."';
    const quote = findClaims(text, []).find((c) => c.kind === 'quote');
    expect(quote?.speaker?.name).toBe('Drug Enforcement Administration');
  });
});
