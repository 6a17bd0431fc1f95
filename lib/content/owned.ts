/** Marks the nodes Backstory adds to a page, so its own changes are never mistaken for the page's. */
export const OWNED_ATTR = 'data-backstory-owned';

/** True for a node Backstory added (or anything inside one). */
export function isOwned(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest?.(`[${OWNED_ATTR}]`));
}
