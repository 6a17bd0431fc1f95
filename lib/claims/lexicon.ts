/** Word lists shared by the claims modules, and a tokenizer that keeps offsets. */

import { codePointIn, isAsciiUpper, isLetterOrNumber, isUpper, letterWidth, width } from './chars';
import { INDEXED_WORDS, noteLetters, noteRange, noteToken } from './word-numbers';
import { BUSINESS_WORDS, INSTITUTION_WORDS } from '../engine/words';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const REGULAR_SPEECH =
  'stress state note argue claim insist warn explain announce suggest assert declare acknowledge ' +
  'reply respond tweet post emphasize emphasise urge predict estimate report confirm deny allege ' +
  'maintain contend observe remark recall continue conclude caution promise vow pledge reveal ' +
  'disclose concede mention add complain testify accuse stress recount boast describe expect call tout chant shout reiterate reaffirm ask order believe assure dispute reject assail comment ' +
  'whisper murmur mutter';
const IRREGULAR_SPEECH: Record<string, string> = { say: 'said', tell: 'told', write: 'wrote', admit: 'admitted', forecast: 'forecast', think: 'thought' };

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
  // the one past participle that differs from the past: "has written"
  'written',
]);

/** Verbs that introduce speech only with a particle: "pointed out", "put it". Form → particle. */
export const PHRASAL_SPEECH: ReadonlyMap<string, string> = new Map([
  ...['point', 'points', 'pointed', 'pointing'].map((f): [string, string] => [f, 'out']),
  // "As one official put it: “…”"
  ...['put', 'puts', 'putting'].map((f): [string, string] => [f, 'it']),
]);

/**
 * A trie of the speech verbs, the phrasal ones and "according", flat: node n's child for the
 * lowercase letter x (0–25) is SPEECH_NEXT[26 * n + x], 0 for none (the root, node 0, is no
 * child); SPEECH_END[n] is 1 where a word ends.
 */
const SPEECH_TRIE_WORDS = [...SPEECH_VERBS, ...PHRASAL_SPEECH.keys(), 'according'];
const SPEECH_NEXT = new Int32Array(26 * (1 + SPEECH_TRIE_WORDS.reduce((n, w) => n + w.length, 0)));
const SPEECH_END = new Uint8Array(SPEECH_NEXT.length / 26);
/** Lengths (in code units) outside which no token can be one of the words. */
const SPEECH_MIN = Math.min(...SPEECH_TRIE_WORDS.map((w) => w.length));
const SPEECH_MAX = Math.max(...SPEECH_TRIE_WORDS.map((w) => w.length));
/**
 * At 676 * length + 26 * first + last for the lengths and first and last letters (a–z as 0–25) of the
 * words, a bit (1 << letter) for each of their second letters; 0 for no word.
 */
const SPEECH_EDGES = new Int32Array(676 * (SPEECH_MAX + 1));
{
  for (const w of SPEECH_TRIE_WORDS) SPEECH_EDGES[676 * w.length + 26 * (w.charCodeAt(0) - 0x61) + w.charCodeAt(w.length - 1) - 0x61]! |= 1 << (w.charCodeAt(1) - 0x61);
  let nodes = 1;
  for (const w of SPEECH_TRIE_WORDS) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const at = 26 * node + w.charCodeAt(i) - 0x61;
      node = SPEECH_NEXT[at] ||= nodes++;
    }
    SPEECH_END[node] = 1;
  }
}

/** 1–26 for an ASCII letter of either case (a–z), 0 for any other ASCII code unit. */
const LETTER_AT = new Uint8Array(128).map((_, c) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? (c | 0x20) - 0x60 : 0));
/** The longest word TOKEN_EDGES knows. */
const EDGE_MAX = Math.max(SPEECH_MAX, ...INDEXED_WORDS.map((w) => w.length));
/**
 * What the sentence scan asks of a token of ASCII letters alone, by its length and first and last letters, at
 * (27 * length + first) * 27 + last (LETTER_AT): bit 1 when a word of the number index (INDEXED_WORDS) has them
 * (noteLetters may note it), bit 2 when a speech word does (speechWordAt may hold); 0 rules out both at once.
 */
