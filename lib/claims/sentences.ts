/**
 * Sentence segmentation for news text. Every line break is a hard boundary (headlines, captions
 * and paragraphs are lines); inside a line a sentence ends at . ! ? (plus closing quotes or
 * brackets) followed by a space and a capital, a digit or an opening quote, unless the period
 * belongs to an abbreviation (Mr., Sept., U.S.), an initial (J. D. Vance) or an open quotation
 * that closes later on the same line.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  /** Index of the line (paragraph) the sentence lies in. */
  line: number;
  /** True for a line without final punctuation: a headline, a caption or a dateline. */
  heading: boolean;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros no nos vs etc ' +
    'approx est dept univ fig ft mt ave blvd e.g i.e a.m p.m'
  ).split(' '),
);

/** Longest line without final punctuation still taken for a headline or caption. */
const HEADING_MAX_WORDS = 25;

const ENDING_ABBREVIATIONS = new Set('inc corp ltd co etc jr sr bros'.split(' '));

/** Words that, after a dotted acronym such as "U.S.", show that a new sentence starts. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i but and this that these those in on at his her their its there however meanwhile'.split(' '),
);

const CLOSE_QUOTES = '”»’';
const CLOSERS = `"'${CLOSE_QUOTES}«)]`;

/** Lines of the text, each with its offsets; empty lines are dropped. */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/** True when the period at `dot` ends an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(line: string, dot: number, next: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot));
  const word = before?.[1] ?? '';
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J." in "J. D. Vance"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // a dotted acronym "U.S." or "a.m.": it ends the sentence only before a typical sentence start
    return !SENTENCE_STARTERS.has(next.toLowerCase());
  }
  const lower = word.toLowerCase();
  // "Inc.", "Ltd.", "etc." often end a sentence: they do when a typical sentence start follows
  if (ENDING_ABBREVIATIONS.has(lower)) return !SENTENCE_STARTERS.has(next.toLowerCase());
  return ABBREVIATIONS.has(lower);
}

const QUOTE_MARKS = /["“«„”»]|’’/g;
const STOPS = /[.!?]/g;

/** Positions in a line where an open double quotation closes; used to keep quotes whole. */
function quoteDepthAt(line: string): Int8Array {
  const depth = new Int8Array(line.length + 1);
  let open = false;
  let openAt = -1;
  // only quotation marks change the state: jump from one to the next, filling the depth between
  for (let k = 0; k < line.length; ) {
    QUOTE_MARKS.lastIndex = k;
    const i = QUOTE_MARKS.exec(line)?.index ?? line.length;
    if (open) depth.fill(1, k + 1, i + 1);
    if (i >= line.length) break;
    k = i + 1;
    const c = line[i]!;
    if (c === '’') {
      // “…’’: two apostrophes close an open quotation
      open = false;
      k = i + 2;
      continue;
    }
    const closesGerman = open && c === '«' && line[openAt] === '»';
    // ” and » open a quotation only where a word starts
    const opensAtWord = !open && (c === '”' || c === '»') && /[\s([{—–-]/.test(line[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(line[i + 1] ?? '');
    if (!closesGerman && (c === '“' || c === '«' || c === '„' || opensAtWord)) {
      open = true;
      openAt = i;
    } else if (c === '”' || c === '»' || c === '«') {
      open = false;
    } else if (c === '"') {
      const prev = line[i - 1] ?? ' ';
      if (!open && /[\s([{—–-]/.test(prev)) {
        open = true;
        openAt = i;
      } else open = false;
    }
    depth[i + 1] = open ? 1 : 0;
  }
  // an opening quote that never closes on this line does not hold sentences together
  if (open) for (let i = openAt + 1; i <= line.length; i++) depth[i] = 0;
  return depth;
}

function segmentLine(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const depth = quoteDepthAt(line);
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    // jump to the next . ! or ?
    STOPS.lastIndex = i;
    const stop = STOPS.exec(line);
    if (!stop) break;
    i = stop.index;
    const c = line[i]!;
    let j = i + 1;
    while (j < line.length && (line[j] === '.' || line[j] === '!' || line[j] === '?')) j++;
    while (j < line.length && CLOSERS.includes(line[j]!)) j++;
    if (j >= line.length) break;
    if (!/\s/.test(line[j]!)) continue; // "1.5", "U.S.-led", "Yahoo!Finance"
    let k = j;
    while (k < line.length && /\s/.test(line[k]!)) k++;
    const nextChar = line[k] ?? '';
    if (!/[\p{Lu}\p{N}"“‘«[(]/u.test(nextChar)) continue;
    if (c === '.' && j === i + 1 && isAbbreviation(line, i, /^[\p{L}]+/u.exec(line.slice(k))?.[0] ?? '')) continue;
    // inside an open quotation (closed later on the line) the sentence goes on
    if (depth[j] === 1) continue;
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  if (start < line.length) out.push([start, line.length]);
  return out;
}

/** Splits a text into sentences with offsets into the text; `lines` are splitLines(text) when the caller has them. */
export function splitSentences(text: string, lines: readonly Span[] = splitLines(text)): Sentence[] {
  const out: Sentence[] = [];
  lines.forEach((line, lineIndex) => {
    const pieces = segmentLine(line.text);
    // a short line without final punctuation is a headline or a caption; a long one is a paragraph
    // that lost its final period in extraction
    const heading = !/[.!?:;"'”’»)\]]$/.test(line.text) && line.text.split(/\s+/).length <= HEADING_MAX_WORDS;
    for (const [s, e] of pieces) {
      const body = line.text.slice(s, e);
      const trimmed = body.trimEnd();
      if (!trimmed) continue;
      out.push({
        start: line.start + s,
        end: line.start + s + trimmed.length,
        text: trimmed,
        line: lineIndex,
        heading,
      });
    }
  });
  return out;
}
