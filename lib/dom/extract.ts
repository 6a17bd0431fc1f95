/**
 * Article detection on a live or Node-built DOM: finds the element holding the article body,
 * the furniture inside it, and the headline. Never moves, clones or edits the page.
 */
import { hintOf, isBlock, tagOf } from './extract/dom-util.ts';
import { COMMENTS, POSITIVE } from './extract/hints.ts';
import { findNoise } from './extract/noise.ts';
import { measureSteps, type Stats } from './extract/stats.ts';
import { buildTextMap } from './text-map.ts';
import { findTitle } from './extract/title.ts';

export interface ArticleInfo {
  /** The headline (h1 in the article, og:title, or <title> cleaned). */
  title: string;
  titleElement: Element | null;
  /** The element that contains the article body. */
  root: Element;
  /** Subtrees inside root that are not article text. */
  excluded: Element[];
}

export interface ExtractOptions {
  /**
   * Extra hiding test for live pages, e.g. `(el) => !el.checkVisibility()`. Markup hiding
   * ([hidden], aria-hidden, inline display:none) is always applied. Called once per element.
   */
  isHidden?: (el: Element) => boolean;
}

/** How much a character of furniture text costs against a character of paragraph text. */
const BAD_WEIGHT = 1;
/** How much paragraph text inside furniture (comments, sidebars) costs a container holding it. */
const NEG_WEIGHT = 1.25;
/**
 * Least paragraph text (characters) for a page to count as an article: more when the best
 * container is furniture itself (a footer's "about us"), or sits inside a flagged container.
 */
const MIN_GOOD = 250;
const MIN_GOOD_IN_FURNITURE = 400;
const MIN_GOOD_FURNITURE = 1000;

/** Blocks that hold a single paragraph or line, never a whole article. */
const LEAF_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'dt', 'dd', 'caption', 'figcaption', 'br', 'hr']);

/** Paragraph text, less furniture, favouring containers marked up or named as the body. */
function rootScore(el: Element, s: Stats): number {
  let score = s.good - NEG_WEIGHT * s.negGood - BAD_WEIGHT * s.bad;
  if (score <= 0) return score;
  if (s.inNegative) score *= 0.3;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /articlebody/i.test(itemprop)) score *= 1.3;
  else if (tagOf(el) === 'article') score *= 1.1;
  else {
    const hint = hintOf(el);
    if (hint !== '' && POSITIVE.test(hint)) score *= 1.1;
  }
  return score;
}

/**
 * Inside (or itself) a reader-comments section. Only containers of about the candidate's size
 * count: page wrappers carry all sorts of class names.
 */
function inComments(el: Element, stats: Map<Element, Stats>): boolean {
  const size = stats.get(el)?.text ?? 0;
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    if ((stats.get(e)?.text ?? 0) > size * 2) break;
    const hint = hintOf(e);
    if (hint !== '' && COMMENTS.test(hint)) return true;
  }
  return false;
}

/** The container with the best score (the first, innermost one on ties). */
function chooseRoot(stats: Map<Element, Stats>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of stats) {
    if (s.good === 0) continue;
    const tag = tagOf(el);
    if (LEAF_BLOCKS.has(tag) || !isBlock(el, tag)) continue;
    const score = rootScore(el, s);
    if (score > bestScore && !inComments(el, stats)) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

/** The article on the page, or null when the page has no article. */
export function findArticle(doc: Document, options: ExtractOptions = {}): ArticleInfo | null {
  const it = findArticleSteps(doc, options);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/** The same, in steps that yield now and then (for huge live pages). */
export function* findArticleSteps(doc: Document, options: ExtractOptions = {}): Generator<void, ArticleInfo | null> {
  const body = doc.body;
  if (!body) return null;
  const { stats, headings } = yield* measureSteps(body, options.isHidden);
  yield;
  const root = chooseRoot(stats);
  if (!root) return null;
  const rs = stats.get(root);
  if (!rs) return null;
  const need = rs.negative ? MIN_GOOD_FURNITURE : rs.inNegative ? MIN_GOOD_IN_FURNITURE : MIN_GOOD;
  if (rs.good < need) return null;
  const excluded = findNoise(root, stats);
  const title = findTitle(doc, root, headings);
  if (title.element && root.contains(title.element) && !excluded.some((e) => e.contains(title.element))) {
    excluded.push(title.element);
  }
  return { title: title.title, titleElement: title.element, root, excluded };
}

/**
 * The article text: root's text minus excluded subtrees, hidden and non-text elements,
 * one line per block, whitespace collapsed within lines.
 */
export function articleText(info: ArticleInfo, options: ExtractOptions = {}): string {
  const excluded = new Set(info.excluded);
  const hidden = options.isHidden;
  return buildTextMap(info.root, { exclude: (el) => excluded.has(el) || Boolean(hidden?.(el)) }).text;
}