const TOKEN_EDGES = new Uint8Array((EDGE_MAX + 1) * 27 * 27);
{
  const edge = (w: string): number => (27 * w.length + LETTER_AT[w.charCodeAt(0)]!) * 27 + LETTER_AT[w.charCodeAt(w.length - 1)]!;
  for (const w of INDEXED_WORDS) TOKEN_EDGES[edge(w)]! |= 1;
  for (const w of SPEECH_TRIE_WORDS) TOKEN_EDGES[edge(w)]! |= 2;
}

/** The Kelvin sign, the one code unit outside ASCII that lowercases to a single letter a–z ("k"; see the test). */
const KELVIN = 0x212a;

/** The a–z index (0–25) of the character at i once lowercased, or -1 when it lowercases to anything else. */
function lowerLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  return c === KELVIN ? 10 : -1;
}

/**
 * True when text.slice(start, end).toLowerCase() === lower, without making the string. toLowerCase
 * maps each character on its own to one or more (the Greek capital sigma aside, whose form depends on
 * its neighbours), so the word is compared character by character, each lowercased alone, until a
 * sigma, a surrogate or a character lowercasing to more than one: from there the word is lowercased whole.
 */
export function lowersTo(text: string, start: number, end: number, lower: string): boolean {
  const n = lower.length;
  for (let i = start, p = 0; ; i++, p++) {
    if (i === end) return p === n;
    // every character lowercases to one or more: a word longer than `lower` cannot match
    if (p === n) return false;
    const l = lowerUnit(text.charCodeAt(i));
    if (l < 0) return text.slice(start, end).toLowerCase() === lower;
    if (lower.charCodeAt(p) !== l) return false;
  }
}

/**
 * The code unit that code unit c becomes in toLowerCase wherever it stands, or -1 when that depends
 * on more: a surrogate, the capital sigma (its form depends on its neighbours), or a character that
 * lowercases to more than one ("İ").
 */
export function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (c === 0x2019) return c;
  if (c === 0x3a3 || (c >= 0xd800 && c < 0xe000)) return -1;
  const m = String.fromCharCode(c).toLowerCase();
  return m.length === 1 ? m.charCodeAt(0) : -1;
}

/** True when text.slice(start, end), lowercased, is a speech verb, the verb of a phrasal one or "according". */
export function speechWordAt(text: string, start: number, end: number): boolean {
  // every character lowercases to at most one a–z letter, so a word's length is the token's
  const len = end - start;
  if (len < SPEECH_MIN || len > SPEECH_MAX) return false;
  // the first and last letters with the length, where both are ASCII letters, rule out most words at once,
  // and the second letter, where it is ASCII, most of the rest
  const a = text.charCodeAt(start);
  const z = text.charCodeAt(end - 1);
  const x0 = ((a | 0x20) - 0x61) >>> 0;
  const x1 = ((z | 0x20) - 0x61) >>> 0;
  if (a < 0x80 && z < 0x80) {
    if (x0 >= 26 || x1 >= 26) return false;
    const seconds = SPEECH_EDGES[676 * len + 26 * x0 + x1]!;
    if (seconds === 0) return false;
    const b = text.charCodeAt(start + 1);
    const x2 = ((b | 0x20) - 0x61) >>> 0;
    if (b < 0x80 && (x2 >= 26 || ((seconds >>> x2) & 1) === 0)) return false;
  }
  let node = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters lowercase by setting bit 0x20; the rest (the Kelvin sign "K" becomes "k") the long way
    const x = c < 0x80 ? ((c | 0x20) - 0x61) >>> 0 : lowerLetterAt(text, i);
    if (x < 0 || x >= 26 || !(node = SPEECH_NEXT[26 * node + x]!)) return false;
  }
  return SPEECH_END[node] === 1;
}

/** A set of words of the letters a–z as a flat trie: node n's child for letter x (0–25) is next[26 * n + x], 0 for none. */
export interface LowerTrie {
  readonly next: Int32Array;
  /** 1 where a word ends. */
  readonly end: Uint8Array;
}

