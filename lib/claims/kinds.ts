/**
 * Which kinds a piece of text is: a statistic (a number that states a quantity, not a year or a
 * small word count), a comparison ("more than", "the largest", "-est", "fewer", "compared
 * with") or a prediction ("will", "is expected to", "forecast", "could reach").
 */

import { foldCase, hasAny, isSpace } from './chars';
import type { ClaimKind, ClaimNumber } from './types';

/*
 * A pre-check shared by kinds, source and score: which word lists have a word standing at a word
 * start in the text. Every pattern guarded by a list needs one of its words right after \b or \s,
 * so a list without such a word means the pattern cannot match. One case-insensitive regular
 * expression anchored at \b finds them: only real word starts match (not "as" inside "was"), and
 * without lowercasing the text. Under the u flag "ſ" matches s, the Kelvin sign k, and both are
 * word characters; the only characters outside ASCII that case-fold to or count as ASCII word
 * characters. A text holding one of them is checked the old way (substrings of the folded text).
 * The same pass finds the words ending in "est" the superlative patterns need (see estRun).
 * Given the text's tokens from the sentence scan (scanSentence, with the tokens it marks), the
 * same is read from their edges and the marked tokens' insides instead (tokenBits), or a bit more.
 */
const lists: Array<readonly string[]> = [];
/** Each known word's lowerHash → the bits of the lists holding it or one of its prefixes. */
let bitsOf = new Map<number, number>();
let wordStart: RegExp | null = null;
let lastText: string | null = null;
let lastBits = 0;
/** Whether lastText may hold a superlative (see estRun). */
let lastEst = false;

/** The bit standing for a list of lowercase ASCII words in wordBits (at most 31 lists). */
export function wordList(words: readonly string[]): number {
  if (lists.length >= 31) throw new Error('too many word lists');
  lists.push(words);
  wordStart = null;
  lastText = null;
  return 1 << (lists.length - 1);
}

/**
 * The bits of the lists with a word at a word start in text (kept for the last text: kinds, source and score ask in turn).
 * `spans` and `marks`, when given with `source`, are the tokens of the text (see tokenBits), as offsets into source, the
 * string it was sliced from at `offset`: source is then read only at their edges and inside the marked ones, not by the
 * regular expression.
 */
