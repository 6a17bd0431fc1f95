/**
 * Finds the article in a page. First version: the element with the most paragraph text,
 * preferring <article> and <main>; the article-detection issue replaces it with a scored
 * detector measured on real pages.
 */
export interface ArticleInfo {
  title: string;
  titleElement: Element | null;
  root: Element;
  excluded: Element[];
}

const NOISE = /(^|[\s_-])(nav|menu|footer|header|comment|related|promo|share|social|newsletter|advert|ad|sidebar|breadcrumb)s?($|[\s_-])/i;

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += (p.textContent ?? '').trim().length;
  return n;
}

export function findArticle(doc: Document): ArticleInfo | null {
  const body = doc.body;
  if (!body) return null;
  const candidates = [...body.querySelectorAll('article, main, [itemprop="articleBody"], div, section')];
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    const own = paragraphText(el);
    if (own < 200) continue;
    const hint = `${el.id} ${el.className}`;
    let score = own;
    if (el.tagName === 'ARTICLE' || el.getAttribute('itemprop') === 'articleBody') score *= 1.3;
    if (NOISE.test(hint)) score *= 0.3;
    // Prefer the tightest container: a parent must add text to win.
    if (score > bestScore * 1.1 || (best && el.contains(best) === false && score > bestScore)) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  const titleElement = best.querySelector('h1') ?? doc.querySelector('h1');
  const title = (titleElement?.textContent ?? doc.title).trim();
  const excluded = [...best.querySelectorAll('nav, aside, footer, figcaption, form, [class*="related"], [class*="share"], [class*="comment"]')];
  return { title, titleElement, root: best, excluded };
}
