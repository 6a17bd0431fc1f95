import { isHidden } from './dom-util.ts';

/** The headline: an h1 that matches the page's declared title, else og:title, else <title> cleaned. */
export interface TitleGuess {
  title: string;
  element: Element | null;
}

const SEPARATORS = /\s+[|–—\-:·•»]\s+/;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** og:title, else twitter:title, read from the <meta> tags of the head. */
function declaredTitle(doc: Document): string {
  let og = '';
  let twitter = '';
  const head = doc.head;
  if (!head) return '';
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName !== 'meta') continue;
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    if (key === 'og:title' && !og) og = clean(el.getAttribute('content'));
    else if (key === 'twitter:title' && !twitter) twitter = clean(el.getAttribute('content'));
  }
  return og || twitter;
}

/** `<title>` without a trailing (or leading) " | Site name" part. */
export function cleanDocTitle(raw: string): string {
  const title = clean(raw);
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.split(/\s+/).length >= 3 ? longest : title;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the words of `a` found in `b`. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  if (wa.size === 0) return 0;
  const wb = words(b);
  let hit = 0;
  for (const w of wa) if (wb.has(w)) hit++;
  return hit / wa.size;
}

/**
 * Pick the headline. `root` (the article body, when known) breaks ties: the h1 inside it,
 * or the last h1 before it. `headings` (visible h1/h2 in document order) saves a query.
 */
export function findTitle(doc: Document, root: Element | null, headings?: readonly Element[]): TitleGuess {
  const declared = declaredTitle(doc);
  const docTitle = cleanDocTitle(doc.title || '');
  const reference = declared || docTitle;
  let best: Element | null = null;
  let bestScore = 0;
  /** The last headline-sized h1 before the body, or the first inside it. */
  let nearH1: Element | null = null;
  for (const h of headings ?? Array.from(doc.querySelectorAll('h1, h2'))) {
    if (isHidden(h)) continue;
    const text = clean(h.textContent);
    if (text.length < 3 || text.length > 300) continue;
    if (root && h.localName === 'h1' && text.length >= 20 && text.split(' ').length >= 4) {
      const inside = root.contains(h);
      const before = (h.compareDocumentPosition(root) & 4) !== 0;
      if ((inside && (!nearH1 || !root.contains(nearH1))) || (before && !(nearH1 && root.contains(nearH1)))) nearH1 = h;
    }
    let score = reference ? overlap(text, reference) + overlap(reference, text) : 0.5;
    if (h.localName === 'h1') score += 0.3;
    if (root && (root.contains(h) || (h.compareDocumentPosition(root) & 4) !== 0)) score += 0.2;
    if (score > bestScore) {
      bestScore = score;
      best = h;
    }
  }
  if (best && (bestScore >= 1.2 || (!reference && best.localName === 'h1'))) {
    return { title: clean(best.textContent), element: best };
  }
  if (nearH1) return { title: clean(nearH1.textContent), element: nearH1 };
  return { title: reference, element: null };
}
