/**
 * Runs work in slices so no task blocks the page for long: a generator does the work and
 * yields now and then; between slices the page's own tasks (input, paint) get their turn.
 */
export interface SliceOptions {
  /** Longest slice, in ms (well under the 50 ms long-task line). */
  budgetMs?: number;
  signal?: AbortSignal;
  now?: () => number;
  pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function runSliced<T>(steps: Generator<void, T>, opts: SliceOptions = {}): Promise<T> {
  const budget = opts.budgetMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? macrotask;
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= budget) {
      await pause();
      if (opts.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      start = now();
    }
  }
}

/** Maps `items` through `fn` in slices. */
export function* mapSteps<A, B>(items: readonly A[], fn: (a: A, i: number) => B, every = 200): Generator<void, B[]> {
  const out: B[] = new Array<B>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i]!, i);
    if (i % every === every - 1) yield;
  }
  return out;
}