export function wordBits(text: string, spans?: readonly number[], marks?: readonly number[], source?: string, offset = 0): number {
  if (text === lastText && wordStart) return lastBits;
  if (!wordStart) {
    const known = [...new Set(lists.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // a hash shared by two words gives both their bits: a bit too many only runs a pattern that then finds nothing
    bitsOf = new Map();
    for (const w of known) {
      const h = lowerHash(w, 0, w.length);
      bitsOf.set(h, (bitsOf.get(h) ?? 0) | lists.reduce((bits, l, i) => (l.some((p) => w.startsWith(p)) ? bits | (1 << i) : bits), 0));
    }
    // "est" ending a run of ASCII word characters, and "ſ" or the Kelvin sign anywhere, are found in the same pass
    // (without the u flag each of those two matches only itself)
    wordStart = new RegExp(`\\b(?:${known.join('|')})|est(?!\\w)|[ſ\u212a]`, 'gi');
    buildTrie(known);
  }
  if (spans && marks && source !== undefined) return tokenBits(text, source, spans, marks, offset);
  let bits = 0;
  let est = false;
  // longest word first at each start: a shorter word found there is a prefix of it, and no word starts inside it.
  // Each match is read from where it ends (no match array): a word found at a word start is the run of ASCII word
  // characters up to its end; "est" ends its run. Either way the search goes on after the run.
  wordStart.lastIndex = 0;
  while (wordStart.test(text)) {
    const end = wordStart.lastIndex;
    const c = text.charCodeAt(end - 1);
    if (c === 0x17f || c === 0x212a) return foldedBits(text);
    let from = end - 1;
    while (from > 0 && isAsciiWord(text.charCodeAt(from - 1))) from--;
    bits |= bitsOf.get(lowerHash(text, from, end)) ?? 0;
    // the run's end: an "est" there may start inside the word ("double" in "doublest")
    let to = end;
    while (isAsciiWord(text.charCodeAt(to))) to++;
    if (!est && estRun(text, to)) est = true;
    wordStart.lastIndex = to;
  }
  lastText = text;
  lastBits = bits;
  lastEst = est;
  return bits;
}

/**
 * The known words as a trie of lowercase ASCII letters: node n's child for letter l (0..25) is
 * trie[n * 26 + l] (0: none; the root is node 0), and nodeBits[n] the bits of the lists holding
 * the word that ends at node n.
 */
let trie = new Int32Array(26);
/**
 * The first three steps at once: for a token's first three characters as LETTER indices a, b and c (26: no ASCII
 * letter; c is 26 too where b is), tripleNode[(a * 27 + b) * 27 + c] the node reached (0: none, also where the
 * walk ended before) and tripleBits there the bits of the words ended on the way. Most tokens end their walk
 * within three letters ("the", "and", "for": no known word goes on from them), so few read on.
 */
let tripleNode = new Int32Array(27 * 27 * 27);
let tripleBits = new Int32Array(27 * 27 * 27);
/** 0..25 for an ASCII letter in any case, 26 for any other ASCII character. */
const LETTER = new Uint8Array(128).fill(26);
for (let l = 0; l < 26; l++) LETTER[0x41 + l] = LETTER[0x61 + l] = l;
let nodeBits = new Int32Array(1);

function buildTrie(known: readonly string[]): void {
  const children: number[][] = [[]];
  const bitsAt: number[] = [0];
  for (const w of known) {
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      const l = w.charCodeAt(i) - 0x61;
      if (l < 0 || l > 25) throw new Error(`not a lowercase ASCII word: ${w}`);
      let next = children[n]![l];
      if (next === undefined) {
        next = children.length;
        children[n]![l] = next;
        children.push([]);
        bitsAt.push(0);
      }
      n = next;
    }
    lists.forEach((l, i) => {
      if (l.includes(w)) bitsAt[n]! |= 1 << i;
    });
  }
  trie = new Int32Array(children.length * 26);
  children.forEach((c, n) => c.forEach((next, l) => (trie[n * 26 + l] = next)));
  nodeBits = Int32Array.from(bitsAt);
  tripleNode = new Int32Array(27 * 27 * 27);
  tripleBits = new Int32Array(27 * 27 * 27);
  /** The child of node n for LETTER index l (0 for none, and for l = 26). */
  const step = (n: number, l: number): number => (l < 26 ? trie[n * 26 + l]! : 0);
  for (let a = 0; a < 26; a++) {
    const first = trie[a]!;
    if (first === 0) continue;
    for (let b = 0; b <= 26; b++) {
      const second = step(first, b);
      for (let c = 0; c <= 26; c++) {
        const third = second && b < 26 ? step(second, c) : 0;
        const at = (a * 27 + b) * 27 + c;
        tripleNode[at] = third;
        tripleBits[at] = nodeBits[first]! | (second ? nodeBits[second]! : 0) | (third ? nodeBits[third]! : 0);
      }
    }
  }
}

/**
 * wordBits read from the text's tokens: text is source.slice(offset, offset + text.length), and `spans`
 * offsets [start, end, …] into source (tokenSpans) such that every letter and number of text stands inside
 * one that starts in the text and none of those ends past it (the tokens of source there, also with
 * quotations masked by '"', which no token holds; those starting elsewhere are skipped), and `marks`
 * (sorted; they may hold more, before and after) the starts of those that are not one run of ASCII
 * letters and digits (scanSentence). Source is read, at the same characters as the text (a flat string
 * reads faster than a slice). It finds what the regular expression finds, or more: a list's bit when one
 * of its words is a prefix (in any ASCII case) of a run of ASCII letters that starts after \b, and
 * whether a run of ASCII word characters passes estRun at its end. Such a run starts at an ASCII letter of
 * a token after a character that is no ASCII word character: at the token's start (or after "_", which no
 * token holds: a bit too many), or, in a marked token only, after a joiner or a character outside ASCII.
 * It ends at a token's end (or goes on over "_": estRun then reads a run too short, a superlative too
 * many) or, in a marked token, before such a character. A word read on past the text's end (a token
 * there ends at it) only adds bits. "ſ" and the Kelvin sign are letters, so in marked tokens: one sends
 * the text to foldedBits, as the regular expression does.
 */
function tokenBits(text: string, source: string, spans: readonly number[], marks: readonly number[], offset: number): number {
  const t = trie;
  const nb = nodeBits;
  const tn = tripleNode;
  const tb = tripleBits;
  let bits = 0;
  let est = false;
  // the first mark at or after the first token (marks may be those of a whole text): where the last search
  // of the same marks ended when no mark before it is at or after the first token and it is (a page's
  // sentences are read in order), else by halves from there
  let m = 0;
  if (spans.length) {
    let hi = marks.length;
    const first = spans[0]!;
    if (marks === hintMarks && hintMark <= hi && (hintMark === 0 || marks[hintMark - 1]! < first)) {
      m = hintMark;
      if (m < hi && marks[m]! < first) m++;
      else hi = m;
    }
    while (m < hi) {
      const mid = (m + hi) >> 1;
      if (marks[mid]! < first) m = mid + 1;
      else hi = mid;
    }
    hintMarks = marks;
    hintMark = m;
  }
  const end = offset + text.length;
  for (let k = 0; k < spans.length; k += 2) {
    const s = spans[k]!;
    if (s < offset) continue;
    if (s >= end) break;
    const e = spans[k + 1]!;
    while (m < marks.length && marks[m]! < s) m++;
    if (m < marks.length && marks[m] === s) {
      // each run of ASCII word characters inside the token
      let p = s;
      while (p < e) {
        const c = source.charCodeAt(p);
        if (c >= 0x80) {
          if (c === 0x17f || c === 0x212a) return foldedBits(text);
          p++;
          continue;
        }
        if (ASCII_WORD[c] === 0) {
          p++;
          continue;
        }
        bits |= runBits(source, p);
        let q = p + 1;
        while (q < e && isAsciiWord(source.charCodeAt(q))) q++;
        if (!est && estRun(source, q, offset)) est = true;
        p = q;
      }
      continue;
    }
    // inline: the first three letters leave most tokens (no known word goes on from them), and few end in "t".
    // The token's first character is ASCII; its second and third may be the characters after it (NaN at the
    // end: 26), and the third counts only after a second letter
    const c1 = source.charCodeAt(s + 1);
    const l1 = c1 < 0x80 ? LETTER[c1]! : 26;
    const c2 = source.charCodeAt(s + 2);
    const triple = (LETTER[source.charCodeAt(s)]! * 27 + l1) * 27 + (l1 < 26 && c2 < 0x80 ? LETTER[c2]! : 26);
    bits |= tb[triple]!;
    let node = tn[triple]!;
    if (node !== 0) {
      let i = s + 2;
      for (;;) {
        const d = (source.charCodeAt(++i) | 0x20) - 0x61;
        if (!(d >= 0 && d <= 25)) break;
        node = t[node * 26 + d]!;
        if (node === 0) break;
        bits |= nb[node]!;
      }
    }
    if (!est && (source.charCodeAt(e - 1) | 0x20) === 0x74 && estRun(source, e, offset)) est = true;
  }
  lastText = text;
  lastBits = bits;
  lastEst = est;
  return bits;
}

/** The marks tokenBits searched last, and where the search ended. */
let hintMarks: readonly number[] | null = null;
let hintMark = 0;

/** The bits of the lists with a word that is a prefix of the run of ASCII letters at i (none when text[i] is no ASCII letter). */
function runBits(text: string, i: number): number {
  const t = trie;
  let bits = 0;
  let node = 0;
  for (;;) {
    const d = (text.charCodeAt(i++) | 0x20) - 0x61;
    if (!(d >= 0 && d <= 25)) break;
    node = t[node * 26 + d]!;
    if (node === 0) break;
    bits |= nodeBits[node]!;
  }
  return bits;
}

/** A hash of text[from, to) with ASCII letters lowercased. */
function lowerHash(text: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 0x20)) | 0;
  return h;
}