/** The trie of `words`, each of the letters a–z only. */
export function lowerTrie(words: Iterable<string>): LowerTrie {
  const list = [...words];
  const next = new Int32Array(26 * (1 + list.reduce((n, w) => n + w.length, 0)));
  const end = new Uint8Array(next.length / 26);
  let nodes = 1;
  for (const w of list) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const x = w.charCodeAt(i) - 0x61;
      if (x < 0 || x >= 26) throw new Error(`lowerTrie: "${w}" holds more than the letters a–z`);
      node = next[26 * node + x] ||= nodes++;
    }
    end[node] = 1;
  }
  return { next, end };
}

/** True when text.slice(start, end).toLowerCase() is one of the trie's words, without making the string. */
export function lowerTrieHas(trie: LowerTrie, text: string, start: number, end: number): boolean {
  let node = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const x = c < 0x80 ? ((c | 0x20) - 0x61) >>> 0 : lowerLetterAt(text, i);
    if (x < 0 || x >= 26 || !(node = trie.next[26 * node + x]!)) return false;
  }
  return trie.end[node] === 1;
}

/**
 * True when one of the tokens (spans from tokenSpans) is, lowercased, a speech verb (or the
 * verb of a phrasal one) or "according": without one, a sentence has no attribution. Reads characters, builds no strings.
 */
export function hasSpeechWord(text: string, spans: readonly number[]): boolean {
  for (let k = 0; k < spans.length; k += 2) if (speechWordAt(text, spans[k]!, spans[k + 1]!)) return true;
  return false;
}

/** Nouns naming a role a person holds: "the Ukrainian leader", "the envoy". */
export const ROLE_NOUNS = words(`
  president leader minister premier chancellor envoy adviser advisor secretary spokesman spokeswoman
  spokesperson official diplomat ambassador general commander chief head director ceo chairman chairwoman
  chair governor mayor senator lawmaker congressman congresswoman king queen pope negotiator economist
  analyst expert researcher scientist professor author judge prosecutor lawyer attorney candidate founder
  executive manager officer coach mp mep msp td representative deputy prince princess monarch activist journalist
  reporter correspondent historian doctor nurse teacher resident witness owner worker farmer soldier
  commentator strategist aide politician militant commissioner sheriff captain colonel pilot director-general rep
  man woman patient victim suspect`);

/**
 * Occupations and other nouns that make the one they describe a person ("Farhana Rouf, a hydrologist at …,
 * said"): evidence of a person beside ROLE_NOUNS, but no role a speaker phrase is read by ("the actor said"
 * is resolved as before, by the people the text names).
 */
export const OCCUPATIONS = words(`
  member person attendant cleaner housekeeper cook picker caregiver beekeeper vintner ranger warden zookeeper keeper goalkeeper crewman deckhand boatman ferryman innkeeper barista babysitter hiker psychologist hydrologist biologist epidemiologist virologist sociologist physicist chemist geologist
  climatologist meteorologist criminologist pathologist psychiatrist therapist dentist pharmacist surgeon physician
  paramedic firefighter detective constable inspector trooper sergeant lieutenant engineer architect consultant
  lecturer student principal headteacher dean rector vicar priest pastor imam rabbi bishop midwife carer volunteer
  campaigner organiser organizer protester voter shopkeeper trader fisherman driver passenger commuter cyclist player
  striker midfielder defender goalkeeper referee umpire homeowner tenant landlord survivor eyewitness employee
  staffer contractor supervisor administrator coordinator mediator investigator auditor accountant banker investor
  entrepreneur businessman businesswoman statistician pollster demographer academic scholar curator artist singer
  musician actor actress writer novelist poet producer filmmaker editor columnist photographer councillor councilor
  legislator magistrate barrister solicitor defendant plaintiff claimant juror lobbyist chef rancher miner clinician
  specialist oceanographer astronomer astrophysicist ecologist zoologist botanist archaeologist anthropologist
  linguist philosopher theologian mathematician technician mechanic electrician plumber veteran admiral agent boss
  critic winger freshman sophomore grandmaster
  parent grandparent pupil schoolgirl schoolboy teenager graduate undergraduate intern apprentice trainee fan
  spectator shopper customer client consumer donor guardian landowner householder villager islander citizen taxpayer
  motorist pedestrian rider jockey trainer breeder cofounder treasurer trustee ombudsman undertaker
  vet veterinarian physiotherapist nutritionist dietitian programmer developer designer broker actuary paralegal notary
  arbitrator consul rebel insurgent fighter gunman hostage captive prisoner inmate detainee convict offender bystander
  onlooker landlady builder bricklayer carpenter joiner roofer welder labourer laborer docker dockworker longshoreman
  stevedore trucker courier postman astronaut skipper sailor stewardess playwright dramatist screenwriter composer
  choreographer dancer comedian painter sculptor cartoonist blogger podcaster broadcaster presenter athlete runner
  swimmer boxer cricketer footballer golfer sprinter climber mountaineer skier rower gymnast wrestler nun monk cleric
  chaplain deacon missionary baker butcher brewer winemaker grower shepherd herder nanny porter waiter waitress
  bartender cashier clerk receptionist lifeguard cadet refugee migrant immigrant pensioner retiree mourner worshipper
  pilgrim tourist visitor traveller traveler holidaymaker diner restaurateur hotelier publican grocer florist jeweller
  jeweler tailor barber hairdresser locksmith gardener caretaker janitor chauffeur medic anaesthetist anesthetist
  neurosurgeon optometrist tutor headmaster headmistress schoolteacher educator librarian archivist surveyor assessor
  examiner advocate delegate alderman councilwoman councilman councilmember assemblyman assemblywoman policeman
  policewoman fireman corporal marshal`);

