import { shownClaims } from '../claims/shown';
import type { Mention } from '../engine/types';
import { readArticleSteps } from '../dom/article';
import { createHighlighter, highlightSupport, installHighlightStyles, type HighlightGroup } from '../dom/highlighter';
import { rangeFor } from '../dom/text-map';
import type { CorrectionHandlers } from '../../components/CorrectionPanel';
import type { AnnotateResult } from '../protocol';
import type { Settings } from '../settings-model';
import { attachCards } from './cards';
import { mapSteps, runSliced } from './slice';

export interface AnnotatorDeps {
  annotate(req: { url: string; title: string; text: string }): Promise<AnnotateResult>;
  /** Readers' corrections from a card (absent: the card offers none). */
  corrections?: CorrectionHandlers;
  /** Opens the side panel on a note target ("entity:<id>", "claim:<key>"), with its note box when `note` (absent: no buttons). */
  openPanel?: (target: string, note?: boolean) => void;
  /** Told the article's element once it is found (the page watcher watches it closely). */
  onArticle?: (root: Element) => void;
  /** Called when the open card closes (a correction made in it then takes effect). */
  onCardClosed?: () => void;
  log?: (msg: string) => void;
}


/** Which mentions to draw, given the reader's settings. */
export function visibleMentions(mentions: readonly Mention[], settings: Settings): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (!m.highlight) return false;
    const kind = m.entityId ? m.type : 'unknown';
    if (!settings.kinds[kind]) return false;
    if (settings.mentions === 'first') {
      const key = m.entityId ?? m.groupKey ?? m.text;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  });
}



/**
 * Annotates the article in `doc`: finds it, asks the background for names, highlights them
 * and runs the cards (hover, keyboard, touch). Returns a function that removes every trace.
 */
export async function annotatePage(doc: Document, settings: Settings, deps: AnnotatorDeps, signal: AbortSignal): Promise<() => void> {
  const win = doc.defaultView!;
  const support = highlightSupport(win as unknown as { CSS?: unknown; Highlight?: unknown });
  if (!support) {
    deps.log?.('Backstory: this browser has no CSS Custom Highlight API; highlights are off.');
    return () => {};
  }
  const article = await runSliced(readArticleSteps(doc), { signal });
  if (!article) return () => {};
  const { info, map } = article;
  deps.onArticle?.(info.root);
  const result = await deps.annotate({ url: doc.location?.href ?? '', title: info.title, text: map.text });
  if (signal.aborted) return () => {};
  if (result.warning) deps.log?.(`Backstory: ${result.warning}`);

  const mentions = visibleMentions(result.mentions, settings).sort((a, b) => a.start - b.start);
  const ranges = await runSliced(mapSteps(mentions, (m) => rangeFor(map, m.start, m.end)), { signal });
  const groups = new Map<string, Range[]>();
  mentions.forEach((m, i) => {
    const r = ranges[i];
    if (!r) return;
    const kind = m.entityId ? m.type : 'unknown';
    const list = groups.get(kind);
    if (list) list.push(r);
    else groups.set(kind, [r]);
  });
  // Claims: a quiet underline on the sentence or quotation, under the names' fills.
  const claims = settings.claims ? shownClaims(result.claims) : [];
  const claimRanges = claims.map((c) => rangeFor(map, c.start, c.end));
  const claimGroup = claimRanges.filter((r): r is Range => r !== null);
  if (claimGroup.length) groups.set('claim', claimGroup);
  const baseGroups = [...groups].map(([kind, rs]): HighlightGroup => ({ kind, ranges: rs }));
  const removeStyles = installHighlightStyles(doc);
  const highlighter = createHighlighter(support.registry, support.Ctor);
  highlighter.draw(baseGroups);

  const detachCards = attachCards(
    { doc, map, mentions, ranges, claims, claimRanges, result, highlighter, baseGroups },
    settings,
    deps,
    signal,
  );

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    detachCards();
    highlighter.clear();
    removeStyles();
  };
  signal.addEventListener('abort', remove, { once: true });
  return remove;
}