/** [A-Za-z0-9_] (NaN past the end is none). */
const isAsciiWord = (c: number): boolean => c < 128 && ASCII_WORD[c] !== 0;

/** 1 for an ASCII letter, 2 for an ASCII digit or "_". */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : (c >= 0x30 && c <= 0x39) || c === 0x5f ? 2 : 0;

/**
 * Whether the run of ASCII word characters ending at `to` (text read from `start` on) ends with "est" (any case) and can end the word a
 * superlative pattern captures (flags giu, in a text without "ſ" or the Kelvin sign, so \b is the
 * edge of such a run). That word is letters ending in "est" at a \b, right after \s: it ends
 * where a run ends and holds the whole run. So the run is letters, after a character outside ASCII
 * (a letter the word may hold, or a space), or after an ASCII space, and then it is the whole
 * word: 6 letters or more, not one of NOT_SUPERLATIVE.
 */
function estRun(text: string, to: number, start = 0): boolean {
  if ((text.charCodeAt(to - 1) | 0x20) !== 0x74 || (text.charCodeAt(to - 2) | 0x20) !== 0x73 || (text.charCodeAt(to - 3) | 0x20) !== 0x65) return false;
  let from = to - 3;
  while (from > start) {
    const c = text.charCodeAt(from - 1);
    if (c >= 128 || !ASCII_WORD[c]) break;
    from--;
  }
  for (let i = from; i < to - 3; i++) if (ASCII_WORD[text.charCodeAt(i)] !== 1) return false;
  const before = from > start ? text.charCodeAt(from - 1) : -1;
  if (before >= 128) return true;
  if (before !== 0x20 && !(before >= 0x09 && before <= 0x0d)) return false;
  return to - from >= 6 && !NOT_SUPERLATIVE.has(text.slice(from, to).toLowerCase());
}

