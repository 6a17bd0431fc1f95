import { hintOf, isBlock, tagOf } from './dom-util.ts';
import { CAPTION_HINT } from './hints.ts';
import { blockText } from './text.ts';
import type { Stats } from './stats.ts';

const BOILERPLATE_LINE =
  /^(?:advertisement|advertising|advert|anzeige|publicité|publicidad|pubblicità|reklama|sponsored|ad|continue reading.*|read more.*|related.*|see also.*|share( this)?.*)$/i;

/** Calls to action that end many articles: follow/subscribe/sign-up lines, author contact lines. */
const CALL_TO_ACTION =
  /\b(?:follow (?:us|him|her|me|rt)|sign up|subscribe|newsletter|join our|click here|share (?:this|it)|like this story|download (?:our|the) app|get (?:\w+ ){0,4}delivered)\b|(?:^|\s)@\w{3,}/i;
/** How many paragraphs at the end of the article may be dropped as calls to action. */
const MAX_TAIL_CALLS = 3;

/** A clock time, a numeric date or a leading updated/published word: the mark of a dateline. */
const DATE_MARK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b|^(?:last |first )?(?:updated|published|posted)\b/i;
/** Longest line (in words) that may be taken for a dateline. */
const DATELINE_WORDS = 14;

/** Share of link text that makes a block with no paragraph a link list. */
const LINKY = 0.7;
const NONE: ReadonlySet<Element> = new Set();
const SUBHEAD = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const STRUCTURED = new Set(['ul', 'ol', 'dl', 'table', 'pre']);
/** Captions and credits: the ground truth of news pages leaves them out. */
const CAPTION_TAGS = new Set(['figcaption', 'figure', 'caption']);

/** A list or table of plain text (results, specs, steps), not of links. */
function isDataList(el: Element, s: Stats): boolean {
  return STRUCTURED.has(tagOf(el)) && s.link <= s.text * 0.3;
}

/**
 * Subtrees of `root` that are not article text: flagged furniture, link lists, captions, and
 * the short lines (dates, bylines, calls to action) before the first and after the last paragraph.
 */
export function findNoise(root: Element, stats: Map<Element, Stats>): Element[] {
  const rootStats = stats.get(root);
  if (!rootStats) return [];
  const out: Element[] = [];
  const keepAbove = Math.max(rootStats.good * 0.3, 1);

  const isNoise = (c: Element, s: Stats): boolean => {
    // Embedded posts (tweets and the like) quoted in the story are part of it.
    if (s.negative && s.good < keepAbove) return !(s.good > 0 && c.querySelector('blockquote'));
    if (CAPTION_TAGS.has(tagOf(c)) && s.good < keepAbove) return true;
    if (s.good > 0) return false;
    if (s.link > s.text * LINKY) return true;
    return s.text < 40 && BOILERPLATE_LINE.test(blockText(c, NONE).replace(/\n/g, ' '));
  };

  /** `lead`/`tail`: this element sits before the first / after the last paragraph of the root. */
  const walk = (el: Element, lead: boolean, tail: boolean): void => {
    const kids: [Element, Stats][] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const s = stats.get(c);
      if (!s || s.text === 0) continue;
      if (isBlock(c, tagOf(c))) kids.push([c, s]);
      else if (s.negative && CAPTION_HINT.test(hintOf(c))) out.push(c);
    }
    let first = kids.findIndex(([, s]) => s.good > 0);
    let last = kids.length - 1;
    while (last >= 0 && (kids[last]?.[1].good ?? 0) === 0) last--;
    // Lists and tables that close the story (results, specs) stay, with what leads up to them.
    for (let i = kids.length - 1; i > last; i--) {
      const kid = kids[i];
      if (kid && isDataList(kid[0], kid[1])) {
        last = i;
        break;
      }
    }
    if (first < 0) first = kids.length;
    for (let i = 0; i < first; i++) {
      const kid = kids[i];
      if (kid && isDataList(kid[0], kid[1])) {
        first = i;
        break;
      }
    }
    kids.forEach(([c, s], i) => {
      // A subheading just above the text belongs to it; dates, bylines and labels do not.
      if ((lead && i < first && !SUBHEAD.has(tagOf(c))) || (tail && i > last) || isNoise(c, s)) {
        out.push(c);
        return;
      }
      // Inside a kept list with no paragraphs, every item stays.
      walk(c, lead && i === first && s.good > 0, tail && i === last && s.good > 0);
    });
  };
  walk(root, true, true);
  const skip = new Set(out);
  const leaves = paragraphLeaves(root, stats, skip);
  out.push(...leadingDatelines(leaves, skip), ...trailingCalls(leaves, skip));
  return out;
}

/** A short line that carries a date mark ("Updated 12 March 2025, 10:15"). */
function isDateline(text: string): boolean {
  return DATE_MARK.test(text) && text.split(' ').length <= DATELINE_WORDS;
}

/** The innermost elements holding paragraph text, in document order. */
function paragraphLeaves(root: Element, stats: Map<Element, Stats>, excluded: ReadonlySet<Element>): Element[] {
  const leaves: Element[] = [];
  const collect = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const s = stats.get(c);
      if (!s || s.good === 0 || excluded.has(c)) continue;
      const before = leaves.length;
      collect(c);
      if (leaves.length === before) leaves.push(c);
    }
  };
  collect(root);
  return leaves;
}

/** Date / "updated" / byline lines that come before the first real paragraph. */
function leadingDatelines(leaves: readonly Element[], excluded: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < leaves.length - 1 && out.length < 2; i++) {
    const leaf = leaves[i];
    if (!leaf) break;
    const text = blockText(leaf, excluded);
    if (!isDateline(text)) break;
    out.push(leaf);
  }
  return out;
}

/** The last paragraphs of the root, when they are calls to action rather than story. */
function trailingCalls(leaves: readonly Element[], excluded: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  for (let i = leaves.length - 1; i >= 1 && out.length < MAX_TAIL_CALLS; i--) {
    const leaf = leaves[i];
    if (!leaf) break;
    const text = blockText(leaf, excluded);
    if (text.length > 400 || !(CALL_TO_ACTION.test(text) || isDateline(text))) break;
    out.push(leaf);
  }
  return out;
}