/**
 * Endings of nouns for people by what they study or do, beyond OCCUPATIONS: volcanologist,
 * cartographer, agronomist, paediatrician, psychiatrist, scientist, analyst, activist, journalist.
 */
const OCCUPATION_ENDING = /(?:ologist|ographer|onomist|ician|iatrist|scientist|analyst|activist|journalist|specialist)$/;

/** An occupation (lower case): in OCCUPATIONS or with an ending of one ("volcanologist"). */
export const isOccupation = (w: string): boolean => OCCUPATIONS.has(w) || (endsInTRN(w) && OCCUPATION_ENDING.test(w));
/** True when the word ends in "t", "r" or "n", as every ending of OCCUPATION_ENDING does (most words are not tried). */
const endsInTRN = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x74 || c === 0x72 || c === 0x6e;
};

/** ROLE_NOUNS or occupations: a noun that makes a name it describes a person's. */
export const isPersonNoun = (w: string): boolean => ROLE_NOUNS.has(w) || isOccupation(w);

/** Family and social relations written before a name: "His daughter, Eva". */
export const RELATIONS = words(`
  daughter son wife husband mother father brother sister partner widow widower friend neighbour neighbor
  colleague grandmother grandfather granddaughter grandson aunt uncle niece nephew cousin fiancée fiancé
  classmate teammate flatmate roommate schoolmate`);

/** Role heads that may stand for one another ("the leader" for a president). */
export const ROLE_GROUPS: readonly ReadonlySet<string>[] = [
  words('leader president premier chancellor king queen monarch prime head'),
  words('envoy adviser advisor negotiator ambassador diplomat aide'),
  words('spokesman spokeswoman spokesperson'),
  words('chief head director ceo chairman chairwoman chair executive boss founder'),
  words('lawmaker senator congressman congresswoman mp representative politician'),
  words('officer detective sergeant constable inspector superintendent det ds dc di dci pc sgt insp supt'),
  words('lawyer attorney barrister solicitor counsel advocate kc qc'),
];

/** Modifiers that may stand in a role phrase: "special adviser", "former president". */
export const ROLE_ADJ = words(`
  special former chief deputy senior top foreign prime vice defence defense acting interim outgoing
  incoming new then presidential national security finance economy interior health trade state military
  lead main peace white house first retired`);

/** Plural or collective speakers: "officials said", "Ukrainian authorities estimate". */
export const GROUP_NOUNS = words(`
  officials authorities police ministry government army military experts analysts researchers scientists
  economists critics observers residents witnesses organisers organizers prosecutors investigators lawmakers
  officers sources company agency office department spokespeople commission council court firm bank
  group campaigners activists doctors medics rescuers statement report survey study data figures
  statistics estimates census poll groups unions companies firms agencies ministries governments forecasters source media
  team colleagues co-authors squad force family
  economists meteorologists officials organisation organization union party alliance carrier airline maker
  manufacturer retailer insurer broadcaster newspaper charity utility operator regulator watchdog studio network
  startup lender chain automaker carmaker developer provider platform institute university school hospital
  foundation authors teachers workers employees students parents nurses farmers protesters demonstrators voters
  consumers customers users shareholders investors traders executives staff members families survivors victims
  lawyers attorneys regulators leaders ministers diplomats citizens locals fans volunteers owners drivers pilots
  passengers scholars historians epidemiologists physicians officers planners engineers supporters opponents backers
  detractors allies association federation committee authority league society board trust
  museum library theatre theater festival embassy municipality orchestra zoo diocese academy college district park
  corporation campaign fund secretariat directorate inspectorate service`);

