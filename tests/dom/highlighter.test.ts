// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter, highlightSupport, installHighlightStyles } from '../../lib/dom/highlighter';

class FakeHighlight {
  ranges: Range[] = [];
  add(r: Range) {
    this.ranges.push(r);
  }
}

describe('the highlighter', () => {
  it('registers one highlight per kind and removes all of them on clear', () => {
    const registry = new Map<string, unknown>([['site-own', 1]]);
    const h = createHighlighter(registry, FakeHighlight as never);
    const r = document.createRange();
    h.draw([{ kind: 'person', ranges: [r, r] }, { kind: 'place', ranges: [r] }, { kind: 'event', ranges: [] }]);
    expect([...registry.keys()]).toEqual(['site-own', 'backstory-person', 'backstory-place']);
    expect((registry.get('backstory-person') as FakeHighlight).ranges).toHaveLength(2);
    h.draw([{ kind: 'place', ranges: [r] }]);
    expect([...registry.keys()]).toEqual(['site-own', 'backstory-place']);
    h.clear();
    expect([...registry.keys()]).toEqual(['site-own']);
  });

  it('does not remove highlights a newer highlighter has drawn under the same names', () => {
    const registry = new Map<string, unknown>();
    const r = document.createRange();
    const old = createHighlighter(registry, FakeHighlight as never);
    old.draw([{ kind: 'person', ranges: [r] }, { kind: 'place', ranges: [r] }]);
    const next = createHighlighter(registry, FakeHighlight as never);
    next.draw([{ kind: 'person', ranges: [r, r] }]);
    old.clear();
    expect([...registry.keys()]).toEqual(['backstory-person']);
    expect((registry.get('backstory-person') as FakeHighlight).ranges).toHaveLength(2);
  });

  it('puts back its highlights when a page clears the registry, and leaves a newer drawing alone', () => {
    const registry = new Map<string, unknown>();
    const h = createHighlighter(registry, FakeHighlight as never);
    h.draw([{ kind: 'person', ranges: [document.createRange()] }]);
    const drawn = registry.get('backstory-person');
    registry.clear();
    expect(h.ensure()).toBe(true);
    expect(registry.get('backstory-person')).toBe(drawn);
    const newer = new FakeHighlight();
    registry.set('backstory-person', newer);
    expect(h.ensure()).toBe(false);
    expect(registry.get('backstory-person')).toBe(newer);
  });

  it('reports no support where the browser lacks the Custom Highlight API', () => {
    expect(highlightSupport({})).toBeNull();
    expect(highlightSupport({ CSS: { highlights: new Map() }, Highlight: FakeHighlight })).not.toBeNull();
  });

  it('adds its colours without leaving anything behind after removal', () => {
    const before = document.documentElement.outerHTML;
    const sheetsBefore = document.adoptedStyleSheets?.length ?? 0;
    const remove = installHighlightStyles(document);
    const added = (document.adoptedStyleSheets?.length ?? 0) > sheetsBefore || document.querySelectorAll('style').length > 0;
    expect(added).toBe(true);
    remove();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets?.length ?? 0).toBe(sheetsBefore);
  });
});
