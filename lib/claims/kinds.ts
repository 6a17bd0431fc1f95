/**
 * Which kinds a piece of text is: a statistic (a number that states a quantity, not a year or a
 * small word count), a comparison ("more than", "the largest", "-est", "fewer", "compared
 * with") or a prediction ("will", "is expected to", "forecast", "could reach").
 */

import type { ClaimKind, ClaimNumber } from './types';

const NOT_SUPERLATIVE = new Set(
  ('west midwest southwest northwest rest unrest interest protest forest request test latest guest honest modest ' +
    'arrest contest chest nest quest suggest invest harvest digest manifest conquest pest vest jest crest zest lest ' +
    'behest earnest inquest priest attest detest infest wrest') .split(' '),
);

const COMPARISON = [
  /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|cheaper|older|younger|stronger|weaker|richer|poorer)\s+than\b/i,
  /\bcompared\s+(?:with|to)\b|\bin\s+comparison\s+(?:with|to)\b|\brelative\s+to\b/i,
  /\b(?:the|its|their|his|her|our|Europe’s|world’s)\s+(?:most|least|best|worst)\b/i,
  /\b(?:twice|three\s+times|double|triple|half)\s+(?:as|the)\b/i,
  /\b(?:up|down)\s+from\b|\boutnumber|\boutpace|\bsurpass|\bexceed/i,
  /\b(?:most|majority|minority|half|a\s+third|a\s+quarter|two-thirds|three-quarters)\s+of\b/i,
  /\bas\s+(?!well\b|soon\b|long\b|far\b|part\b|if\b|though\b|a\b|the\b)\w+\s+as\b/i,
];

const PREDICTION = [
  /\b(?:will|won[’']t|shall)\b(?!\s+of\b)/i,
  /\b(?:is|are|was|were)\s+(?:expected|projected|forecast|predicted|likely|set|due|poised|on\s+track)\s+to\b/i,
  /\b(?:expects?|expected|expecting)\s+(?:\p{L}+\s+){0,3}?to\b/iu,
  /\b(?:is|are|was|were)\s+(?:planned|scheduled)\b/i,
  /\bforecasts?\b|\bforecasted\b|\bprojections?\b|\bpredict(?:s|ed|ion)?\b|\boutlook\b/i,
  /\b(?:could|might|may|would)\s+(?:soon\s+|still\s+|also\s+|well\s+)?(?:reach|rise|fall|hit|top|exceed|double|climb|spread|grow|increase|decrease|drop|collapse|cost|lose|end|lead|spark|trigger|worsen|surge|shrink|slow|halt|stop|close|cut|damage|hurt)\b/i,
  /\bby\s+(?:the\s+end\s+of\s+)?20[3-9]\d\b|\bgoing\s+to\b|\bwould\s+(?:reach|rise|fall|hit)\b/i,
];

/** "political will", "the will of the people": the noun, not the future. */
const WILL_NOUN = /\b(?:political|the|good|free|own|his|her|their|its|our|popular)\s+will\b/gi;

function superlative(text: string): boolean {
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
  if (COMPARISON.some((re) => re.test(text)) || superlative(text) || numbers.some((n) => n.unit === 'rank')) kinds.push('comparison');
  const futureText = text.replace(WILL_NOUN, ' ');
  if (PREDICTION.some((re) => re.test(futureText))) kinds.push('prediction');
  return kinds;
}