/** Titles written before a name: "Mr", "Dr", "President". */
export const TITLES = words(`
  mr mrs ms miss dr prof sir dame lord lady president sen senator rep gov governor gen general col lt capt
  cmdr adm maj sgt cpl pvt supt det insp atty sergeant constable inspector superintendent detective lieutenant captain commander
  minister chancellor king queen prince princess pope judge justice mayor secretary ambassador envoy
  adviser advisor chairman ceo professor rabbi imam father sister brother rev reverend pastor cllr cr councillor councilor alderman mohd muhd`);

/** Words that make a capitalised phrase an organisation or a place, not a person. */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([...BUSINESS_WORDS, ...INSTITUTION_WORDS, ...words(`
  ministry department council university bank agency organization organisation union party company corp
  inc ltd group court commission committee office house senate congress parliament army forces force fund
  institute association news times post street city republic kingdom states nations sea river island
  airport station hospital school centre center festival cup league games summit alliance federation
  foundation network service services authority police guard navy agreement treaty accord war act plan
  productions records studios entertainment media label labs holdings partners ventures machine coalition
  program programme project museum church club statistics institute council coalition administration government county
  province region district state north south east west new saudi united european soviet
  society trust initiative charity board bureau academy transport gmbh plc llc collective cooperative consortium partnership
  forum caucus watch hospitality dairies dairy ferries airlines motors resorts telecom telecoms fibre networks minerals metals
  freight buses coaches construction engineering technologies software brewing brewery distillery vineyards fisheries water
  health capital homes farms college colleges clinic prison library theatre theater cathedral chapel mosque synagogue gallery
  tribunal inquiry hospice surgery laboratory observatory rovers wanderers harriers`)]);

/** Capitalised words that start sentences or headings rather than names. */
export const CAP_STOP = words(`
  The A An In On At But And Or If When While After Before As For From By With Without This That These
  Those It He She They We I His Her Their Its Our My Your There Here Asked Speaking According Meanwhile
  However Yet So Since Although Though Despite During Under Over Not Only Also Image Photo Still Then
  Now Today Yesterday Last Next Later Earlier Separately Afterwards Overall Recently Currently Previously
  Finally Eventually Additionally Nevertheless Elsewhere Together One Another Some Many Most More Such Thus Instead Even Just Both Each Every
  Until Unless Because Once Whether Whatever Whoever Where Why How What Which Who Whose Perhaps Indeed
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December`);

/**
 * CAP_STOP as a trie over the ASCII letters, flat: node n's child for letter x (A–Z as 0–25, a–z as
 * 26–51) is CAP_STOP_NEXT[52 * n + x], 0 for none; CAP_STOP_END[n] is 1 where a word ends.
 */
const CAP_STOP_NEXT = new Int32Array(52 * (1 + [...CAP_STOP].reduce((n, w) => n + w.length, 0)));
const CAP_STOP_END = new Uint8Array(CAP_STOP_NEXT.length / 52);
{
  let nodes = 1;
  for (const w of CAP_STOP) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const x = letterIndex(w.charCodeAt(i));
      if (x < 0) throw new Error(`CAP_STOP holds "${w}": its trie takes ASCII letters only`);
      node = CAP_STOP_NEXT[52 * node + x] ||= nodes++;
    }
    CAP_STOP_END[node] = 1;
  }
}

/** A–Z as 0–25, a–z as 26–51, anything else -1. */
function letterIndex(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 26 : -1;
}

