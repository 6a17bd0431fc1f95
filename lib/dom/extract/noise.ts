import { BLOCK_TAGS, tagOf } from './dom-util.ts';
import type { Stats } from './stats.ts';

const BOILERPLATE_LINE =
  /^(?:advertisement|advertising|advert|anzeige|publicité|publicidad|pubblicità|reklama|sponsored|ad|continue reading.*|read more.*|related.*|see also.*|share( this)?.*)$/i;

/**
 * Subtrees of `root` that are not article text: flagged furniture and link lists that hold
 * little of the article's paragraphs.
 */
export function findNoise(root: Element, stats: Map<Element, Stats>): Element[] {
  const rootStats = stats.get(root);
  if (!rootStats) return [];
  const out: Element[] = [];
  const keepAbove = Math.max(rootStats.good * 0.3, 1);
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const s = stats.get(c);
      if (!s || s.text === 0) continue;
      // Inline elements belong to the line they sit in.
      if (!BLOCK_TAGS.has(tagOf(c))) continue;
      if (s.negative && s.good < keepAbove) {
        out.push(c);
        continue;
      }
      if (s.good === 0) {
        const linky = s.link > s.text * 0.5;
        if (linky || (s.text < 40 && BOILERPLATE_LINE.test((c.textContent ?? '').trim()))) {
          out.push(c);
          continue;
        }
      }
      walk(c);
    }
  };
  walk(root);
  return out;
}
