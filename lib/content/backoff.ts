/**
 * How long to wait before reading a page again after `misses` readings in a row found no
 * article: the first few are free (an article may load late), then the wait doubles up to a
 * minute, so a busy web app without an article costs next to nothing.
 */
export function missBackoffMs(misses: number): number {
  if (misses < 3) return 0;
  return Math.min(60_000, 2000 * 2 ** (misses - 3));
}
