/** Word lists shared by the claims modules, and a tokenizer that keeps offsets. */

import { codePointIn, isLetter, isLetterOrNumber, isUpper, width } from './chars';

const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const REGULAR_SPEECH =
  'stress state note argue claim insist warn explain announce suggest assert declare acknowledge ' +
  'reply respond tweet post emphasize emphasise urge predict estimate report confirm deny allege ' +
  'maintain contend observe remark recall continue conclude caution promise vow pledge reveal ' +
  'disclose concede mention add complain testify accuse stress recount boast describe expect call tout chant shout';
const IRREGULAR_SPEECH: Record<string, string> = { say: 'said', tell: 'told', write: 'wrote', admit: 'admitted', forecast: 'forecast' };

function forms(base: string, past: string): string[] {
  const third = /(s|sh|ch|x)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const ing = base === 'admit' ? 'admitting' : /[^e]e$/.test(base) ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [base, past, third, ing];
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

/** The bare forms of the speech verbs: "say", "tell", "post". */
export const SPEECH_BASE_FORMS: ReadonlySet<string> = new Set([...REGULAR_SPEECH.split(' '), ...Object.keys(IRREGULAR_SPEECH)]);

/** Every form of the verbs that introduce speech: "said", "says", "adding", "told". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REGULAR_SPEECH.split(' ').flatMap((b) => forms(b, regularPast(b))),
  ...Object.entries(IRREGULAR_SPEECH).flatMap(([b, p]) => forms(b, p)),
]);

/** Verbs that introduce speech only with a particle: "pointed out". Form → particle. */
export const PHRASAL_SPEECH: ReadonlyMap<string, string> = new Map(['point', 'points', 'pointed', 'pointing'].map((f) => [f, 'out']));

/** Lowercase letters → next node: a trie of the speech verbs, the phrasal ones and "according". */
interface TrieNode {
  next: Array<TrieNode | undefined>;
  word: boolean;
}
const SPEECH_TRIE: TrieNode = { next: [], word: false };
for (const w of [...SPEECH_VERBS, ...PHRASAL_SPEECH.keys(), 'according']) {
  let node = SPEECH_TRIE;
  for (const ch of w) node = node.next[ch.charCodeAt(0) - 0x61] ??= { next: [], word: false };
  node.word = true;
}

/** The a–z index (0–25) of the character at i once lowercased, or -1 when it lowercases to anything else. */
function lowerLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c < 0x80) return -1;
  const l = String.fromCharCode(c).toLowerCase();
  const d = l.length === 1 ? l.charCodeAt(0) : -1;
  return d >= 0x61 && d <= 0x7a ? d - 0x61 : -1;
}

/** True when text.slice(start, end), lowercased, is a speech verb, the verb of a phrasal one or "according". */
export function speechWordAt(text: string, start: number, end: number): boolean {
  let node: TrieNode | undefined = SPEECH_TRIE;
  for (let i = start; node && i < end; i++) {
    const x = lowerLetterAt(text, i);
    node = x < 0 ? undefined : node.next[x];
  }
  return node?.word === true;
}

/**
 * True when one of the tokens (spans from tokenSpans) is, lowercased, a speech verb (or the
 * verb of a phrasal one) or "according": without one, a sentence has no attribution. Reads characters, builds no strings.
 */
export function hasSpeechWord(text: string, spans: readonly number[]): boolean {
  for (let k = 0; k < spans.length; k += 2) {
    let node: TrieNode | undefined = SPEECH_TRIE;
    for (let i = spans[k]!; node && i < spans[k + 1]!; i++) {
      const x = lowerLetterAt(text, i);
      node = x < 0 ? undefined : node.next[x];
    }
    if (node?.word) return true;
  }
  return false;
}

/** Nouns naming a role a person holds: "the Ukrainian leader", "the envoy". */
export const ROLE_NOUNS = words(`
  president leader minister premier chancellor envoy adviser advisor secretary spokesman spokeswoman
  spokesperson official diplomat ambassador general commander chief head director ceo chairman chairwoman
  chair governor mayor senator lawmaker congressman congresswoman king queen pope negotiator economist
  analyst expert researcher scientist professor author judge prosecutor lawyer attorney candidate founder
  executive manager officer coach mp representative deputy prince princess monarch activist journalist
  reporter correspondent historian doctor nurse teacher resident witness owner worker farmer soldier
  commentator strategist aide politician militant commissioner sheriff captain colonel pilot director-general`);

/** Family and social relations written before a name: "His daughter, Eva". */
export const RELATIONS = words(`
  daughter son wife husband mother father brother sister partner widow widower friend neighbour neighbor
  colleague grandmother grandfather granddaughter grandson aunt uncle niece nephew cousin fiancée fiancé`);

