import { findArticle, findArticleSteps, type ArticleInfo } from './extract';
import { buildTextMap, textMapSteps, type BuildOptions, type TextMap } from './text-map';

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
  const { roots, opts } = mapInput(info);
  return { info, map: buildTextMap(roots, opts) };
}

/** The same, with the text map built in steps (for huge live pages; see lib/content/slice.ts). */
export function* readArticleSteps(doc: Document): Generator<void, ReadArticle | null> {
  const info = yield* findArticleSteps(doc);
  if (!info) return null;
  yield;
  const { roots, opts } = mapInput(info);
  return { info, map: yield* textMapSteps(roots, opts) };
}

function mapInput(info: ArticleInfo): { roots: Element[]; opts: BuildOptions } {
  const excluded = new Set(info.excluded);
  const head = info.titleElement;
  let roots: Element[] = [info.root];
  if (head) {
    // The headline is read too: in place when it sits inside the body, before it otherwise.
    if (info.root.contains(head)) excluded.delete(head);
    else if (!head.contains(info.root)) roots = [head, info.root];
  }
  return { roots, opts: { exclude: (el) => excluded.has(el) } };
}