/** wordBits for a text holding "ſ" or the Kelvin sign: the lists' words as substrings of the folded text. */
function foldedBits(text: string): number {
  let bits = 0;
  const folded = foldCase(text);
  lists.forEach((l, i) => {
    if (hasAny(folded, l)) bits |= 1 << i;
  });
  lastText = text;
  lastBits = bits;
  lastEst = EST_END.test(text);
  return bits;
}

const NOT_SUPERLATIVE = new Set(
  ('west midwest southwest northwest rest unrest interest protest forest request test latest guest honest modest ' +
    'arrest contest chest nest quest suggest invest harvest digest manifest conquest pest vest jest crest zest lest ' +
    'behest earnest inquest priest attest detest infest wrest') .split(' '),
);

/**
 * A pattern with the bits of the word lists it needs a word of at a word start (see wordBits), a cheap pre-check
 * before running it (a pattern with the bits of several lists needs a word of each); and for a pattern with the
 * flags iu, whose \b and \p{L} run slowly, a pattern without the u flag that matches wherever it does, run first.
 * The pre-patterns hold literals every match holds (with "ſ" where the flags iu read an "s": the only character
 * outside ASCII that case-folds to a letter of them), and drop every \b, \p{L} and word before them.
 */
type Pattern = readonly [bits: number, pattern: RegExp, needs?: RegExp];

/**
 * Each pattern with words one of which it needs at a word start (see wordBits), a cheap pre-check before running it;
 * a pattern with the bits of several lists needs a word of each.
 */
/** "from" or "by" at a word start (source.ts asks it too: the lists are few, 31 at most). */
export const FROM_OR_BY = wordList(['from', 'by']);
/** Words seldom written: "going" ("going to") and the verbs of outdoing, one list for the two patterns that need them. */
const GOING_OR_OUTDOING = wordList(['going', 'outnumber', 'outpace', 'surpass', 'exceed']);

/** The comparisons written with "than" ("higher than", "more directly entangled than", "worse than"), read by thanComparison. */
export const THAN_COMPARISON = /\b(?:more|less|fewer)\s+(?:[a-z]+\s+){0,3}?than\b|\b(?!(?:rath|oth|wheth|eith|neith)er\b)[a-z]{2,}er\s+than\b|\b(?:worse|better)\s+than\b/i;
/** "than" at a word start (bit of wordBits): every THAN_COMPARISON match holds it. */
const THAN_WORD = wordList(['than']);
/** "than" in any ASCII case (flag i without u: no other character folds to these letters). */
const THAN_AT = /than/gi;
/** The words ending in "er" that THAN_COMPARISON's lookahead leaves out before "than". */
const NOT_COMPARATIVES = new Set(['rather', 'other', 'whether', 'either', 'neither']);

