/**
 * Which kinds a piece of text is: a statistic (a number that states a quantity, not a year or a
 * small word count), a comparison ("more than", "the largest", "-est", "fewer", "compared
 * with") or a prediction ("will", "is expected to", "forecast", "could reach").
 */

import { foldCase, hasAny } from './chars';
import type { ClaimKind, ClaimNumber } from './types';

const NOT_SUPERLATIVE = new Set(
  ('west midwest southwest northwest rest unrest interest protest forest request test latest guest honest modest ' +
    'arrest contest chest nest quest suggest invest harvest digest manifest conquest pest vest jest crest zest lest ' +
    'behest earnest inquest priest attest detest infest wrest') .split(' '),
);

/** Each pattern with words one of which it needs (lowercased), a cheap pre-check before running it. */
const COMPARISON: ReadonlyArray<[readonly string[], RegExp]> = [
  [['than'], /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|cheaper|older|younger|stronger|weaker|richer|poorer)\s+than\b/i],
  [['compar', 'relative'], /\bcompared\s+(?:with|to)\b|\bin\s+comparison\s+(?:with|to)\b|\brelative\s+to\b/i],
  [['most', 'least', 'best', 'worst'], /\b(?:the|its|their|his|her|our|Europe’s|world’s)\s+(?:most|least|best|worst)\b/i],
  [['twice', 'three', 'double', 'triple', 'half'], /\b(?:twice|three\s+times|double|triple|half)\s+(?:as|the)\b/i],
  [['from', 'outnumber', 'outpace', 'surpass', 'exceed'], /\b(?:up|down)\s+from\b|\boutnumber|\boutpace|\bsurpass|\bexceed/i],
  [['most', 'majority', 'minority', 'half', 'third', 'quarter'], /\b(?:most|majority|minority|half|a\s+third|a\s+quarter|two-thirds|three-quarters)\s+of\b/i],
  [['beat', 'miss', 'exceeded', 'topped'], /\b(?:beat|beats|missed|misses|exceeded|topped)\s+(?:\p{L}+\s+)?(?:forecasts?|expectations?|estimates?|targets?)\b/iu],
  [['one'], /\bone\s+of\s+the\s+(?:first|last|only|few|largest|biggest|most|least)\b/i],
  [['record'], /\b(?:a|its|their|the)\s+record\s+(?:\p{L}+\s+)?(?:highs?|lows?|levels?)\b|\brecord\s+(?:\p{L}+\s+)?(?:highs?|lows?)\b/iu],
  [['as'], /\bas\s+(?!well\b|soon\b|long\b|far\b|part\b|if\b|though\b|a\b|the\b)\w+\s+as\b/i],
];

const PREDICTION: ReadonlyArray<[readonly string[], RegExp]> = [
  [['will', 'won', 'shall'], /\b(?:will|won[’']t|shall)\b(?!\s+of\b)/i],
  [['expected', 'projected', 'forecast', 'predicted', 'likely', 'set', 'due', 'poised', 'track'], /\b(?:is|are|was|were)\s+(?:expected|projected|forecast|predicted|likely|set|due|poised|on\s+track)\s+to\b/i],
  [['expect'], /\b(?:expects?|expected|expecting)\s+(?:\p{L}+\s+){0,3}?to\b/iu],
  [['planned', 'scheduled'], /\b(?:is|are|was|were)\s+(?:planned|scheduled)\b/i],
  [['forecast', 'projection', 'predict', 'outlook'], /\bforecasts?\b|\bforecasted\b|\bprojections?\b|\bpredict(?:s|ed|ion)?\b|\boutlook\b/i],
  [['could', 'might', 'may', 'would', 'should'], /\b(?:could|might|may|would|should)\s+(?:soon\s+|still\s+|also\s+|well\s+)?(?:reach|rise|fall|hit|top|exceed|double|climb|spread|grow|increase|decrease|drop|collapse|cost|lose|end|lead|spark|trigger|worsen|surge|shrink|slow|halt|stop|close|cut|damage|hurt|keep|remain|stay)\b/i],
  [['by', 'going', 'would'], /\bby\s+(?:the\s+end\s+of\s+)?20[3-9]\d\b|\bgoing\s+to\b|\bwould\s+(?:reach|rise|fall|hit)\b/i],
];

/** "political will", "the will of the people": the noun, not the future. */
const WILL_NOUN = /\b(?:political|the|good|free|own|his|her|their|its|our|popular)\s+will\b/gi;
/** "… said Will Moy": inside a sentence, a capitalised Will before a capitalised word is a name. */
const WILL_NAME = /(?<=\S\s+)Will(?=\s+\p{Lu})/gu;

/** \w as the patterns below (flags giu) see it: ASCII word characters, "ſ" and the Kelvin sign. */
const isWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x17f || c === 0x212a;

/**
 * A pre-check: both patterns need "est" (any case, or "eſt") before a word boundary. Lowercasing
 * never shortens a text, so where folded is as long as text their characters stand at the same
 * places; otherwise the answer is yes.
 */
function estBeforeBoundary(text: string, folded: string): boolean {
  if (folded.length !== text.length) return folded.includes('est');
  for (let i = folded.indexOf('est'); i >= 0; i = folded.indexOf('est', i + 1)) if (i + 3 >= text.length || !isWordChar(text.charCodeAt(i + 3))) return true;
  return false;
}

function superlative(text: string, folded: string): boolean {
  if (!estBeforeBoundary(text, folded)) return false;
  const copula = /\b(?:is|are|was|were|be|been|remains?|remained)\s+([\p{L}]{3,}est)\b/giu;
  for (let m = copula.exec(text); m; m = copula.exec(text)) if (!NOT_SUPERLATIVE.has(m[1]!.toLowerCase())) return true;
  const re = /\b(?:the|its|their|his|her|our|[\p{Lu}][\p{L}]+[’']s)\s+(?:[\p{L}-]+\s+)?([\p{L}]{3,}est)\b/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NOT_SUPERLATIVE.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** A number that states a quantity strongly enough to make a statistic. */
export function isStatistic(n: ClaimNumber): boolean {
  if (n.unit === 'age') return false;
  if (n.unit !== 'count') return true;
  return /\d/.test(n.text) || n.value >= 10;
}

export function kindsOf(text: string, numbers: readonly ClaimNumber[]): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  if (numbers.some(isStatistic)) kinds.push('statistic');
  // a word a pattern needs stands in the text, and in it with "the will" removed, lowercased
  const folded = foldCase(text);
  if (COMPARISON.some(([w, re]) => hasAny(folded, w) && re.test(text)) || superlative(text, folded) || numbers.some((n) => n.unit === 'rank')) kinds.push('comparison');
  const futureText = folded.includes('will') ? text.replace(WILL_NOUN, ' ').replace(WILL_NAME, ' ') : text;
  if (PREDICTION.some(([w, re]) => hasAny(folded, w) && re.test(futureText))) kinds.push('prediction');
  return kinds;
}
