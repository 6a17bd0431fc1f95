/**
 * Builds a DOM in Node for the CLI and benchmarks (linkedom: fast, no layout). Build-time and
 * tooling only: the extension itself works on the browser's live DOM.
 */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain-text article as a page: one paragraph per non-empty line, inside <article>. */
export function textToHtml(text: string): string {
  const paras = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escapeHtml(l)}</p>`);
  return `<!doctype html><html><head><title></title></head><body><article>${paras.join('\n')}</article></body></html>`;
}