/** Role heads that may stand for one another ("the leader" for a president). */
export const ROLE_GROUPS: readonly ReadonlySet<string>[] = [
  words('leader president premier chancellor king queen monarch prime head'),
  words('envoy adviser advisor negotiator ambassador diplomat aide'),
  words('spokesman spokeswoman spokesperson'),
  words('chief head director ceo chairman chairwoman chair executive boss founder'),
  words('lawmaker senator congressman congresswoman mp representative politician'),
];

/** Modifiers that may stand in a role phrase: "special adviser", "former president". */
export const ROLE_ADJ = words(`
  special former chief deputy senior top foreign prime vice defence defense acting interim outgoing
  incoming new then presidential national security finance economy interior health trade state military
  lead main peace white house first`);

/** Plural or collective speakers: "officials said", "Ukrainian authorities estimate". */
export const GROUP_NOUNS = words(`
  officials authorities police ministry government army military experts analysts researchers scientists
  economists critics observers residents witnesses organisers organizers prosecutors investigators lawmakers
  officers sources company agency office department spokespeople commission council court firm bank
  group campaigners activists doctors medics rescuers statement report survey study data figures
  statistics estimates census poll groups unions companies firms agencies ministries governments forecasters source
  economists meteorologists officials organisation organization union party alliance carrier airline maker
  manufacturer retailer insurer broadcaster newspaper charity utility operator regulator watchdog studio network
  startup lender chain automaker carmaker developer provider platform institute university school hospital
  foundation authors teachers workers employees students parents nurses farmers protesters demonstrators voters
  consumers customers users shareholders investors traders executives staff members families survivors victims
  lawyers attorneys regulators leaders ministers diplomats citizens locals fans volunteers owners drivers pilots
  passengers scholars historians epidemiologists physicians officers planners engineers`);

/** Titles written before a name: "Mr", "Dr", "President". */
export const TITLES = words(`
  mr mrs ms miss dr prof sir dame lord lady president sen senator rep gov governor gen general col lt capt
  cmdr adm maj sgt cpl pvt supt det insp atty
  minister chancellor king queen prince princess pope judge justice mayor secretary ambassador envoy
  adviser advisor chairman ceo professor rabbi imam father sister brother`);

/** Words that make a capitalised phrase an organisation or a place, not a person. */
export const NON_PERSON_WORDS = words(`
  ministry department council university bank agency organization organisation union party company corp
  inc ltd group court commission committee office house senate congress parliament army forces force fund
  institute association news times post street city republic kingdom states nations sea river island
  airport station hospital school centre center festival cup league games summit alliance federation
  foundation network service services authority police guard navy agreement treaty accord war act plan
  productions records studios entertainment media label labs holdings partners ventures machine coalition
  program programme project museum church club statistics institute council coalition administration government county
  province region district state north south east west new saudi united european soviet`);

/** Capitalised words that start sentences or headings rather than names. */
export const CAP_STOP = words(`
  The A An In On At But And Or If When While After Before As For From By With Without This That These
  Those It He She They We I His Her Their Its Our My Your There Here Asked Speaking According Meanwhile
  However Yet So Since Although Though Despite During Under Over Not Only Also Image Photo Still Then
  Now Today Yesterday Last Next Later Earlier Separately Afterwards Overall Recently Currently Previously
  Finally Eventually Additionally Nevertheless Elsewhere Together One Some Many Most More Such Thus Instead Even Just Both Each Every
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December`);

export const PRONOUNS = words('he she they it we i');

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** A token whose text and lowercased form are made on first read: many tokens are only looked at by offset. */
class WordToken implements Token {
  private str: string | undefined = undefined;
  private low: string | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get text(): string {
    return (this.str ??= this.source.slice(this.start, this.end));
  }
  get lower(): string {
    return (this.low ??= this.text.toLowerCase());
  }
}

/**
 * Word tokens of text.slice(from, to), with offsets into the full text. The same tokens as the
 * regular expression (?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)* with flags gu run over the
 * slice (dotted acronyms "U.S.", words with inner apostrophes, hyphens or periods), plus one more
 * joiner, & between two ASCII capitals ("PG&E", "AT&T"); found by a character loop, which is
 * several times faster on long texts.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokensFromSpans(text, tokenSpans(text, from, to));
}

/** The tokens of spans from tokenSpans(text, …). */
export function tokensFromSpans(text: string, spans: readonly number[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    out.push(new WordToken(text, spans[k]!, spans[k + 1]!));
  }
  return out;
}

/** Token k of spans from tokenSpans(text, …), or undefined past the last: build only the tokens you read. */
export function tokenAt(text: string, spans: readonly number[], k: number): Token | undefined {
  if (k < 0 || 2 * k >= spans.length) return undefined;
  const start = spans[2 * k]!;
  const end = spans[2 * k + 1]!;
  return new WordToken(text, start, end);
}

