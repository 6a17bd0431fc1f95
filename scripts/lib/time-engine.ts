/**
 * Times the two engine steps the background worker runs on an article's text — names (the spotter) then claims —
 * page by page, as lib/background/service.ts calls them. Per page and step, the least time over `rounds` timed
 * rounds after one warm-up round, per 1,000 words (`k`: the page's thousands of words, at least 1): on a shared
 * machine other processes only ever add time, so the minimum is the steadiest estimate of each step's cost.
 * Used by the pipeline bench in its own thread (the shipped bundle) and in the main thread (the sources).
 */
import type { findClaims as FindClaims } from '../../lib/claims/index';
import type { Context } from '../../lib/kb/types';
import type { Spotter } from '../../lib/engine/spotter';

export interface PageText {
  id: string;
  text: string;
  /** The page's thousands of words, at least 1. */
  k: number;
}

export interface EngineTimes {
  /** Per page id: the least ms per 1,000 words of each step. */
  best: Record<string, { spot: number; claims: number }>;
  mentions: number;
  claims: number;
}

export function timeEngine(spotter: Spotter, findClaims: typeof FindClaims, contexts: readonly Context[], pages: readonly PageText[], rounds: number): EngineTimes {
  const best: EngineTimes['best'] = {};
  for (const p of pages) best[p.id] = { spot: Infinity, claims: Infinity };
  let mentions = 0;
  let claims = 0;
  for (let round = 0; round <= rounds; round++) {
    for (const { id, text, k } of pages) {
      const b = performance.now();
      const found = spotter.find(text);
      const c = performance.now();
      const cl = findClaims(text, found, contexts);
      const d = performance.now();
      if (round === 0) {
        mentions += found.length;
        claims += cl.length;
        continue;
      }
      const r = best[id]!;
      r.spot = Math.min(r.spot, (c - b) / k);
      r.claims = Math.min(r.claims, (d - c) / k);
    }
  }
  return { best, mentions, claims };
}
