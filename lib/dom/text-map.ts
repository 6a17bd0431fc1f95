/**
 * The article's text, built once from the DOM, with a map back to its text nodes.
 * This module alone turns text offsets into DOM Ranges and DOM points into offsets
 * (the hypothesis client's text-range idea). Whitespace runs collapse to one space and
 * block boundaries become "\n", so the text reads like the page.
 */

export interface Segment {
  node: Text;
  /** Offset of this node's first emitted character in the map's text. */
  start: number;
  /** For each emitted character of this node, its offset inside node.data. */
  offsets: Uint32Array;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const WIDGET_ROLES = new Set(['button', 'navigation', 'menu', 'menubar', 'toolbar', 'search', 'dialog', 'textbox', 'tablist']);

/** Elements whose text never enters the map: code, form fields, editors, hidden parts and widgets. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && WIDGET_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

export interface BuildOptions {
  /** Subtrees to leave out besides the built-in ones (e.g. captions and related links). */
  exclude?: (el: Element) => boolean;
}

const WS = /[\s\u00a0]/;

/**
 * The text of `roots` in order (each a block), with the map back to their text nodes, built
 * step by step: the generator yields every few hundred nodes so a caller can spread the work
 * over several tasks on a huge page (see lib/content/slice.ts). Iterative, so deep pages
 * cannot overflow the stack.
 */
export function* textMapSteps(roots: Element | readonly Element[], opts: BuildOptions = {}): Generator<void, TextMap> {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;
  let lastWasSpace = true;
  const emitBreak = () => {
    if (length > 0) pendingBreak = true;
  };

  const addText = (t: Text) => {
    const data = t.data;
    const chars: string[] = [];
    const offs: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (WS.test(ch)) {
        if (lastWasSpace || pendingBreak) continue;
        chars.push(' ');
        offs.push(i);
        lastWasSpace = true;
      } else {
        if (pendingBreak) {
          // The break char maps to this node's first visible char: it is never drawn.
          if (chars.length && chars[chars.length - 1] === ' ') chars[chars.length - 1] = '\n';
          else {
            chars.push('\n');
            offs.push(i);
          }
          pendingBreak = false;
        }
        chars.push(ch);
        offs.push(i);
        lastWasSpace = false;
      }
    }
    if (chars.length) {
      segments.push({ node: t, start: length, offsets: Uint32Array.from(offs) });
      parts.push(chars.join(''));
      length += chars.length;
    }
  };

  let steps = 0;
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    emitBreak();
    // Depth-first walk; a block element's end is marked by pushing it back as `closing`.
    const stack: { node: Node; closing: boolean }[] = [{ node: root as Element, closing: false }];
    while (stack.length) {
      const { node, closing } = stack.pop()!;
      if (++steps % 400 === 0) yield;
      if (closing) {
        emitBreak();
        continue;
      }
      if (node.nodeType === 3) {
        addText(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const block = BLOCK.has(el.tagName.toUpperCase());
      if (isSkipped(el) || opts.exclude?.(el)) {
        if (block) emitBreak();
        continue;
      }
      if (block) {
        emitBreak();
        stack.push({ node: el, closing: true });
      }
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, closing: false });
    }
  }
  let text = parts.join('');
  // A trailing space is dropped from the text; offsets stay valid.
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return { text, segments };
}

/** The whole text map at once (tests, the CLI, small pages). */
export function buildTextMap(roots: Element | readonly Element[], opts: BuildOptions = {}): TextMap {
  const it = textMapSteps(roots, opts);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

function segmentAt(map: TextMap, offset: number): Segment | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.offsets.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A DOM Range covering text[start, end), or null when the offsets fall outside the map. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = segmentAt(map, start);
  const b = segmentAt(map, end - 1);
  if (!a || !b || end <= start) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offsets[start - a.start]!);
  range.setEnd(b.node, b.offsets[end - 1 - b.start]! + 1);
  return range;
}

/** The text offset of a DOM point (a text node and an offset in it), or null if not in the map. */
export function offsetAt(map: TextMap, node: Node, nodeOffset: number, index?: Map<Node, Segment>): number | null {
  const seg = index ? index.get(node) : map.segments.find((s) => s.node === node);
  if (!seg) return null;
  const offs = seg.offsets;
  let lo = 0;
  let hi = offs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid]! <= nodeOffset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best < 0 ? seg.start : seg.start + best;
}

export function nodeIndex(map: TextMap): Map<Node, Segment> {
  return new Map(map.segments.map((s) => [s.node, s]));
}