/** True when CAP_STOP has text.slice(start, end), without making the string. */
export function capStopAt(text: string, start: number, end: number): boolean {
  let node = 0;
  for (let i = start; i < end; i++) {
    const x = letterIndex(text.charCodeAt(i));
    if (x < 0 || !(node = CAP_STOP_NEXT[52 * node + x]!)) return false;
  }
  return CAP_STOP_END[node] === 1;
}

/** A person's title written before a name, with its period or not: "Ms", "Dr.", "Rev." (a pattern's source). */
export const NAME_TITLE = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Rev)\.?`;
/** A title and a space ending the text: "Ms ", "Dr. ". */
export const TITLE_BEFORE_NAME = new RegExp(String.raw`\b${NAME_TITLE} $`);

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
    return (this.low ??= lowerOf(this.source, this.start, this.end, this.text));
  }
}

/** word (text.slice(start, end)) lowercased: most words are lowercase ASCII already, and those are kept as they are. */
function lowerOf(text: string, start: number, end: number, word: string): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return word.toLowerCase();
  }
  return word;
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

/**
 * The tokens of tokenize(text, from, to) as flat [start, end, start, end, …] offsets, without building strings;
 * with `most`, only the first `most` of them (each token is where the tokenizer's state, the position alone, puts it).
 */
export function tokenSpans(text: string, from = 0, to = text.length, most = Infinity): number[] {
  const out: number[] = [];
  scanTokens(text, from, to, out, null, null, 2 * most);
  return out;
}

/**
 * One pass over a sentence, text.slice(from, to), for what the claims engine reads of every one:
 * pushes the offsets of tokenSpans(text, from, to) onto `spans` (empty before) and, onto `caps`,
 * those of every token after the first that opens with a capital; returns true when one of the
 * tokens is a speech word (hasSpeechWord). With `marks`, also pushes onto it the start of every
 * token that is not one run of ASCII letters and digits: one that holds a character outside ASCII
 * or an inner joiner (' ’ - . &), as wordBits reads them.
 */
export function scanSentence(text: string, from: number, to: number, spans: number[], caps: number[], marks: number[] | null = null): boolean {
  startScan(text, from, to);
  return scanTokens(text, from, to, spans, caps, marks);
}

/** A sentence's tokens as scanSentence reads them: their offsets and whether one is a speech word. */
export interface SentenceScan {
  /** The offsets of tokenSpans(text, from, to), in an array of their exact length. */
  spans: number[];
  speech: boolean;
  /** The index of the first token that is a speech word (speechWordAt), -1 when none is. */
  speechAt: number;
}

/**
 * The offsets a sentence's scan writes before they are copied out: kept from sentence to sentence, so that
 * no array is grown token by token (the offsets of a page's sentences were a fifth of what findClaims allocates).
 */
const scratch: number[] = [];

/** scanSentence(text, from, to, spans, caps, marks) with spans a new array of the offsets, exactly as long as they are. */
export function scanSentenceSpans(text: string, from: number, to: number, caps: number[], marks: number[] | null = null): SentenceScan {
  startScan(text, from, to);
  const speech = scanTokens(text, from, to, scratch, caps, marks, Infinity, 0);
  return { spans: scratch.slice(0, scanned), speech, speechAt: speech ? speechToken : -1 };
}

/** What scanSentence does before reading the tokens: notes the range for the number index. */
function startScan(text: string, from: number, to: number): void {
  noteRange(text, from, to);
}

/**
 * Where the tokens of tokenSpans(text, from, to) stand in `spans`, tokenSpans(text, a, b) with
 * a <= from and to <= b: [k0, k1) with spans.slice(k0, k1) those tokens, or null when a token
 * of `spans` crosses `from` or `to` (then the tokens may differ: "U.S.-led" cut after "U.S.-"
 * holds "led"). The tokenizer's state at a position is the position alone, and a token that ends
 * inside the slice read nothing past the slice that could have ended it elsewhere; from - 1 must
 * not be the high half of a surrogate pair (it is not after a quotation mark or a space).
 */
export function innerSpans(spans: readonly number[], from: number, to: number): [number, number] | null {
  let k0 = 0;
  while (k0 < spans.length && spans[k0 + 1]! <= from) k0 += 2;
  if (k0 < spans.length && spans[k0]! < from) return null;
  let k1 = k0;
  while (k1 < spans.length && spans[k1]! < to) k1 += 2;
  if (k1 > k0 && spans[k1 - 1]! > to) return null;
  return [k0, k1];
}

/**
 * The tokens of tokenSpans(masked, from, to) where `masked` is the text with each of `holes`
 * (sorted, not overlapping) written over by characters no token holds ('"'), read from `spans`,
 * tokenSpans(text, from, to): its tokens outside the holes; null when one of them crosses a hole's
 * edge (then the tokens may differ). Before a hole and after it the tokenizer reads the same
 * characters, or ones that end a token the same way; neither edge splits a surrogate pair (holes
 * are quotations, between marks).
 */
export function spansOutside(spans: readonly number[], holes: ReadonlyArray<{ start: number; end: number }>): number[] | null {
  const out: number[] = [];
  let h = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    while (h < holes.length && holes[h]!.end <= a) h++;
    if (h < holes.length && holes[h]!.start < b) {
      if (a < holes[h]!.start || b > holes[h]!.end) return null;
      continue;
    }
    out.push(a, b);
  }
  return out;
}

/** The length of `out` after the last scanTokens. */
let scanned = 0;
/** With `caps`, the index (from `at`) of the token at which scanTokens first found a speech word. */
let speechToken = -1;

/**
 * tokenSpans writing into `out` from index `at` on (its end: pushing onto it) until it holds `most` offsets
 * (`scanned` is then their end); with `caps`, also what scanSentence gathers (else returns false).
 */
function scanTokens(text: string, from: number, to: number, out: number[], caps: number[] | null, marks: number[] | null = null, most = Infinity, at = out.length): boolean {
  let speech = false;
  let n = at;
  if (to > text.length) to = text.length;
  let i = from > 0 ? from : 0;
  while (i < to) {
    let j = i + 1;
    const f = CLASS[text.charCodeAt(i)]!;
    if (f !== ALNUM) {
      if (f === OTHER || f >= JOINER) {
        i++;
        continue;
      }
      // not looked up yet, or a surrogate pair: step over a character that is no letter or number whole
      const cp = codePointIn(text, i, to);
      if (!isLetterOrNumber(cp)) {
        i += width(cp);
        continue;
      }
      j = i + width(cp);
    }
    // the common case: a run of letters and digits ended by a space or punctuation that joins nothing
    // (noting, by OR-ing the code units, whether the run holds a character outside ASCII: letters outside
    // ASCII looked up before are ALNUM too; and for `marks` whether tokenEnd went on past it)
    // (AND-ing them too: a run of ASCII letters and digits holds a digit when one lacks bit 0x40, which every ASCII letter has)
    // (and keeping the class of the code unit that ends the run: OTHER at `to`)
    let all = text.charCodeAt(i);
    let both = all;
    let ends = OTHER;
    for (; j < to; j++) {
      const c = text.charCodeAt(j);
      const g = CLASS[c]!;
      if (g !== ALNUM) {
        ends = g;
        break;
      }
      all |= c;
      both &= c;
    }
    const run = j;
    if (ends > ALNUM) j = tokenEnd(text, i, j, to);
    if (marks !== null && (all >= 0x80 || j !== run)) marks.push(i);
    if (caps !== null) {
      // the page's digits and number words for word-numbers.ts: a token of ASCII letters alone is one run of them
      // (and the speech words, for such a token both by one look at TOKEN_EDGES)
      if (all >= 0x80 || j !== run || (both & 0x40) === 0) {
        noteToken(text, i, j);
        if (!speech && (speech = speechWordAt(text, i, j))) speechToken = (n - at) >> 1;
      } else {
        const len = j - i;
        const edges = len <= EDGE_MAX ? TOKEN_EDGES[(27 * len + LETTER_AT[text.charCodeAt(i)]!) * 27 + LETTER_AT[text.charCodeAt(j - 1)]!]! : 0;
        if (edges & 1) noteLetters(text, i, j);
        if (!speech && edges & 2 && (speech = speechWordAt(text, i, j))) speechToken = (n - at) >> 1;
      }
      if (n > at) {
        // ASCII: only A-Z are capitals
        const c = text.charCodeAt(i);
        if (c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpper(codePointIn(text, i, j))) caps.push(i, j);
      }
    }
    out[n++] = i;
    out[n++] = j;
    if (n >= most) break;
    // a code unit of class OTHER that ended the run (tokenEnd not called: the token ends there) starts no token
    i = ends === OTHER && j === run ? j + 1 : j;
  }
  scanned = n;
  return speech;
}

/**
 * The end of the token starting at i whose first run of plain ASCII-table letters and digits
 * ends at j, before a character tokenSpans must look at more closely: one not looked up yet, a
 * surrogate, a joiner or an ampersand.
 */
function tokenEnd(text: string, i: number, j: number, to: number): number {
  j = runEnd(text, j, to);
  // a dotted acronym ("U.S.") starts with one letter followed by a period; it wins over a word with inner periods
  if (j < to && text.charCodeAt(j) === 0x2e && (j === i + 1 || (j === i + 2 && CLASS[text.charCodeAt(i)] === HIGH))) {
    const a = acronymEnd(text, i, to);
    if (a > 0) return a;
  }
  // inner ' ’ - . joining two runs: "country’s", "U.S.-led", "1.5"; & between capitals: "PG&E", "AT&T"
  while (j + 1 < to) {
    const g = CLASS[text.charCodeAt(j)]!;
    if (g !== JOINER && (g !== AMPERSAND || !isAsciiUpper(text.charCodeAt(j - 1)) || !isAsciiUpper(text.charCodeAt(j + 1)))) break;
    const w = alnumWidth(text, j + 1, to);
    if (!w) break;
    j = runEnd(text, j + 1 + w, to);
  }
  return j;
}

/**
 * What tokenSpans needs to know of a BMP code unit: ALNUM (a letter or number), OTHER, JOINER
 * (' ’ - .), AMPERSAND, HIGH (a high surrogate: read the code point) or UNKNOWN (not yet looked up).
 * A low surrogate reached on its own is a lone one, neither letter nor number.
 */
const OTHER = 0;
const ALNUM = 1;
const UNKNOWN = 2;
const HIGH = 3;
const JOINER = 4;
const AMPERSAND = 5;
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) CLASS[c] = isLetterOrNumber(c) ? ALNUM : OTHER;
CLASS.fill(HIGH, 0xd800, 0xdc00);
CLASS.fill(OTHER, 0xdc00, 0xe000);
for (const c of [0x27, 0x2019, 0x2d, 0x2e]) CLASS[c] = JOINER;
CLASS[0x26] = AMPERSAND;

/** The class of a BMP code unit not looked up before (ALNUM or OTHER), remembered. */
function classify(c: number): number {
  return (CLASS[c] = isLetterOrNumber(c) ? ALNUM : OTHER);
}

/** The end of the run of letters and numbers from j (j itself when there is none). */
function runEnd(text: string, j: number, to: number): number {
  while (j < to) {
    const c = text.charCodeAt(j);
    let f = CLASS[c]!;
    if (f === ALNUM) {
      j++;
      continue;
    }
    if (f === UNKNOWN) f = classify(c);
    if (f === ALNUM) j++;
    else if (f === HIGH) {
      const w = alnumWidth(text, j, to);
      if (!w) break;
      j += w;
    } else break;
  }
  return j;
}

/** The end of the dotted acronym (two or more letter-period pairs) starting at i, or -1 when there is none. */
function acronymEnd(text: string, i: number, to: number): number {
  let j = i;
  let pairs = 0;
  for (let w = letterWidth(text, j, to); w && j + w < to && text.charCodeAt(j + w) === 0x2e; w = letterWidth(text, j, to)) {
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** Code units of the letter or number at j (0 when there is none before `to`). */
function alnumWidth(text: string, j: number, to: number): number {
  const cp = codePointIn(text, j, to);
  return cp >= 0 && isLetterOrNumber(cp) ? width(cp) : 0;
}

/** True when the word opens with a capital letter (\p{Lu}, by code point). */
export function isCapitalised(w: string): boolean {
  // (one read of the word, its first code unit: the words come as strings of many kinds, and every property read
  // on them costs; a pair of surrogates is read whole)
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xd800 && c <= 0xdbff) return isUpper(w.codePointAt(0)!);
  // (NaN for an empty word: no capital)
  return c === c && isUpper(c);
}

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
