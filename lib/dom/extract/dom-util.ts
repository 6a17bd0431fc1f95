/** Small DOM predicates shared by the extraction modules (standard DOM only, works in Node DOMs). */

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'input', 'textarea', 'select',
  'iframe', 'object', 'embed', 'canvas', 'head', 'link', 'meta', 'option', 'datalist', 'dialog',
]);

/** Elements that flow inside a line of text; every other element (custom ones too) starts a new line. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'audio', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'img', 'ins', 'kbd', 'label', 'map', 'mark', 'nobr', 'picture', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'track', 'tt', 'u', 'var',
  'video', 'wbr', 'area', 'output', 'meter', 'progress',
]);

const WRAPPING_INLINE = new Set(['span', 'a', 'font']);

/** Elements that start a new line of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'html', 'br', 'legend', 'listing', 'xmp', 'plaintext',
]);

/**
 * Whether an element starts a new line of text. Unknown and custom elements count as blocks
 * when they hold a non-inline element (a `<story-body>` of paragraphs), else as inline.
 */
export function isBlock(el: Element, tag: string): boolean {
  if (BLOCK_TAGS.has(tag)) return true;
  if (INLINE_TAGS.has(tag)) {
    // A <span> or <a> wrapped around paragraphs acts as a block container.
    if (!WRAPPING_INLINE.has(tag)) return false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (BLOCK_TAGS.has(tagOf(c))) return true;
    }
    return false;
  }
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!INLINE_TAGS.has(tagOf(c))) return true;
  }
  return false;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Tag name in lower case (works for HTML and XHTML documents). */
export function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase();
}

/** Hidden by markup alone: [hidden], aria-hidden="true" or an inline display:none / visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length > 8 && HIDDEN_STYLE.test(style);
}

/** The class and id of an element as one lower-case string, for hint matching. */
export function hintOf(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}