/**
 * THAN_COMPARISON.test(text), read by characters from each place "than" is written (any ASCII case): a
 * "than" with a word boundary after it and white space before, and before the white space a run of ASCII
 * letters that is the whole run of word characters there (a word boundary before it), either "worse", or
 * "more", "less" or "fewer", or of four letters or more ending in "er" but not one of NOT_COMPARATIVES;
 * or up to three runs of letters, each with white space before and after, between "than" and a "more",
 * "less" or "fewer".
 */
export function thanComparison(text: string): boolean {
  THAN_AT.lastIndex = 0;
  while (THAN_AT.test(text)) {
    const t = THAN_AT.lastIndex - 4;
    if (isAsciiWord(text.charCodeAt(t + 4))) continue;
    let e = t;
    for (let words = 0; words <= 3; words++) {
      // white space, then a run of ASCII letters before it
      const before = e;
      while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
      if (e === before) break;
      let b = e;
      while (b > 0 && ASCII_WORD[text.charCodeAt(b - 1)] === 1) b--;
      if (b === e || (b > 0 && isAsciiWord(text.charCodeAt(b - 1)))) break;
      const w = e - b <= 8 ? text.slice(b, e).toLowerCase() : '';
      if (w === 'more' || w === 'less' || w === 'fewer') return true;
      // (the word right before "than": a comparative)
      if (words === 0 && (w === 'worse' || (e - b >= 4 && (text.charCodeAt(e - 2) | 0x20) === 0x65 && (text.charCodeAt(e - 1) | 0x20) === 0x72 && !NOT_COMPARATIVES.has(w)))) return true;
      // a word between "more" and "than" has white space before it
      e = b;
    }
  }
  return false;
}

