/**
 * Draws highlights with the CSS Custom Highlight API: no element is added around the text,
 * so layout, selection, copy and links stay exactly as the page made them, and `clear()`
 * removes every trace. The registry and constructor are injectable for tests.
 */

export interface HighlightRegistryLike {
  set(name: string, h: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
export interface HighlightLike {
  add(range: Range): unknown;
}
export type HighlightCtor = new () => HighlightLike;

export interface HighlightGroup {
  /** Becomes the highlight name `backstory-<kind>`, styled by `::highlight(backstory-<kind>)`. */
  kind: string;
  ranges: Range[];
}

export const HIGHLIGHT_PREFIX = 'backstory-';

export const HIGHLIGHT_CSS = `
::highlight(backstory-person) { background-color: rgba(255, 196, 0, 0.32); }
::highlight(backstory-organization) { background-color: rgba(0, 150, 255, 0.22); }
::highlight(backstory-place) { background-color: rgba(0, 190, 120, 0.24); }
::highlight(backstory-event) { background-color: rgba(200, 90, 255, 0.22); }
::highlight(backstory-other) { background-color: rgba(150, 150, 150, 0.25); }
::highlight(backstory-unknown) { text-decoration: underline dotted rgba(120, 120, 120, 0.9); }
::highlight(backstory-claim) { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: rgba(214, 90, 30, 0.5); text-decoration-thickness: 1px; }
::highlight(backstory-active) { background-color: rgba(255, 140, 0, 0.45); }
`;

export interface Highlighter {
  draw(groups: readonly HighlightGroup[]): void;
  clear(): void;
  /** Puts back any of this highlighter's highlights that someone else removed (a page can clear the registry). */
  ensure(): boolean;
  readonly names: readonly string[];
}

export function highlightSupport(win: { CSS?: unknown; Highlight?: unknown }):
  { registry: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const css = win.CSS as { highlights?: HighlightRegistryLike } | undefined;
  if (!css?.highlights || typeof win.Highlight !== 'function') return null;
  return { registry: css.highlights, Ctor: win.Highlight as HighlightCtor };
}

export function createHighlighter(registry: HighlightRegistryLike, Ctor: HighlightCtor): Highlighter {
  let names: string[] = [];
  const mine = new Map<string, unknown>();
  return {
    get names() {
      return names;
    },
    draw(groups) {
      this.clear();
      for (const g of groups) {
        if (!g.ranges.length) continue;
        const name = HIGHLIGHT_PREFIX + g.kind;
        // Added one by one: spreading tens of thousands of ranges as arguments can overflow.
        const h = new Ctor();
        for (const r of g.ranges) h.add(r);
        registry.set(name, h);
        mine.set(name, h);
        names.push(name);
      }
    },
    ensure() {
      let restored = false;
      for (const [n, h] of mine) {
        if (registry.get(n) === undefined) {
          registry.set(n, h);
          restored = true;
        }
      }
      return restored;
    },
    clear() {
      // Only what this highlighter drew: a newer one may already have replaced it.
      for (const n of names) if (registry.get(n) === mine.get(n)) registry.delete(n);
      names = [];
      mine.clear();
    },
  };
}

/** Adds the highlight colours to the page without touching its DOM when it can. */
export function installHighlightStyles(doc: Document): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (win && 'adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Firefox's content-script sandbox can refuse a sheet made in its own compartment.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-backstory-owned', '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
