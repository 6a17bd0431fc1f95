/** Small text helpers for generated knowledge-base entries. Pure. */

/** Letters that Unicode normalisation does not decompose into a base letter plus a mark. */
const SPECIAL: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
  ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', ħ: 'h', Ħ: 'H',
};

/** Apostrophe-like marks used in romanised names (ʼ ‘ ’ ʻ and the ASCII one). */
const APOSTROPHES = /['‘’ʼʻ`´]/g;

/**
 * Removes diacritics from Latin letters: "Kraków" → "Krakow", "Łódź" → "Lodz". Other scripts are
 * left alone (a Cyrillic й or a kana with dakuten is a different letter, not an accented one).
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Script=Latin}/gu, (c) => SPECIAL[c] ?? c.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/** Country and place names that take "the" in running text: "the United States", "the Philippines". */
export function withArticle(name: string): string {
  const the =
    /(Islands|Republic|States|Kingdom|Emirates|Netherlands|Territory|Territories|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/.test(name) ||
    /^(Republic|Democratic Republic|Federated States|State|Holy See) /.test(name);
  return the ? `the ${name}` : name;
}

/** Upper-cases the first letter (for a sentence that starts with `withArticle`'s result). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Ends a sentence with one full stop: "Washington, D.C." stays as it is. */
export const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** True when a name carries the marks of an Arabic/Persian/Turkic romanisation rather than a local spelling. */
export function hasRomanisationMarks(text: string): boolean {
  return /[āēīōūḩḥţşẕḑḍṭẓ‘’ʼ]/i.test(text);
}

/** Plain English form of a romanised name: no diacritics, no apostrophes ("Tol’yatti" → "Tolyatti"). */
export function plainRomanised(text: string): string {
  return foldDiacritics(text).replace(APOSTROPHES, '');
}

/** ASCII kebab-case for ids: "Ho Chi Minh City" → "ho-chi-minh-city", "Xi'an" → "xian". */
export function kebab(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Key used to compare names loosely: folded, lower-case, apostrophes and punctuation dropped. */
export function nameKey(text: string): string {
  return kebab(text);
}

/** Deduplicates strings (exact match), keeping first occurrences, and drops those in `exclude`. */
export function uniqueStrings(values: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>(exclude);
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

/** "2797553" → "2.8 million"; "410000" → "410,000". */
export function roughPopulation(n: number): string {
  if (n >= 1_000_000) {
    const m = n / 1_000_000;
    return `${m >= 10 ? Math.round(m) : Math.round(m * 10) / 10} million`;
  }
  if (n >= 1000) return `${(Math.round(n / 1000) * 1000).toLocaleString('en-US')}`;
  return String(Math.max(10, Math.round(n / 10) * 10));
}

/** Maps a value on a log10 scale from [lo, hi] onto [outLo, outHi], clamped. */
export function logScale(value: number, lo: number, hi: number, outLo: number, outHi: number): number {
  const v = Math.log10(Math.max(value, 1));
  const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  return Math.round((outLo + t * (outHi - outLo)) * 1000) / 1000;
}
