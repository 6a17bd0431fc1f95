import type { AnnotateResult } from '../../lib/protocol';

/** An AnnotateResult with nothing in it, any field replaced. */
export function result(over: Partial<AnnotateResult> = {}): AnnotateResult {
  return { mentions: [], claims: [], entities: {}, contexts: {}, candidates: {}, noteCounts: {}, flags: {}, packVersion: null, ...over };
}
