import { HIDDEN_CLASS, NEGATIVE, NEGATIVE_ANYWHERE, NOISE_TAGS, POSITIVE_STRONG } from './hints.ts';
import { SKIP_TAGS, isBlock, hintOf, isHidden, tagOf } from './dom-util.ts';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text measures of one element's subtree, in characters. */
export interface Stats {
  /** Text of blocks that read like article paragraphs (link text not counted). */
  good: number;
  /** Text of blocks that read like page furniture (link lists, short labels, flagged containers). */
  bad: number;
  /** All visible text. */
  text: number;
  /** Visible text inside links. */
  link: number;
  /** Number of article-like paragraphs. */
  paras: number;
  /** The element's class/id says it is furniture (or it is a landmark like nav/aside). */
  negative: boolean;
  /** Paragraph text inside the outermost furniture descendants. */
  negGood: number;
  /** The element or one of its ancestors is furniture. */
  inNegative: boolean;
  /** Holds a block that is only a headline-like link. */
  headLink: boolean;
  /** A headline-like link comes before a paragraph (the shape of a teaser card). */
  headFirst: boolean;
}

interface BlockAcc {
  len: number;
  link: number;
  punct: number;
}

/** Weight of short text blocks (labels, dates, bylines) as furniture. */
const SHORT_WEIGHT = 0.25;
/** Longest summary (characters) a teaser card may have. */
const TEASER_MAX = 700;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const NOT_BLOCK_FOR_STATS = new Set(['br', 'hr']);
const SENTENCE_PUNCT = /[.!?。！？,;:،、]/g;

/** Named or marked up as the article body (class/id, or itemprop=articleBody). */
function isBodyContainer(el: Element, hint: string): boolean {
  return (hint !== '' && POSITIVE_STRONG.test(hint)) || /articlebody/i.test(el.getAttribute('itemprop') ?? '');
}

export interface Measured {
  stats: Map<Element, Stats>;
  /** Visible h1 and h2 elements in document order. */
  headings: Element[];
}

/**
 * One pass over the body: per-element statistics used to choose the root and the noise. It
 * yields every few hundred elements so a live page's main thread is never held for long
 * (see lib/content/slice.ts); findArticle drains it at once.
 */
export function* measureSteps(body: Element, hidden?: (el: Element) => boolean): Generator<void, Measured> {
  const stats = new Map<Element, Stats>();
  const headings: Element[] = [];

  /** Scores a block's own text; returns 'head' for a headline-like link, 'good' for a paragraph. */
  const closeBlock = (tag: string, acc: BlockAcc, into: Stats): 'head' | 'good' | '' => {
    const { len, link } = acc;
    if (len === 0) return '';
    const plain = len - link;
    if (link > len * 0.5) {
      into.bad += len;
      return link >= len * 0.8 && link >= 15 && tag !== 'h1' && tag !== 'li' ? 'head' : '';
    }
    if (HEADINGS.has(tag)) return '';
    const long = plain >= 80 || (plain >= 25 && acc.punct >= 1 && tag === 'p') || (plain >= 40 && acc.punct >= 2);
    if (long) {
      into.good += plain;
      into.paras += 1;
      return 'good';
    }
    into.bad += len * SHORT_WEIGHT;
    return '';
  };

  let visited = 0;
  const visit = function* (el: Element, block: BlockAcc, inLink: boolean, inNeg: boolean): Generator<void, Stats> {
    if (++visited % 300 === 0) yield;
    const tag = tagOf(el);
    if (tag === 'h1' || tag === 'h2') headings.push(el);
    const hint = hintOf(el);
    const negativeHere =
      NOISE_TAGS.has(tag) ||
      (hint !== '' &&
        (NEGATIVE.test(hint) || NEGATIVE_ANYWHERE.test(hint) || HIDDEN_CLASS.test(hint)) &&
        !POSITIVE_STRONG.test(hint));
    const s: Stats = {
      good: 0, bad: 0, text: 0, link: 0, paras: 0, negative: negativeHere, negGood: 0,
      inNegative: inNeg || negativeHere, headLink: false, headFirst: false,
    };
    const blockHere = isBlock(el, tag) && !NOT_BLOCK_FOR_STATS.has(tag);
    const own: BlockAcc = blockHere ? { len: 0, link: 0, punct: 0 } : block;
    const linkHere = inLink || tag === 'a';
    let headBeforeOwn = false;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        const n = data.trim().length;
        if (n === 0) continue;
        if (blockHere && own.len === 0) headBeforeOwn = s.headLink;
        own.len += n;
        s.text += n;
        if (linkHere) {
          own.link += n;
          s.link += n;
        } else {
          const m = data.match(SENTENCE_PUNCT);
          if (m) own.punct += m.length;
        }
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const c = child as Element;
      const ctag = tagOf(c);
      if (SKIP_TAGS.has(ctag) || isHidden(c) || hidden?.(c)) continue;
      const cs = yield* visit(c, own, linkHere, s.inNegative);
      s.good += cs.good;
      s.bad += cs.bad;
      s.text += cs.text;
      s.link += cs.link;
      s.paras += cs.paras;
      s.negGood += cs.negative ? cs.good : cs.negGood;
      if (cs.paras > 0 && (s.headLink || cs.headFirst)) s.headFirst = true;
      if (cs.headLink) s.headLink = true;
    }
    if (blockHere) {
      const kind = closeBlock(tag, own, s);
      if (kind === 'head') s.headLink = true;
      else if (kind === 'good' && headBeforeOwn) s.headFirst = true;
    }
    // A teaser card (headline link, then a short summary) is furniture, not article text.
    if (s.headFirst && s.paras <= 2 && s.good < TEASER_MAX && !isBodyContainer(el, hint)) {
      s.bad += s.good;
      s.good = 0;
      s.paras = 0;
      s.headFirst = false;
    }
    stats.set(el, s);
    return s;
  };

  yield* visit(body, { len: 0, link: 0, punct: 0 }, false, false);
  return { stats, headings };
}
