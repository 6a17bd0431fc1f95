/**
 * The article-extraction benchmark's metric: 4-token shingles compared as multisets,
 * per-page TP/FP/FN normalised by their sum, precision and recall averaged over pages,
 * F1 from the two averages. Pure string code (no DOM).
 */

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Runs of word characters: letters, numbers and underscore (Unicode), as Python's `\w+`. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Consecutive n-token sequences as a multiset; a text shorter than n gives one short shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised TP/FP/FN of one page (all zero when both texts have no tokens). */
export function pageCounts(truth: string, predicted: string, n = 4): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function pagePrecision(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}

export function pageRecall(c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}

/**
 * Mean precision over pages with a prediction, mean recall over pages with a truth;
 * a page where both texts are empty counts 1 in both.
 */
export function aggregate(pages: PageCounts[]): Scores {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const c of pages) {
    const bothEmpty = c.tp + c.fp + c.fn === 0;
    if (bothEmpty || c.tp + c.fp > 0) ps.push(pagePrecision(c));
    if (bothEmpty || c.tp + c.fn > 0) rs.push(pageRecall(c));
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
