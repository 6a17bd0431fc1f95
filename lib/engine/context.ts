/** Per-article helpers shared by the passes: word-bounded search, sentence starts, preceding words. */
import {
  codesToString, F_SPACE, F_UPPER, F_WORD, flagsOf, NEWLINE, normalizeText, type NormalizedText,
} from './normalize';
import { ABBREVIATIONS } from './words';

const SENTENCE_END = new Set(['.', '!', '?', ':', ';'].map((c) => c.charCodeAt(0)));
const PERIOD = 0x2e;
const QUOTE = 0x22;
const DASH = 0x2d;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPENERS = new Set(['"', "'", '(', '[', '-', '*', '•'].map((c) => c.charCodeAt(0)));

export class ArticleContext {
  readonly norm: NormalizedText;
  private str: string | undefined;
  private readonly found = new Map<string, number[]>();
  private words: Map<string, number[]> | undefined;
  private readonly before = new Map<number, string[]>();

  constructor(readonly text: string) {
    this.norm = normalizeText(text);
  }

  get normString(): string {
    return (this.str ??= codesToString(this.norm.codes));
  }

  isWordAt(i: number): boolean {
    return i >= 0 && i < this.norm.flags.length && (this.norm.flags[i]! & F_WORD) !== 0;
  }

  /** Start offsets of a normalized key occurring on word boundaries (cached per key). */
  occurrences(key: string): number[] {
    let hits = this.found.get(key);
    if (hits) return hits;
    hits = [];
    const s = this.normString;
    let head = 0;
    while (head < key.length && flagsOf(key.charCodeAt(head)) & F_WORD) head++;
    if (head === 0) {
      for (let at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
        if (!this.isWordAt(at - 1) && !this.isWordAt(at + key.length)) hits.push(at);
      }
    } else {
      // Look the key's first word up in the word index, then check the rest in place.
      for (const at of this.wordIndex().get(key.slice(0, head)) ?? []) {
        if (head === key.length || (s.startsWith(key, at) && !this.isWordAt(at + key.length))) hits.push(at);
      }
    }
    this.found.set(key, hits);
    return hits;
  }

  /** Normalized word → start offsets, built once per article on first use. */
  private wordIndex(): Map<string, number[]> {
    if (this.words) return this.words;
    const index = new Map<string, number[]>();
    const { flags } = this.norm;
    const s = this.normString;
    const n = flags.length;
    let i = 0;
    while (i < n) {
      if (!(flags[i]! & F_WORD)) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && flags[i]! & F_WORD) i++;
      const w = s.slice(start, i);
      const list = index.get(w);
      if (list) list.push(start);
      else index.set(w, [start]);
    }
    return (this.words = index);
  }

  /** True when only openers and spaces separate `pos` from a sentence end, a line start or the text start. */
  sentenceInitial(pos: number): boolean {
    const { codes, flags } = this.norm;
    for (let i = pos - 1; i >= 0; i--) {
      const c = codes[i]!;
      if (c === NEWLINE) return true;
      if (SENTENCE_END.has(c)) return !(c === PERIOD && this.abbreviationBefore(i));
      if (c === QUOTE && this.quoteOpensSentence(i)) return true;
      if (c === DASH && this.datelineDash(i)) return true;
      if (flags[i]! & F_SPACE || OPENERS.has(c)) continue;
      return false;
    }
    return true;
  }

  /** `voters, "Look what...`: an opening quote after a comma or colon starts a quoted sentence. */
  private quoteOpensSentence(q: number): boolean {
    const { codes, flags } = this.norm;
    if (q === 0 || !(flags[q - 1]! & F_SPACE)) return false;
    let i = q - 1;
    while (i >= 0 && flags[i]! & F_SPACE && codes[i] !== NEWLINE) i--;
    return i >= 0 && (codes[i] === COMMA || codes[i] === COLON);
  }

  /** `VIENNA - The`, `PanARMENIAN.Net - Verified`: a spaced dash early in a line closes a dateline. */
  private datelineDash(d: number): boolean {
    const { codes, flags } = this.norm;
    if (d === 0 || !(flags[d - 1]! & F_SPACE) || !(flags[d + 1]! & F_SPACE)) return false;
    let i = d - 1;
    while (i >= 0 && codes[i] !== NEWLINE) i--;
    const before = d - i - 1;
    return before > 1 && before <= 60;
  }

  /** Whether the period at `dot` closes an abbreviation ("Mr.") or an initial ("W.") rather than a sentence. */
  abbreviationBefore(dot: number): boolean {
    const { flags } = this.norm;
    let i = dot - 1;
    while (i >= 0 && flags[i]! & F_WORD) i--;
    const word = this.normString.slice(i + 1, dot);
    if (word.length === 1) return (flags[i + 1]! & F_UPPER) !== 0;
    return ABBREVIATIONS.has(word);
  }

  /**
   * Up to `count` normalized words before `pos`, nearest first, without crossing a sentence end
   * or line break. Punctuation other than spaces between words stops the walk too.
   */
  wordsBefore(pos: number, count: number): string[] {
    const cacheKey = pos * 8 + count;
    const cached = this.before.get(cacheKey);
    if (cached) return cached;
    const { codes, flags } = this.norm;
    const out: string[] = [];
    this.before.set(cacheKey, out);
    let i = pos - 1;
    while (out.length < count) {
      while (i >= 0 && codes[i] !== NEWLINE && flags[i]! & F_SPACE) i--;
      if (i < 0 || !(flags[i]! & F_WORD)) {
        // allow the period of an abbreviation such as "Mr." or "Dr."
        if (i >= 1 && codes[i] === 0x2e && flags[i - 1]! & F_WORD && out.length === 0) {
          const end = i;
          i--;
          while (i >= 0 && flags[i]! & F_WORD) i--;
          out.push(this.normString.slice(i + 1, end));
          continue;
        }
        break;
      }
      const end = i + 1;
      while (i >= 0 && flags[i]! & F_WORD) i--;
      out.push(this.normString.slice(i + 1, end));
    }
    return out;
  }

  /** Whether any occurrence of `key` lies within `window` units of [start, end). */
  near(key: string, start: number, end: number, window: number): boolean {
    const hits = this.occurrences(key); // ascending
    const from = start - window - key.length;
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < hits.length && hits[lo]! <= end + window;
  }
}
