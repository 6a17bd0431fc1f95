import { describe, expect, it } from 'vitest';
import { buildPack } from '../../scripts/kb-build';
import { evaluate, HELDOUT_DIR, loadDevSet, loadRealSet, loadSeedSet } from '../../scripts/names-eval';
import { FIXTURE_ENTITIES } from './fixtures';

describe('names dev set', () => {
  const docs = loadDevSet();

  it('is well formed: sorted, non-overlapping spans inside the text, ids from the fixture or null', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(FIXTURE_ENTITIES.map((e) => e.id));
    for (const d of docs) {
      let last = 0;
      for (const m of d.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeLessThanOrEqual(d.text.length);
        expect(d.text.slice(m.start, m.end).trim()).toBe(d.text.slice(m.start, m.end));
        if (m.entityId !== null) expect(ids).toContain(m.entityId);
        last = m.end;
      }
    }
  });

  it('is spotted with good precision, recall and linking on the fixture entities', () => {
    const s = evaluate(FIXTURE_ENTITIES, docs);
    expect(s.linkingAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
    expect(s.unknownRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('treats gold entities missing from the entity list as unknown names', () => {
    const withoutMacron = FIXTURE_ENTITIES.filter((e) => e.id !== 'emmanuel-macron');
    const s = evaluate(withoutMacron, docs);
    expect(s.errors.some((e) => e.includes('"Emmanuel Macron" linked'))).toBe(false);
    expect(s.unknownRecall).toBeGreaterThan(0.8);
  });
});

// The labelled real pages read their text from ../shared/bench (not in the repository): skipped without it.
const real = loadRealSet();
const heldout = loadRealSet(HELDOUT_DIR);
const seed = loadSeedSet();

describe.skipIf(!real || !heldout)('names dev set on real news pages, bundled knowledge base', () => {
  const entities = buildPack().pack.entities;
  const ids = new Set(entities.map((e) => e.id));

  it('labels only ids of the bundled knowledge base, in order and without overlaps', () => {
    for (const d of [...real!, ...heldout!, ...(seed ?? [])]) {
      let last = 0;
      for (const m of d.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        if (m.entityId !== null) expect(ids).toContain(m.entityId);
        last = m.end;
      }
    }
  });

  it('meets the spotting targets and never highlights a demonym', () => {
    for (const docs of [real!, heldout!, ...(seed ? [seed] : [])]) {
      const s = evaluate(entities, docs);
      expect(s.precision).toBeGreaterThanOrEqual(0.97);
      expect(s.kbRecall).toBeGreaterThanOrEqual(0.95);
      expect(s.linkingAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(s.unknownRecall).toBeGreaterThanOrEqual(0.85);
      expect(s.demonymsHighlighted).toBe(0);
      expect(s.linkOnlyHighlighted).toBe(0);
    }
  });
});
