import { SKIP_TAGS, isBlock, isHidden, tagOf } from './dom-util.ts';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The visible text of `root` without the `excluded` subtrees: one line per block element,
 * whitespace collapsed within each line, empty lines dropped.
 */
export function blockText(
  root: Element,
  excluded: ReadonlySet<Element>,
  hidden?: (el: Element) => boolean,
): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += (child as Text).data;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = tagOf(el);
      if (SKIP_TAGS.has(tag) || excluded.has(el) || isHidden(el) || hidden?.(el)) continue;
      if (isBlock(el, tag)) {
        flush();
        visit(el);
        flush();
      } else {
        visit(el);
      }
    }
  };
  visit(root);
  flush();
  return lines.join('\n');
}
