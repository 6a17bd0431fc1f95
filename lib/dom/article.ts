import { findArticle, type ArticleInfo } from './extract';
import { buildTextMap, type TextMap } from './text-map';

export interface ReadArticle {
  info: ArticleInfo;
  map: TextMap;
}

/**
 * The article of a document and its text map: the one path from a page to the text the
 * engine reads, shared by the content script (live DOM) and the CLI (a DOM built in Node).
 * The headline is included when it stands outside the article's body element.
 */
export function readArticle(doc: Document): ReadArticle | null {
  const info = findArticle(doc);
  if (!info) return null;
  const excluded = new Set(info.excluded);
  const head = info.titleElement;
  let roots: Element[] = [info.root];
  if (head) {
    // The headline is read too: in place when it sits inside the body, before it otherwise.
    if (info.root.contains(head)) excluded.delete(head);
    else if (!head.contains(info.root)) roots = [head, info.root];
  }
  const map = buildTextMap(roots, { exclude: (el) => excluded.has(el) });
  return { info, map };
}
