/** The claims engine's public types (re-exported by index.ts). */

export type ClaimKind = 'statistic' | 'quote' | 'attributed' | 'comparison' | 'prediction';

export interface ClaimNumber {
  value: number;
  /** "count", "%", "rank", a currency code ("USD") or a measure ("km"). */
  unit: string;
  text: string;
  start: number;
  end: number;
  /** What is counted: "children", "countries". */
  counted?: string;
}

export interface Claim {
  /** The claim's sentence, or the quotation span (marks included) for quotes; offsets into the article text. */
  text: string;
  start: number;
  end: number;
  /** Main kind, and all kinds that apply. */
  kind: ClaimKind;
  kinds: ClaimKind[];
  /** Check-worthiness, 0..1. */
  score: number;
  speaker: { entityId: string | null; name: string; start?: number; end?: number } | null;
  numbers: ClaimNumber[];
  /** The stated source: "Ukrainian authorities", "the UN". */
  source: string | null;
  /** Ids of matched Context entries, strongest first; matched only for claims that are shown (quotes, score >= CLAIM_THRESHOLD). */
  contexts: string[];
}