/** The tokens of tokenize(text, from, to) as flat [start, end, start, end, …] offsets, without building strings. */
export function tokenSpans(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  to = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !ASCII_ALNUM[c]) {
      i++;
      continue;
    }
    // a dotted acronym: two or more letter-period pairs (at an ASCII character not followed by a period, none)
    let j = i;
    let pairs = 0;
    const plain = c < 0x80 && (i + 1 >= to || text.charCodeAt(i + 1) !== 0x2e);
    for (let w = plain ? 0 : letterWidth(text, j, to); w && j + w < to && text.charCodeAt(j + w) === 0x2e; w = letterWidth(text, j, to)) {
      j += w + 1;
      pairs++;
    }
    if (pairs < 2) {
      let w = alnumWidth(text, i, to);
      if (!w) {
        i += width(codePointIn(text, i, to));
        continue;
      }
      j = i + w;
      // ASCII letters and digits one table lookup each, the rest by code point
      for (let d = j < to ? text.charCodeAt(j) : -1; d >= 0; d = j < to ? text.charCodeAt(j) : -1) {
        if (d < 0x80) {
          if (!ASCII_ALNUM[d]) break;
          j++;
        } else {
          w = alnumWidth(text, j, to);
          if (!w) break;
          j += w;
        }
      }
      // inner ' ’ - . joining two runs: "country’s", "U.S.-led", "1.5"; & between capitals: "PG&E", "AT&T"
      while (j + 1 < to) {
        const sep = text.charCodeAt(j);
        const ampersand = sep === 0x26 && isAsciiUpper(text.charCodeAt(j - 1)) && isAsciiUpper(text.charCodeAt(j + 1));
        if (sep !== 0x27 && sep !== 0x2019 && sep !== 0x2d && sep !== 0x2e && !ampersand) break;
        w = alnumWidth(text, j + 1, to);
        if (!w) break;
        j += 1 + w;
        while ((w = alnumWidth(text, j, to))) j += w;
      }
    }
    out.push(i, j);
    i = j;
  }
  return out;
}

const ASCII_ALNUM = new Uint8Array(0x80).map((_, c) => (isLetterOrNumber(c) ? 1 : 0));

/** Code units of the letter or number at j (0 when there is none before `to`). */
function alnumWidth(text: string, j: number, to: number): number {
  if (j >= to) return 0;
  const c = text.charCodeAt(j);
  if (c < 0x80) return ASCII_ALNUM[c]!;
  const cp = codePointIn(text, j, to);
  return isLetterOrNumber(cp) ? width(cp) : 0;
}

/** Code units of the letter at j (0 when there is none before `to`). */
function letterWidth(text: string, j: number, to: number): number {
  if (j >= to) return 0;
  const cp = codePointIn(text, j, to);
  return isLetter(cp) ? width(cp) : 0;
}

export const isCapitalised = (w: string): boolean => w.length > 0 && isUpper(w.codePointAt(0)!);

/** Strips an English possessive: "Russia’s" → "Russia". */
export const stripPossessive = (w: string): string => w.replace(/['’]s$/u, '');

/** A crude stem for matching inflected words: "deported"/"deportation" → "deport". */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const w = word.toLowerCase();
  const m = /^(.{4,}?)(ations?|ions?|ings?|ed|en|es|s|e)$/.exec(w);
  if (stems.size >= STEM_CACHE) stems.clear();
  stems.set(word, m ? m[1]! : w);
  return stems.get(word)!;
}

/** Stems already computed: articles repeat their words. Bounded, so a long session cannot grow it without end. */
const stems = new Map<string, string>();
const STEM_CACHE = 20_000;

const DEMONYMS: Record<string, string> = {
  french: 'france', british: 'britain', dutch: 'netherlands', swiss: 'switzerland', polish: 'poland',
  turkish: 'turkey', danish: 'denmark', swedish: 'sweden', finnish: 'finland', spanish: 'spain',
  greek: 'greece', irish: 'ireland', us: 'american', 'u.s': 'american', uk: 'british', eu: 'european',
};

/** True when two words name the same place or people: "Ukrainian"/"Ukraine", "French"/"France". */
export function sameRoot(a: string, b: string): boolean {
  const x = DEMONYMS[a.toLowerCase()] ?? a.toLowerCase();
  const y = DEMONYMS[b.toLowerCase()] ?? b.toLowerCase();
  if (x === y) return true;
  if (DEMONYMS[x] === y || DEMONYMS[y] === x) return true;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i >= Math.min(5, Math.min(x.length, y.length) - 1) && i >= 4;
}
