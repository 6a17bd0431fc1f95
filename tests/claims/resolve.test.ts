import { describe, expect, it } from 'vitest';
import type { Referent } from '../../lib/claims/names';
import { resolveName, resolvePronoun, resolveRole, type ResolveState } from '../../lib/claims/resolve';

const ref = (name: string, start: number, descriptors: string[] = []): Referent => ({
  start, end: start + name.length, name, entityId: null, person: true, descriptors: new Set(descriptors), key: name.split(' ').pop()!.toLowerCase(),
});

describe('resolve', () => {
  const koval = ref('Olena Koval', 10, ['ukrainian', 'president']);
  const reed = ref('Tom Reed', 60, ['us', 'envoy']);
  const state: ResolveState = { referents: [koval, reed], subjects: new Set([10]), lastSpeaker: null };

  it('resolves a pronoun to the nearest person unless an earlier subject or speaker is more salient', () => {
    // ('any': "Olena" is a woman's name since session 6, and "he", the default, no longer fits her)
    expect(resolvePronoun({ ...state, subjects: new Set() }, 100, new Set(), 'any')?.name).toBe('Tom Reed');
    expect(resolvePronoun({ ...state, lastSpeaker: 'koval' }, 100, new Set(), 'any')?.name).toBe('Olena Koval');
    expect(resolvePronoun({ ...state, subjects: new Set() }, 100, new Set(['reed']), 'any')?.name).toBe('Olena Koval');
    expect(resolvePronoun({ ...state, lastSpeaker: 'koval' }, 100, new Set())?.name).toBe('Tom Reed');
    expect(resolvePronoun(state, 5, new Set())).toBeNull();
    // a later sentence subject takes over from the last speaker
    const both = { ...state, subjects: new Set([10, 60]), lastSpeaker: 'koval' };
    expect(resolvePronoun(both, 100, new Set())?.name).toBe('Tom Reed');
  });

  it('resolves a role phrase by nationality and role, not by recency alone', () => {
    expect(resolveRole(state, ['ukrainian'], 'leader', 100, new Set())?.name).toBe('Olena Koval');
    expect(resolveRole(state, [], 'envoy', 100, new Set())?.name).toBe('Tom Reed');
    expect(resolveRole(state, ['french'], 'minister', 100, new Set())).toBeNull();
  });

  it('resolves a surname to the person introduced under it', () => {
    expect(resolveName(state, 120, 124, 'Reed')?.name).toBe('Tom Reed');
    expect(resolveName(state, 120, 125, 'Smith')).toBeNull();
  });
});