const COMPARISON: ReadonlyArray<Pattern> = [
  // "outperformed", "lags the market", "at the bottom of", "grew more expensive" (the comparisons with "than" are read apart)
  [
    wordList(['outperform', 'underperform', 'lag', 'top', 'bottom', 'becom', 'became', 'grow', 'grew', 'get', 'got']),
    // (ASCII letters, no u flag: English comparatives are written in them; run only where one of its literals stands)
    /\b(?:become|becomes|became|becoming|grow|grows|grew|growing|get|gets|got|getting)\s+(?:much\s+|even\s+|far\s+)?(?:more|less)\s+[a-z]{4,}|\b(?:out|under)perform|\blag(?:s|ged|ging)?\s+(?:behind\s+)?(?:the|its|their|rivals?|peers?)\b|\bat\s+the\s+(?:top|bottom)\s+of\b/i,
    /perform|lag|(?:top|bottom)\s+of|(?:more|less)\s+[a-z]{4}/i,
  ],
  [wordList(['compar', 'relative']), /\bcompared\s+(?:with|to)\b|\bin\s+comparison\s+(?:with|to)\b|\brelative\s+to\b/i],
  [wordList(['most', 'least', 'best', 'worst']), /\b(?:the|its|their|his|her|our|Europe’s|world’s)\s+(?:most|least|best|worst)\b/i],
  [wordList(['twice', 'three', 'double', 'triple', 'half']), /\b(?:twice|three\s+times|double|triple|half)\s+(?:as|the)\b/i],
  // (apart: "from" is common, and the first also needs "up" or "down" before it)
  [FROM_OR_BY | wordList(['up', 'down']), /\b(?:up|down)\s+from\b/i],
  [GOING_OR_OUTDOING, /\boutnumber|\boutpace|\bsurpass|\bexceed/i],
  [wordList(['most', 'majority', 'minority', 'half', 'third', 'quarter']), /\b(?:most|majority|minority|half|a\s+third|a\s+quarter|two-thirds|three-quarters)\s+of\b/i],
  [wordList(['beat', 'missed', 'misses', 'exceeded', 'topped']), /\b(?:beat|beats|missed|misses|exceeded|topped)\s+(?:\p{L}+\s+)?(?:forecasts?|expectations?|estimates?|targets?)\b/iu, /foreca[sſ]t|expectation|e[sſ]timate|target/i],
  [wordList(['one']), /\bone\s+of\s+the\s+(?:first|last|only|few|largest|biggest|most|least)\b/i],
  [wordList(['record']), /\b(?:a|its|their|the)\s+record\s+(?:\p{L}+\s+)?(?:highs?|lows?|levels?)\b|\brecord\s+(?:\p{L}+\s+)?(?:highs?|lows?)\b/iu, /record\s/i],
  // "for the first time since 1905", "this is not the first time", "his first public appearance since the launch"
  // (it needs "first" and, after it, "time" or "since" at word starts: both bits)
  [wordList(['first']) | wordList(['time', 'since']), /(?:\b(?:for|is|was|marks?|marked|be|been)|[’']s)\s+(?:not\s+)?the\s+first\s+time\b|\b(?:his|her|its|their|the)\s+first\s+(?:[\p{L}-]+\s+){0,3}?since\b/iu, /the\s+fir[sſ]t\s+time|fir[sſ]t\s[\s\S]*[sſ]ince/i],
  [wordList(['as']), /\bas\s+(?!well\b|soon\b|long\b|far\b|part\b|if\b|though\b|a\b|the\b)\w+\s+as\b/i],
];

/** The verbs the modal pattern of PREDICTION takes after "could", "might" and the others. */
const MODAL_VERBS = 'reach rise fall hit top exceed double climb spread grow increase decrease drop collapse cost lose end lead spark trigger worsen surge shrink slow halt stop close cut damage hurt keep remain stay face'.split(' ');

/** The modal verbs, and the verbs the modal pattern takes after them (bits of wordBits). */
const MODALS = wordList(['could', 'might', 'may', 'would', 'should']);
const AFTER_MODALS = wordList(MODAL_VERBS);
/** "by" at a word start (bit of wordBits; source.ts asks it too). */
export const BY_WORD = wordList(['by']);

const PREDICTION: ReadonlyArray<Pattern> = [
  [wordList(['will', 'won', 'shall']), /\b(?:will|won[’']t|shall)\b(?!\s+of\b)/i],
  // (not "is due to", "is scheduled", "is planned": a schedule is no forecast)
  [wordList(['expected', 'projected', 'forecast', 'predicted', 'likely', 'set', 'poised', 'track']), /\b(?:is|are|was|were)\s+(?:expected|projected|forecast|predicted|likely|set|poised|on\s+track)\s+to\b|\b(?:is|are|was|were)(?:n[’']t|\s+not)\s+expected\s+(?:to|until|before)\b/i],
  [wordList(['expect']), /\b(?:expects?|expected|expecting)\s+(?:\p{L}+\s+){0,3}?to\b/iu, /expect[\s\S]*\sto/i],
  [wordList(['forecast', 'projection', 'predict', 'outlook']), /\bforecasts?\b|\bforecasted\b|\bprojections?\b|\bpredict(?:s|ed|ion)?\b|\boutlook\b/i],
  // (a modal verb and one of the verbs after it at word starts: both bits)
  [MODALS | AFTER_MODALS, new RegExp(String.raw`\b(?:could|might|may|would|should)\s+(?:soon\s+|still\s+|also\s+|well\s+)?(?:${MODAL_VERBS.join('|')})\b`, 'i')],
  // "by 2030", "going to": apart, each run only with its own words ("by" is common; a year of 2030–2099 first)
  [BY_WORD, /\bby\s+(?:the\s+end\s+of\s+)?20[3-9]\d\b/i, /20[3-9]\d/],
  [GOING_OR_OUTDOING, /\bgoing\s+to\b/i],
  // ("would reach", "would rise", "would fall", "would hit": the modal pattern above, tried first, matches them)
];

/** "political will", "the will of the people": the noun, not the future. */
const WILL_NOUN = /\b(?:political|the|good|free|own|his|her|their|its|our|popular)\s+will\b/gi;
/** "… said Will Moy": inside a sentence, a capitalised Will before a capitalised word is a name. */
const WILL_NAME = /(?<=\S\s+)Will(?=\s+\p{Lu})/gu;
/**
 * "will be available", "will come with", "will offer": what a product or a service is to have, as its
 * maker describes it, is no forecast ("A premium sound system will be available", "the US car will come
 * with standard mirrors"); nor is "as will" ("…, as will heated seats"), which repeats the verb before it.
 */
const WILL_OFFER = /\bwill\s+(?:also\s+|only\s+|still\s+)?(?:be\s+(?:available|offered|standard|enabled|an?\s+option)|come\s+with|support|feature|offer)\b|\bas\s+will\b/gi;
/** All three need "will" at a word start. */
const WILL = wordList(['will']);

/**
 * A pre-check for a text holding "ſ" or the Kelvin sign (wordBits reads the others): both
 * superlative patterns need "est" (any case, or "eſt") before a word boundary as they see it
 * (flags giu: \w is ASCII word characters, "ſ" and the Kelvin sign).
 */
const EST_END = /e[sſ]t(?![\wſ\u212a])/i;
const COPULA_EST = /\b(?:is|are|was|were|be|been|remains?|remained)\s+([\p{L}]{3,}est)\b/giu;
const OWNER_EST = /\b(?:the|its|their|his|her|our|[\p{Lu}][\p{L}]+[’']s)\s+(?:[\p{L}-]+\s+)?([\p{L}]{3,}est)\b/giu;

/** Whether the text holds a superlative ("the largest", "is the best"); call after wordBits(text), which reads the words ending in "est". */
function superlative(text: string): boolean {
  // the owner pattern first: it is the one that matches in news text ("the world’s largest"), so the other seldom runs
  return lastEst && (superlativeBy(OWNER_EST, text) || superlativeBy(COPULA_EST, text));
}

function superlativeBy(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NOT_SUPERLATIVE.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** A number that states a quantity strongly enough to make a statistic. */
export function isStatistic(n: ClaimNumber): boolean {
  if (n.unit === 'age') return false;
  if (n.unit !== 'count') return true;
  // a short duration ("took just 15 minutes", "within the next 24 hours", "50 weeks in jail") is no figure to
  // check; a long one is ("175 years in prison", "15,000 years to compute")
  if (n.counted !== undefined && n.value < 100 && DURATIONS.has(n.counted)) return false;
  return hasDigit(n.text) || n.value >= 10;
}

/** /\d/.test(s): an ASCII digit in s. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** The nouns of a duration: what a count of them measures is time. */
const DURATIONS = new Set('second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries'.split(' '));

/** `spans`, `marks`, `source` and `offset`: the text's tokens, for wordBits (see there). */
export function kindsOf(text: string, numbers: readonly ClaimNumber[], spans?: readonly number[], marks?: readonly number[], source?: string, offset?: number): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  if (numbers.some(isStatistic)) kinds.push('statistic');
  // a word a pattern needs starts a word in the text (removing "the will" makes no new word start)
  const bits = wordBits(text, spans, marks, source, offset);
  if ((bits & THAN_WORD && thanComparison(text)) || anyPattern(COMPARISON, bits, text) || superlative(text) || numbers.some((n) => n.unit === 'rank')) kinds.push('comparison');
  let futureText = bits & WILL ? text.replace(WILL_NOUN, ' ').replace(WILL_OFFER, ' ') : text;
  // WILL_NAME has no i flag: it needs "Will" as written
  if (bits & WILL && futureText.includes('Will')) futureText = futureText.replace(WILL_NAME, ' ');
  if (anyPattern(PREDICTION, bits, futureText)) kinds.push('prediction');
  return kinds;
}

/** The patterns with a pre-pattern, for tests: each pre-pattern must match wherever its pattern does. */
export const PRE_PATTERNS: ReadonlyArray<Pattern> = [...COMPARISON, ...PREDICTION].filter((p) => p[2] !== undefined);

/** Whether one of the patterns whose words the bits hold (a word of each of its lists) matches the text. */
function anyPattern(patterns: ReadonlyArray<Pattern>, bits: number, text: string): boolean {
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    if ((bits & p[0]) === p[0] && (p[2] === undefined || p[2].test(text)) && p[1].test(text)) return true;
  }
  return false;
}
