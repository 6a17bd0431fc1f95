/**
 * Who says a sentence: "X said", "said X" (after a quotation), "X added/told/wrote/stressed",
 * "X, who spoke to reporters, said", "X, who suggested …", "according to X", "he said",
 * "the Ukrainian leader said". Works on the text with quotations masked, so words inside a
 * quotation are never taken for its attribution.
 */

import { CAP_STOP, GROUP_NOUNS, NAME_TITLE, NON_PERSON_WORDS, TITLE_BEFORE_NAME, PHRASAL_SPEECH, PRONOUNS, ROLE_ADJ, ROLE_NOUNS, SPEECH_BASE_FORMS, RELATIONS, SPEECH_VERBS, isCapitalised, isOccupation, isPersonNoun, speechWordAt, tokenize, type Token } from './lexicon';
import { DETERMINERS, UNNAMED_OPENERS, allLower, npWord, phraseAfter, phraseBefore, pluralPossessiveGap, spacesBetween } from './phrases';
import { isSpace, partitionPoint, withoutPossessive } from './chars';
import { givenNameGender } from './given-names';
import { hasDescriptorsAfter } from './descriptors';
import { partnerOf, type Referent } from './names';
import { BUSINESS_WORDS, DEMONYMS, WEEKDAYS } from '../engine/words';
import { UNNAMED_REACH, breaksBetween, findLastStartingBy, findOverlapping, findStartingIn, referentsOfKey, resolveName, sortedByStart, resolvePronoun, resolveRole, speakerAt, toSpeaker, type ResolveState, type Speaker } from './resolve';

export interface Attribution {
  speaker: Speaker;
  /** Referent key when the speaker is a known referent. */
  key: string | null;
  /** Where the attributing verb (or "according") stands. */
  at: number;
  /** 3 name, 2 role or "according to", 1 pronoun or group. */
  tier: number;
  according: boolean;
  /** A person the text names by a given name only they gave ("who gave her name only as Femke"): "she" may stand for them. */
  unnamed?: boolean;
}

/** "who gave her name only as Femke", "who gave only his first name, Tomás": the name given (group 1). */
const GAVE_NAME = /^who\s+gave\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)\s+(\p{Lu}[\p{L}'’-]+)/u;

/** GAVE_NAME anywhere in a clause, after a comma. */
const GAVE_NAME_IN = new RegExp(String.raw`,\s+` + GAVE_NAME.source.slice(1), 'u');

/** The speaker named by the name they gave, where `pattern` (GAVE_NAME or GAVE_NAME_IN) finds one in masked.slice(from, at). */
function givenName(pattern: RegExp, masked: string, from: number, at: number): Attribution | null {
  const m = pattern.exec(masked.slice(from, at));
  if (!m) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  return { speaker: { entityId: null, name: m[1]!, start, end: start + m[1]!.length }, key: null, at, tier: 2, according: false, unnamed: true };
}

/** Speech verbs in their bare form ("post", "say"), but not those whose past is the same ("forecast"). */
const SPEECH_BASES = new Set([...SPEECH_BASE_FORMS].filter((v) => v !== 'forecast'));
/** "after accusing them", "while saying": a participle after these hangs on the clause's subject. */
const PARTICIPLE_OPENERS = new Set('after before while when by'.split(' '));
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday week month year weekend morning afternoon evening night'.split(' '));
const TIME_OPENERS = new Set('on last this that'.split(' '));
const SKIP_BACK = new Set('twice has have had also later previously repeatedly earlier recently then further reportedly publicly again once has not never had just already flat-out'.split(' '));

/** Verbs whose object is not the speaker: "…, told the BBC", "called Omar a terrorist", "urged voters". */
const OBJECT_VERBS = new Set('told tell tells telling call calls called calling urge urges urged urging accuse accuses accused accusing'.split(' '));
/** Nouns after which a speech participle reports what they say: "a statement warning that …". */
const STATEMENT_NOUNS = new Set('statement statements tweet post email letter release report notice'.split(' '));

/** Participles that tell where a statement appeared, not that it speaks: "a statement posted on her website". */
const PUT_OUT = new Set('posted published released issued shared sent'.split(' '));
const AUXILIARIES = new Set('is are was were be been being has have had'.split(' '));
/** Adverbs set between commas after a subject: "The Taliban, however, claimed". */
const ASIDES = new Set('however meanwhile though too also moreover therefore instead nonetheless nevertheless separately'.split(' '));
/** Conjunctions that open a clause before the sentence's own: "While …, ", "Although …, ". */
const OPENERS = new Set(
  // and the participles that open a clause before the subject: "Asked whether the Okafor deal was close, he smiled and said"
  'while although though since because if when despite whereas once unless asked pressed questioned speaking writing interviewed reached responding reacting commenting addressing'.split(' '),
);
/** Words that put the noun phrase after them out of subject position. */
const PREPOSITIONS = new Set('of in on at for to from with by about into over under after before during against between among across through than as like'.split(' '));

/**
 * The subject of the clause a speech participle hangs on: the first noun phrase of the sentence
 * (a name, a role, a group or a pronoun) that no preposition governs.
 */
function clauseSubject(
  text: string,
  toks: Token[],
  upto: number,
  masked: string,
  state: ResolveState,
  exclude: ReadonlySet<string>,
  at: number,
  classify: typeof classifyPhrase = classifyPhrase,
): Attribution | null {
  // "In his first Instagram post of the year, Van Der Beek …": an opening phrase up to its comma holds no subject
  let k0 = 0;
  // ("ST. JOHN'S, Newfoundland - The trawler was overloaded, a former crew member told …, describing": a dateline in
  // capitals before a dash holds no subject)
  if (toks[0] && toks[0].text.length >= 2 && toks[0].text === toks[0].text.toUpperCase() && /\p{Lu}/u.test(toks[0].text)) {
    for (let j = 0; j + 1 < upto && j < 6; j++) {
      if (/^\s+[-–—]\s+$/.test(masked.slice(toks[j]!.end, toks[j + 1]!.start))) {
        k0 = j + 1;
        break;
      }
    }
  }
  if (k0 === 0 && toks[0] && (PREPOSITIONS.has(toks[0].lower) || OPENERS.has(toks[0].lower))) {
    for (let j = 0; j + 1 < upto; j++) {
      if (commaGap(masked, toks[j]!.end, toks[j + 1]!.start)) {
        k0 = j + 1;
        break;
      }
    }
  }
  for (let k = k0; k < upto; k++) {
    const tk = toks[k]!;
    const prev = toks[k - 1];
    if (prev && PREPOSITIONS.has(prev.lower)) continue;
    if (prev && DETERMINERS.has(prev.lower) && PREPOSITIONS.has(toks[k - 2]?.lower ?? '')) continue;
    if (!npWord(tk) && !(PRONOUNS.has(tk.lower) && (k === 0 || /,\s*$/.test(masked.slice(prev!.end, tk.start))))) continue;
    // ("Monday’s online edition carried a note …, telling readers": a weekday is no subject)
    if (WEEKDAYS.has(withoutPossessive(tk.lower))) continue;
    const start = prev && DETERMINERS.has(prev.lower) ? k - 1 : k;
    let np = phraseAfter(toks, start, masked);
    // "The group, WeWorkers Coalition, formed …": a name set between commas after the subject is its name
    // ("The orchestra's union, the Deutscher Orchesterbund, rejected": "the" before the name is read past)
    let after = np.length ? toks[toks.indexOf(np[np.length - 1]!) + 1] : undefined;
    const article = after?.lower === 'the' && /^,\s*$/.test(masked.slice(np[np.length - 1]!.end, after.start)) ? toks[toks.indexOf(after) + 1] : undefined;
    if (article && isCapitalised(article.text) && spacesBetween(masked, after!.end, article.start)) after = article;
    if (after && isCapitalised(after.text) && (after === article || /^,\s*$/.test(masked.slice(np[np.length - 1]!.end, after.start)))) {
      const named = phraseAfter(toks, toks.indexOf(after), masked);
      const close = named.length ? masked.slice(named[named.length - 1]!.end).match(/^\s*,/) : null;
      if (close && named.every((t) => isCapitalised(t.text))) np = named;
    }
    // "A spokeswoman for the label, Nadia Ferreira, declined … but said": after a person's noun and a phrase of up to four
    // words in lower case that opens with a preposition, the name set between commas
    const head = np[np.length - 1];
    if (head && np.length <= 3 && !isCapitalised(head.text) && isPersonNoun(head.lower)) {
      let q = toks.indexOf(head) + 1;
      if (toks[q] && ROLE_PREPOSITIONS.has(toks[q]!.lower) && spacesBetween(masked, head.end, toks[q]!.start)) {
        const e = q + 4;
        q++;
        while (q < e && q < upto && allLower(toks[q]!.text) && spacesBetween(masked, toks[q - 1]!.end, toks[q]!.start) && !/,\s*$/.test(masked.slice(toks[q - 1]!.end, toks[q]!.start))) q++;
        const name = toks[q];
        if (q < upto && name && isCapitalised(name.text) && /^,\s*$/.test(masked.slice(toks[q - 1]!.end, name.start))) {
          const named = phraseAfter(toks, q, masked);
          const close = named.length ? masked.slice(named[named.length - 1]!.end).match(/^\s*,/) : null;
          if (close && named.every((t) => isCapitalised(t.text))) np = named;
        }
      }
    }
    // "Frasier's ally on the council, Priya Venkataraman, was blunt": after a possessive, the name set between commas
    // after the words it owns (up to five, in lower case)
    const owner = np[np.length - 1];
    if (owner && possessiveAt(masked, owner.start, owner.end) && np.every((t) => isCapitalised(t.text))) {
      const e = nameAfterOwned(toks, masked, toks.indexOf(owner), 5, upto);
      if (e >= 0 && isCapitalised(toks[e]!.text)) {
        const named = phraseAfter(toks, e, masked);
        const close = named.length ? masked.slice(named[named.length - 1]!.end).match(/^\s*,/) : null;
        if (close && named.every((t) => isCapitalised(t.text))) np = named;
      }
    }
    const a = np.length ? classify(text, np, state, exclude, at) : null;
    if (a) return a;
    // past the rest of a noun phrase that is no speaker
    while (k + 1 < upto && npWord(toks[k + 1]!)) k++;
  }
  return null;
}

/**
 * After an inverted attribution's phrase, what stands before the name that speaks: "of" or "for" and one to three words
 * in lower case ("said director of rugby Gareth …"), or a preposition, up to three words, a comma and a title or not
 * ("said a spokeswoman for the office, Dr. Helena …").
 */
const DOMAIN_BEFORE_NAME = new RegExp(String.raw`^\s+(?:of|for)\s+(?:[a-z]+\s+){1,3}(?=\p{Lu})|^\s+(?:of|for|at|with)\s+(?:[a-z’'-]+\s+){0,2}[a-z’'-]+,\s+(?:${NAME_TITLE}\s+)?(?=\p{Lu})`, 'u');
/** A title and white space opening the text, a name after them: "Dr. Helena". */
const TITLE_OPENING = new RegExp(String.raw`^${NAME_TITLE}\s+(?=\p{Lu})`, 'u');

/** Articles that open a spokesperson phrase: "A spokesperson for …", "The spokesman for …". */
const SPOKES_OPENERS = new Set(['a', 'an', 'the']);
/** Words that open what is said of a body after its name: "the labour ministry of one of the countries …", "… named in". */
const BODY_TAIL_OPENERS = new Set(['of', 'in', 'named', 'which', 'who', 'that', 'whose']);

/** Prepositions that tie a person's noun to what they serve: "a spokeswoman for the label", "a lawyer at the firm". */
const ROLE_PREPOSITIONS = new Set(['for', 'at', 'of', 'with']);

const ORG_HEADS = new Set(
  ('company firm group bank agency ministry organisation organization union party club alliance government carrier airline maker ' +
    'association federation committee commission authority league society ' +
    'manufacturer retailer insurer broadcaster newspaper charity utility operator regulator watchdog studio network startup lender ' +
    'chain automaker carmaker developer provider platform institute university hospital foundation corporation fund ' +
    'secretariat directorate inspectorate').split(' '),
);
/** Abbreviated endings of names, written with a period: "Jr.", "Inc.". */
const NAME_SUFFIXES = new Set('jr sr inc ltd corp co plc llc'.split(' '));
/** Who speaks for an organisation: "a WeWork spokesperson" speaks for WeWork. */
const SPOKES_NOUNS = new Set('spokesman spokeswoman spokesperson representative rep'.split(' '));
/** Tokens read back over a relative clause between a speaker and the verb ("X, who asked not to be named …, said"). */
const RELATIVE_REACH = 25;
/** Verbs after a noun phrase that make it a clause's subject: "said the department had been …". */
const FINITE_AFTER = new Set('had has have was were is are would will could can did does should might may must'.split(' '));
/** Offices one holds, which "the minister said" may name the speaker just quoted by (not "the man", "the expert"). */
const OFFICES = new Set(
  ('minister president premier chancellor secretary mayor governor senator ambassador envoy commissioner chairman chairwoman chair ' +
    'chief director ceo executive spokesman spokeswoman spokesperson prosecutor judge sheriff coach manager leader').split(' '),
);
/** How far back (in characters) the speaker just named may be for "the minister said" to be them. */
const ROLE_REACH = 700;
/** Determiners that may stand between a preposition and its noun: "in her thirties", "on the island". */
const PHRASE_DETERMINERS = new Set('the a an her his their its our'.split(' '));
/** Words that open an appositive describing what a name is: ", the government's adviser,", ", a charity,". */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);
/** Words before "spokesperson" that describe the person, not the body they speak for. */
const SPOKES_ADJ = new Set('official unnamed anonymous longtime veteran regional local'.split(' '));

/** How far back (in characters) "the ministry" looks for a name holding "Ministry". */
const ORG_NAME_REACH = 1500;
/** Characters read on either side of a word that may stand in an organisation's name. */
const NAME_WINDOW = 200;
/** How far back "the doctors" looks for a name holding "Doctors" ("Doctors for Camp Closure"). */
const GROUP_NAME_REACH = 6000;
/** Words that close the names of some kinds of organisation besides the org word itself: "the airline" → "Northwind Airways". */
const NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  airline: ['Airlines', 'Airways', 'Air'],
  carrier: ['Airlines', 'Airways', 'Air'],
  company: ['Inc', 'Corp', 'Corporation', 'Ltd', 'Holdings'],
  firm: ['Inc', 'Corp', 'Corporation', 'Ltd', 'Holdings'],
  broadcaster: ['Broadcasting', 'Television', 'Radio'],
  force: ['Police', 'Constabulary'],
};
/** Small words a capitalised organisation name may hold: "Ministry of Fisheries", "Bank for International Settlements". */
const NAME_LINKS = new Set('of for and on the'.split(' '));

/**
 * The last capitalised name of two or more words before `pos` (within ORG_NAME_REACH) with the
 * org word `head` in it, capitalised: "the ministry" → "Harbour Ministry of Fisheries".
 */
function nameWithHead(text: string, head: string, pos: number, reach = ORG_NAME_REACH): string | null {
  const from = Math.max(0, pos - reach);
  const named = nameInHead(text, head, from, pos);
  const described = nameDescribedAs(text, head, from, pos);
  if (!named || !described) return named?.name ?? described?.name ?? null;
  return named.at > described.at ? named.name : described.name;
}

/** "Greenfield Alliance, a farmers' group,": a capitalised name with an appositive whose head is `head`. */
function nameDescribedAs(text: string, head: string, from: number, pos: number): { name: string; at: number } | null {
  // the pattern ends at the head word before a comma or a period, after ", a|an|the" and at most
  // three words: without such a place in reach, nothing to find
  if (!appositiveHeadIn(text, head, from, pos)) return null;
  let re = APPOSITIVE_RES.get(head);
  if (!re) {
    re = new RegExp(String.raw`(\p{Lu}[\p{L}’'&.\-]*(?:[ ]+(?:(?:of|for|and|the)[ ]+)?\p{Lu}[\p{L}’'&.\-]*)*),[ ]+(?:a|an|the)[ ]+(?:[\p{L}’'\-]+[ ]+){0,3}${head}(?=[,.])`, 'gu');
    APPOSITIVE_RES.set(head, re);
  }
  re.lastIndex = 0;
  const part = text.slice(from, pos);
  let found: { name: string; at: number } | null = null;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const words = m[1]!.split(/ +/);
    // a sentence-opening article is no part of the name
    while (words.length && CAP_STOP.has(words[0]!)) words.shift();
    if (words.length) found = { name: words.join(' '), at: from + m.index };
  }
  return found;
}

/** nameDescribedAs's pattern per head word (global: each search runs it until it finds no more, which sets lastIndex back to 0). */
const APPOSITIVE_RES = new Map<string, RegExp>();

/**
 * A necessary condition for nameDescribedAs's pattern to match in text.slice(from, pos): `head` after
 * a space and before a comma or a period inside the slice, with before it (across runs of spaces) at
 * most three runs of characters that are no space and no comma (a word of the pattern is such a run,
 * bounded by spaces), then "a", "an" or "the" alone, spaces, and a comma inside the slice.
 */
export function appositiveHeadIn(text: string, head: string, from: number, pos: number): boolean {
  for (let h = text.indexOf(head, from); h >= 0 && h + head.length < pos; h = text.indexOf(head, h + 1)) {
    const after = text.charCodeAt(h + head.length);
    if ((after !== 0x2c && after !== 0x2e) || h <= from || text.charCodeAt(h - 1) !== 0x20) continue;
    let i = h;
    // up to four runs back: three words and the article
    for (let words = 0; words < 4; words++) {
      let k = i;
      while (k > from && text.charCodeAt(k - 1) === 0x20) k--;
      if (k === i) break;
      let w = k;
      while (w > from && text.charCodeAt(w - 1) !== 0x20 && text.charCodeAt(w - 1) !== 0x2c) w--;
      if (w === k) break;
      if (isArticleAt(text, w, k)) {
        let c = w;
        while (c > from && text.charCodeAt(c - 1) === 0x20) c--;
        if (c < w && c > from && text.charCodeAt(c - 1) === 0x2c) return true;
      }
      i = w;
    }
  }
  return false;
}

/** True when text.slice(start, end) is "a", "an" or "the". */
function isArticleAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  const a = text.charCodeAt(start);
  if (n === 1) return a === 0x61;
  if (n === 2) return a === 0x61 && text.charCodeAt(start + 1) === 0x6e;
  return n === 3 && a === 0x74 && text.charCodeAt(start + 1) === 0x68 && text.charCodeAt(start + 2) === 0x65;
}

/** The last capitalised name of two or more words holding the org word, capitalised. */
function nameInHead(text: string, head: string, from: number, pos: number): { name: string; at: number } | null {
  const cap = head[0]!.toUpperCase() + head.slice(1);
  let best: { name: string; at: number; word: number } | null = null;
  // each wanted word from its last occurrence back: the latest that opens or ends a longer name wins
  // (searched in the window only: lastIndexOf on the text would read back to the page's start where the word is not written)
  const window = text.slice(from, pos);
  for (const w of [cap, ...(NAME_WORDS[head] ?? [])]) {
    for (let at = window.lastIndexOf(w, window.length - w.length); at >= 0; at = at > 0 ? window.lastIndexOf(w, at - 1) : -1) {
      const i = from + at;
      if (best && i <= best.word) break;
      // the words around it only: no name is longer than NAME_WINDOW
      const toks = tokenize(text, Math.max(from, i - NAME_WINDOW), Math.min(pos, i + w.length + NAME_WINDOW));
      const k = toks.findIndex((t) => t.start === i);
      if (k < 0 || toks[k]!.text !== w) continue;
      // the capitalised words before it, and after it those joined by small linking words
      let a = k;
      while (a > 0 && isCapitalised(toks[a - 1]!.text) && !CAP_STOP.has(toks[a - 1]!.text) && spacesBetween(text, toks[a - 1]!.end, toks[a]!.start)) a--;
      let b = k;
      for (let c = k + 1; c < toks.length && (spacesBetween(text, toks[c - 1]!.end, toks[c]!.start) || pluralPossessiveGap(text, toks[c - 1]!.end, toks[c]!.start)); c++) {
        if (isCapitalised(toks[c]!.text) && !CAP_STOP.has(toks[c]!.text)) b = c;
        else if (!NAME_LINKS.has(toks[c]!.text)) break;
      }
      if (a === b) continue;
      // (a word standing for the noun ends the name it names: "West Yorkshire Police" for "the force", not the
      // "Independent Office for Police Conduct")
      if (w !== cap && b !== k) continue;
      best = { name: text.slice(toks[a]!.start, toks[b]!.end).replace(/['’]s$/u, ''), at: toks[a]!.start, word: i };
      break;
    }
  }
  return best && { name: best.name, at: best.at };
}

/**
 * The last sentence subject before `pos`, within ORG_NAME_REACH, written "The <one or two words in lower case>
 * <head>" ("The services union"), as written without its article; null when there is none.
 */
const subjectPatterns = new Map<string, RegExp>();
function describedSubject(text: string, head: string, pos: number, possessive = false): { name: string; at: number } | null {
  const from = Math.max(0, pos - ORG_NAME_REACH);
  const key = possessive ? `’${head}` : head;
  let re = subjectPatterns.get(key);
  // (with `possessive`, a place's possessive and up to two words in lower case too: "Italy’s competition authority has approved …")
  const opener = possessive ? String.raw`(?:The((?:\s+[a-z][a-z-]*){1,2})|(\p{Lu}\p{L}+['’]s(?:\s+[a-z][a-z-]*){0,2}))` : String.raw`The((?:\s+[a-z][a-z-]*){1,2})`;
  if (!re) subjectPatterns.set(key, (re = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)${opener}\s+${head}\b`, 'gu')));
  re.lastIndex = 0;
  let found: { name: string; at: number } | null = null;
  const part = text.slice(from, pos);
  for (let m = re.exec(part); m; m = re.exec(part)) found = { name: m[1] !== undefined ? `${m[1].trim()} ${head}` : `${m[2]!} ${head}`, at: from + m.index + m[0].length };
  return found;
}

/** Nouns for news outlets: "the newspaper said" may stand for one. */
const MEDIA_HEADS = new Set('newspaper paper outlet broadcaster network magazine publication daily tabloid site website channel station agency'.split(' '));
/** Words that make a name a news outlet's ("the Rhine Valley Post", "Reuters"). */
const OUTLET_WORDS = new Set('post times herald tribune journal gazette chronicle telegraph guardian observer express courier mirror news press sentinel ledger dispatch examiner inquirer reuters bloomberg bbc cnn afp ap'.split(' '));

/** Nouns for businesses, and words of public bodies' names that no business's name holds. */
const COMPANY_HEADS = new Set('company firm business carrier airline lender retailer maker manufacturer developer operator insurer supplier chain'.split(' '));
/** Public bodies no company has one of (a company has a committee or a board): "the regulator", "the ministry". */
const STATE_BODIES = new Set('regulator watchdog ministry government police court parliament secretariat directorate inspectorate'.split(' '));
const PUBLIC_BODIES = new Set('court ministry police university commission council agency department parliament government committee tribunal army navy senate congress assembly inquiry regulator secretariat directorate inspectorate'.split(' '));

/** True when a word of the name, lowercased and without a closing possessive, is in the set. */
function hasWordIn(name: string, words: ReadonlySet<string>): boolean {
  for (const w of name.toLowerCase().split(/\s+/)) if (words.has(w.replace(/['’]s$/u, ''))) return true;
  return false;
}

/** True when a word of the name is a public body's ("Department of Health", "General Court"). */
const isPublicBody = (name: string): boolean => hasWordIn(name, PUBLIC_BODIES) || (NATIONAL_NAME.test(name) && hasWordIn(name, PUBLIC_NAME_WORDS));
/** Names that open as a state's bodies do: "National Labor Relations Board", "Federal Aviation Administration". */
const NATIONAL_NAME = /^(?:National|Federal|State|Royal|Central)\s/;

/**
 * Kinds of body whose nouns may stand for one another ("the lender" for "… Bank", "the watchdog" for "… Authority");
 * a body whose name ends in the noun of one kind is none of another kind's ("the ministry" is no "… Council for the
 * Exploration of the Sea", "the credit union" no "… Jazz Festival").
 */
const BODY_KINDS: readonly ReadonlySet<string>[] = [
  'firm business carrier airline airways airlines lender bank retailer maker manufacturer developer operator insurer supplier chain startup automaker carmaker provider utility holdings'.split(' '),
  'ministry department government administration executive cabinet'.split(' '),
  'council municipality authority borough county city'.split(' '),
  'agency authority regulator watchdog commission office bureau service inspectorate'.split(' '),
  'union federation association alliance league society confederation guild'.split(' '),
  'charity foundation trust'.split(' '),
  'university college institute school academy'.split(' '),
  'festival museum gallery theatre theater orchestra opera ballet choir zoo'.split(' '),
  'court tribunal'.split(' '),
  'club team side'.split(' '),
].map((k) => new Set(k));
/**
 * The kinds `word` is a noun of (none for most words; "company", "group", "organisation" and "body" are in no kind,
 * as they name bodies of every kind: "the company" may be a ballet's).
 */
const kindsOfWord = (word: string): ReadonlySet<string>[] => BODY_KINDS.filter((k) => k.has(word));
/**
 * True when the body's name ends in a noun of a kind (its last word, or the word before "of": "International Council for
 * the Exploration of the Sea") none of whose kinds `head` belongs to.
 */
function otherKind(name: string, head: string, heads: readonly ReadonlySet<string>[]): boolean {
  if (!heads.length) return false;
  const words = name.toLowerCase().replace(/['’]s$/u, '').split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const noun = words[(cut > 0 ? cut : words.length) - 1]!;
  const kinds = kindsOfWord(noun);
  return kinds.length > 0 && noun !== head && !kinds.some((k) => heads.includes(k));
}

/** Words of public bodies' names, those of PUBLIC_BODIES and those a company may hold too ("Kenya Wildlife Service"). */
const PUBLIC_NAME_WORDS: ReadonlySet<string> = new Set([
  ...PUBLIC_BODIES,
  ...'service authority office bureau inspectorate board administration directorate executive police force'.split(' '),
]);

/** Words that make a name a business's ("Kallström Bank", "Norvik Holdings", "Wellmore Pharmacy"). */
const COMPANY_NAME_WORDS: ReadonlySet<string> = new Set([
  ...BUSINESS_WORDS,
  ...'bank inc corp ltd plc llc group company holdings corporation airlines motors technologies labs'.split(' '),
]);
/** True when a word of the name is a business's: no ministry, government or agency the text speaks of. */
const isBusiness = (name: string): boolean => hasWordIn(name.replace(/\./g, ''), COMPANY_NAME_WORDS);

/** Social networks, and the nouns that may stand for one ("the company said" after "Twitter"). */
const PLATFORMS = new Set('twitter facebook instagram weibo linkedin tiktok youtube reddit telegram whatsapp snapchat wechat threads bluesky'.split(' '));
const PLATFORM_HEADS = new Set('company firm platform site app network service giant'.split(' '));

/** True when a word of the name is one of OUTLET_WORDS (any case). */
const isOutlet = (name: string): boolean => hasWordIn(name, OUTLET_WORDS);

/**
 * The capitalised name set between commas right after the noun, last before `pos` within ORG_NAME_REACH:
 * "The orchestra's union, the Deutscher Orchesterbund, rejected …" → "Deutscher Orchesterbund"; null when none.
 */
const appositivePatterns = new Map<string, RegExp>();
function appositiveName(text: string, head: string, pos: number): string | null {
  let re = appositivePatterns.get(head);
  if (!re) appositivePatterns.set(head, (re = new RegExp(String.raw`\b${head},\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'&-]*\s+){0,4}\p{Lu}[\p{L}’'-]*),`, 'gu')));
  const part = text.slice(Math.max(0, pos - ORG_NAME_REACH), pos);
  if (!part.includes(`${head},`)) return null;
  re.lastIndex = 0;
  let found: string | null = null;
  for (let m = re.exec(part); m; m = re.exec(part)) found = m[1]!;
  return found;
}

/** The organisation named last before `pos`, within ORG_NAME_REACH, a news outlet only when `head` is a noun for one. */
/**
 * True when a speaker's name is people named by a plural noun, capitalised only as it opens a sentence ("Residents say
 * …", "Critics of the plan said"): no organisation "the company" or "the union" may stand for.
 */
function peopleNamedByNoun(name: string): boolean {
  const sp = name.indexOf(' ');
  const first = (sp < 0 ? name : name.slice(0, sp)).toLowerCase();
  if (first.length < 4 || !first.endsWith('s') || !isPersonNoun(first.slice(0, -1))) return false;
  return sp < 0 || !name.slice(sp + 1).split(' ').some(isCapitalised);
}

function lastOrganisation(state: ResolveState, pos: number, head = ''): Referent | undefined {
  const masked = state.masked;
  // (a news outlet the text quotes from or talks to is no "company", "bank" or spokesperson's body: "told the
  // Rhine Valley Post"; only "the newspaper", "the broadcaster" … may be one)
  const outlets = MEDIA_HEADS.has(head);
  // (nor is a social network the text says something was posted on "the group" or "the union": only a company may be one)
  const platforms = head === '' || PLATFORM_HEADS.has(head);
  // (nor is a court, a ministry or another public body a company: "appeal to the General Court … the company said")
  const companies = COMPANY_HEADS.has(head);
  // (nor a company a ministry, a government or an agency: "Kallström Bank …. The finance ministry declined to comment")
  const publicBody = PUBLIC_BODIES.has(head);
  // (the kinds the noun is of: most nouns, and no noun at all, are of none, and every body fits them)
  const headKinds = head === '' ? [] : kindsOfWord(head);
  const near = (r: Referent) =>
    !r.person &&
    r.end <= pos &&
    r.end > pos - ORG_NAME_REACH &&
    (masked === undefined || masked.charCodeAt(r.start) !== 0x22) &&
    (outlets || !isOutlet(r.name)) &&
    (platforms || !PLATFORMS.has(r.name.toLowerCase())) &&
    !(companies && isPublicBody(r.name)) &&
    // (nor a body the knowledge base lacks whose name tells no public body: "Pluimvee Belang … the agriculture ministry")
    !(publicBody && (isBusiness(r.name) || (r.entityId === null && !hasWordIn(r.name, PUBLIC_NAME_WORDS)))) &&
    !(headKinds.length > 0 && otherKind(r.name, head, headKinds));
  // (one that ends by `pos` starts by it; one that ends past pos - ORG_NAME_REACH is all that is read back to)
  return lastBodyWhere(state, pos, near, pos - ORG_NAME_REACH);
}

/**
 * The body named last before `pos` whose name holds every one of the words, and a word opening with `place` when one
 * is given: "Western Plains Lottery Corporation" for "the lottery corporation", "Ohio Department of Health" for
 * "Ohio's health department".
 */
function bodyNamedWith(state: ResolveState, pos: number, wanted: readonly string[], place: string | null): Referent | undefined {
  return lastBodyWhere(state, pos, (x) => {
    if (x.person || x.end > pos) return false;
    const parts = x.name.toLowerCase().split(/\s+/);
    return wanted.every((w) => parts.includes(w)) && (place === null || parts.some((w) => w.startsWith(place)));
  });
}

/**
 * The referent that passes the test and starts last by `pos`, of those the mentions give and the organisations the
 * knowledge base lacks: one of these named later stands nearer ("Dick Clark Productions denied …; the company said").
 */
function lastBodyWhere(state: ResolveState, pos: number, test: (r: Referent) => boolean, after?: number): Referent | undefined {
  const known = findLastStartingBy(state.referents, pos, test, after);
  const other = state.organisations ? findLastStartingBy(state.organisations(), pos, test, after) : undefined;
  return other && (!known || other.start > known.start) ? other : known;
}

/**
 * The body a sentence before `pos` opens with as its subject, the sentence `pos` stands in or the one before it (one
 * sentence break between at most): named first, after "The" ("The Commission has defended its proposal. A spokesperson
 * said"), between commas after a noun phrase ("A second union, the Steel and Allied Trades Association, struck a more
 * cautious tone. In a statement, it said"), or described in lower case before a verb ("The train drivers' union said
 * …"); with `byNoun`, also a body's noun alone after "The", as the name written before with it ("The coalition posted
 * a statement"). A sentence that opens with a phrase up to a comma ("In a statement, …") leaves the body before it in
 * force. Undefined when the sentence opens with none.
 */
export function subjectBodyBefore(state: ResolveState, text: string, pos: number, byNoun = false): Speaker | undefined {
  const from = Math.max(0, pos - 400);
  let found: Speaker | undefined;
  SENTENCE_OPENS.lastIndex = 0;
  const part = text.slice(from, pos);
  for (let m = SENTENCE_OPENS.exec(part); m; m = SENTENCE_OPENS.exec(part)) {
    // (an opening at the part's start matches no character: step past it)
    if (m[0].length === 0) SENTENCE_OPENS.lastIndex++;
    const at = from + m.index + m[0].length;
    // (only the last sentence opening before pos, and the one before it: at most one break after it)
    if (breaksBetween(text, at, pos - 1) > 1) continue;
    // (with `byNoun`, "The coalition posted a statement": a body's noun in lower case, the body named before with it)
    const nounOpening = byNoun ? SUBJECT_NOUN.exec(text.slice(at, at + 40)) : null;
    if (nounOpening) {
      const noun = nounOpening[1]!;
      const full = ORG_HEADS.has(noun) || GROUP_NOUNS.has(noun) || NON_PERSON_WORDS.has(noun) ? nameWithHead(text, noun, at, GROUP_NAME_REACH) : null;
      found = full ? { entityId: null, name: full, start: at, end: at + 4 + noun.length } : undefined;
      continue;
    }
    // ("The train drivers' union said it would watch closely. A spokesperson said": a body described in lower case)
    const described = DESCRIBED_BODY.exec(text.slice(at, at + 80));
    if (described && ORG_HEADS.has(described[2]!)) {
      found = { entityId: null, name: 'the ' + described[1]!, start: at, end: at + 4 + described[1]!.length };
      continue;
    }
    const opening = SUBJECT_BODY.exec(text.slice(at, at + 160));
    const name = opening ? (opening[1] ?? opening[2]!) : '';
    // (a sentence opening with a phrase up to a comma, "In a statement, it said", has its subject after it: the body
    // before stays the one meant; any other opening is a subject that is no body)
    const space = name.indexOf(' ');
    if (!opening || CAP_STOP.has(space < 0 ? name : name.slice(0, space))) {
      if (!OPENING_PHRASE.test(text.slice(at, at + 60))) found = undefined;
      continue;
    }
    const nameAt = text.indexOf(name, at);
    // (a body named inside the name, as the spotter may cut it: "Steel" and "Allied Trades Association"; the name as written)
    const body = lastBodyWhere(state, nameAt + name.length, (r) => !r.person && r.start >= nameAt && r.end <= nameAt + name.length, nameAt - 1);
    if (body) found = body.start === nameAt && body.end === nameAt + name.length ? toSpeaker(state, body, body.start, body.end) : { entityId: null, name, start: nameAt, end: nameAt + name.length };
    else if (!name.includes(' ') && ORG_HEADS.has(name.toLowerCase())) {
      // "The Commission": the body named before with that word in it
      const full = nameWithHead(text, name.toLowerCase(), nameAt, GROUP_NAME_REACH);
      found = full ? { entityId: null, name: full, start: nameAt, end: nameAt + name.length } : undefined;
    } else found = undefined;
  }
  return found;
}

/** A sentence's opening phrase up to a comma: a preposition or an opener and up to 40 characters ("In a statement,", "On Monday,"). */
const OPENING_PHRASE = /^(?:In|On|At|After|Before|During|Later|Earlier|Meanwhile|However|But|And|Separately|Asked|Speaking)\b[^,.;:]{0,40},/;

/** Where sentences open: the text's start, a line's start, or after a sentence's end. */
const SENTENCE_OPENS = /(?:^|\n|[.!?]["”’]?[ \t]+)(?=\S)/g;
/**
 * A sentence opening with a body's name and a verb in lower case ("The Commission has", "Halvorsen Metall said"), or
 * with a noun phrase in lower case and the body's name between commas ("A second union, the Steel … Association,").
 */
const SUBJECT_BODY = /^(?:A|An|The)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'&.-]*))*),|^(?:The\s+)?((?:\p{Lu}[\p{L}’'&.-]*)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}’'&.-]*))*?)(?=\s+[a-z])/u;
/** "The train drivers' union said": up to three words in lower case and a body's noun (group 2) after "The", then a verb. */
const DESCRIBED_BODY = /^The\s+((?:[a-z][a-z’'-]*\s+){1,3}([a-z]+))(?=\s+(?:said|says|has|had|is|was|would|will|warned|added)\b)/;
/** "The coalition posted …": a body's noun in lower case opening a sentence, after "The" (group 1). */
const SUBJECT_NOUN = /^The\s+([a-z]+)(?=\s+[a-z])/;

/**
 * The last name before `pos` (up to three names back, within ORG_NAME_REACH) that the text lets speak ("X said",
 * "X blamed") and tells nothing of a person: no given name opening it, no title before any of its mentions, no age, no
 * "who" and no description after them, no role or occupation written with it, no "he" or "she" learned for it. Such
 * a name is as likely a body's as a person's ("Halvorsen Metall", "Ofgem", "Zipkorb"); "the company said" with no
 * body named takes it.
 */
function nameSpokeLikeBody(state: ResolveState, text: string, pos: number): Referent | undefined {
  const seen = new Set<string>();
  for (let i = state.referents.length - 1; i >= 0 && seen.size < 3; i--) {
    const r = state.referents[i]!;
    if (r.start >= pos) continue;
    if (r.start < pos - ORG_NAME_REACH) break;
    if (!r.person || r.entityId !== null || seen.has(r.key)) continue;
    seen.add(r.key);
    if (state.gender?.has(r.key)) continue;
    let fullest = r;
    let spoke = false;
    let personal = false;
    for (const x of referentsOfKey(state.referents, r.key)) {
      if (x.start >= pos) continue;
      if (x.name.length > fullest.name.length) fullest = x;
      if (x.descriptors.size > 0 || TITLE_BEFORE_NAME.test(text.slice(Math.max(0, x.start - 6), x.start)) || PERSON_AFTER_NAME.test(text.slice(x.end, x.end + 12))) personal = true;
      if (SPOKE_AFTER_NAME.test(text.slice(x.end, x.end + 14))) spoke = true;
    }
    const space = fullest.name.indexOf(' ');
    if (personal || !spoke || givenNameGender(space < 0 ? fullest.name : fullest.name.slice(0, space)) !== undefined) continue;
    return fullest;
  }
  return undefined;
}

/** What follows a person's name: an age, "who", "whose", an appositive's article or a possessive pronoun. */
const PERSON_AFTER_NAME = /^(?:,\s+(?:\d|who\b|whose\b|a\s|an\s|the\s|his\b|her\b)|\s+(?:he|she)\b)/;
/** A verb of saying or blaming right after a name: "Ofgem blamed", "Halvorsen Metall said". */
const SPOKE_AFTER_NAME = /^\s+(?:said|says|told|added|confirmed|announced|blamed|insisted|argued|stated|warned)\b/;

/** "Dublin-based": where a body is, which describes it and names no one. */
const basedIn = (t: Token): boolean => t.lower.endsWith('-based');

/** How far back (characters) a spokesperson the text gives no body for speaks for the group that spoke last. */
const SPOKES_REACH = 400;

/** A body's boards and committees, which speak for it: "the bank's Monetary Policy Board". */
const BOARD_HEADS = new Set(['board', 'committee', 'council']);

/** The people who run an organisation, speaking for it: "the board said". */
const BOARD_NOUNS = new Set(['board', 'trustees', 'directors']);
/** "the choir’s " right before a board: the kind of organisation whose board it is. */
const BOARD_OWNER = /\b[Tt]he\s+([a-z]{3,})['’]s\s+$/;

/** Nouns for what a body puts out: "figures released by …", "data published by …". */
const RELEASED_NOUNS = new Set(['figures', 'data', 'statistics', 'estimates', 'numbers', 'records']);
/** Verbs for putting figures out, before "by". */
const RELEASE_VERBS = new Set(['released', 'published', 'compiled', 'provided', 'issued', 'gathered', 'collected', 'kept']);

/**
 * After a phrase that is a noun for figures alone ("figures", "the latest data"), where "released by" (or another
 * verb of putting figures out and "by") follows at `k`: the index of the token after "by"; else -1.
 */
function releasedBy(toks: readonly Token[], k: number, np: readonly Token[]): number {
  const head = np[np.length - 1]!;
  if (!RELEASED_NOUNS.has(head.lower) || np.some((t) => isCapitalised(t.text))) return -1;
  return RELEASE_VERBS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'by' && k + 2 < toks.length ? k + 2 : -1;
}

/** The words from token k that stand apart by spaces only (at most seven): who released figures. */
function bodyAfter(toks: readonly Token[], k: number, masked: string): Token[] {
  const out: Token[] = [];
  for (let i = k; i < toks.length && i - k < 7; i++) {
    if (i > k && !spacesBetween(masked, toks[i - 1]!.end, toks[i]!.start)) break;
    out.push(toks[i]!);
  }
  return out;
}

/** Classifies a noun phrase (tokens in order) that stands as the subject of a speech verb. */
function classifyPhrase(text: string, np: Token[], state: ResolveState, exclude: ReadonlySet<string>, at: number): Attribution | null {
  const first = np[0]!;
  const last = np[np.length - 1]!;
  // the phrase without a final possessive, made where it is read
  const phraseOf = (): string => text.slice(first.start, last.end).replace(/['’]s$/u, '');
  const mk = (speaker: Speaker, key: string | null, tier: number): Attribution => ({ speaker, key, at, tier, according: false });
  if (np.length === 1 && PRONOUNS.has(first.lower)) {
    // "they" and "it" stand for the last group or organisation that spoke
    if (first.lower === 'they' || first.lower === 'it') {
      // ("A second union, the Steel and Allied Trades Association, struck a more cautious tone. In a statement, it said":
      // the body the sentence before opened with, named after the group that last spoke)
      const subject = first.lower === 'it' ? subjectBodyBefore(state, text, first.start) : undefined;
      if (subject && subject.start !== undefined && (!state.lastGroup || (state.lastGroup.start ?? -1) < subject.start)) return mk(speakerAt(subject, first.start, first.end), null, 1);
      if (state.lastGroup) return mk(speakerAt(state.lastGroup, first.start, first.end), null, 1);
      // "it" with no group speaker yet: the organisation named last, when the mentions hold one
      const org = first.lower === 'it' ? lastOrganisation(state, first.start) : undefined;
      return org ? mk(toSpeaker(state, org, first.start, first.end), org.key, 1) : null;
    }
    if (first.lower !== 'he' && first.lower !== 'she') return null;
    const r = resolvePronoun(state, first.start, exclude, first.lower);
    if (r) return mk(toSpeaker(state, r, first.start, first.end), r.key, 1);
    // "One software engineer …, said …. She said several colleagues …": no one named fits, so the person the text
    // described without a name, not long before
    const unnamed = state.lastUnnamed;
    return unnamed && first.start - unnamed.at < UNNAMED_REACH ? mk(speakerAt(unnamed.speaker, first.start, first.end), null, 1) : null;
  }
  // "Many residents were angry. “They knew,” said one": one of the group just counted
  if (np.length === 1 && (first.lower === 'one' || first.lower === 'another')) {
    const member = oneOfGroup(state.masked ?? text, first.start);
    return member ? mk({ entityId: null, name: member, start: first.start, end: first.end }, null, 1) : null;
  }
  if (np.length === 1 && first.text === 'which') {
    // "the United States, which accuses him": the noun phrase before the comma
    const k = np[0]!;
    const before = /,\s*$/.test(text.slice(Math.max(0, k.start - 3), k.start)) ? tokenize(text, Math.max(0, k.start - 80), k.start) : [];
    const prev = before.length ? phraseBefore(before, before.length - 1, text) : [];
    return prev.length ? classifyPhrase(text, prev, state, exclude, at) : null;
  }
  if (np.length === 1 && first.text === 'who') {
    // "Ana Lopes who said", "Ana Lopes, who said", "Ana Lopes, a 26-year-old nurse who said"
    const r = findLastStartingBy(state.referents, first.start, (x) => x.end <= first.start && x.end > first.start - 70 && WHO_AFTER.test(text.slice(x.end, first.start)));
    return r ? mk(toSpeaker(state, r, r.start, r.end), r.key, 3) : null;
  }
  // "the bank’s Monetary Policy Board said": a board or a committee of a body the text names by its noun speaks for that
  // body ("the bank" → "Reserve Bank of Australia")
  if (np.length >= 3 && first.lower === 'the' && BOARD_HEADS.has(last.lower) && possessiveAt(text, np[1]!.start, np[1]!.end) && !isCapitalised(np[1]!.text)) {
    const noun = np[1]!.lower.replace(/['’]s$/u, '');
    const org = ORG_HEADS.has(noun) ? lastOrganisation(state, first.start, noun) : undefined;
    if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
    const named = nameWithHead(text, noun, first.start, GROUP_NAME_REACH);
    if (named) return mk({ entityId: null, name: named, start: first.start, end: last.end }, null, 2);
  }
  // "Justice Eleanor Fairweather of the Manitoba Court of King's Bench said": the person named before "of", not the
  // body after it
  const of = np.findIndex((t, i) => i > 0 && t.text === 'of');
  const before = of > 0 ? findOverlapping(state.referents, np[of - 1]!.start, np[of - 1]!.end, (r) => r.person) : undefined;
  if (before) return mk(toSpeaker(state, before, before.start, before.end), before.key, 3);
  const named = findOverlapping(state.referents, last.start, last.end);
  if (named) return mk(toSpeaker(state, named, named.start, named.end), named.key, named.person ? 3 : 2);
  // "China's ambassador to Britain", "the secretary of state": a role noun in lower case before of/for/to heads the phrase
  const linkAt = np.findIndex((t, i) => i > 0 && (t.lower === 'of' || t.lower === 'for' || t.lower === 'to') && ROLE_NOUNS.has(np[i - 1]!.text));
  // … but "a spokesperson for Calloway" speaks for the organisation named after it
  // (and so does a body named in lower case after it, "a spokesperson for the regulator", "a spokesman for the regional
  // prosecutor's office": the body the text means by it)
  const bodyAfter = linkAt > 0 && linkAt + 1 < np.length && np[linkAt]!.lower !== 'to' && SPOKES_NOUNS.has(np[linkAt - 1]!.lower);
  if (bodyAfter && (isCapitalised(np[linkAt + 1]!.text) || np[linkAt + 1]!.lower === 'the')) {
    const org = classifyPhrase(text, np.slice(linkAt + 1), state, exclude, at);
    if (org && !PRONOUNS.has(org.speaker.name.toLowerCase())) return mk(speakerAt(org.speaker, first.start, last.end), org.key, 2);
  }
  if (linkAt > 0) return classifyPhrase(text, np.slice(0, linkAt), state, exclude, at);
  // "The state government of Mecklenburg-Western Pomerania said": a body's noun in lower case before "of" and a name
  // after it is that body, as the text names it
  const bodyOf = np.findIndex((t, i) => i > 0 && t.text === 'of' && allLower(np[i - 1]!.text) && (ORG_HEADS.has(np[i - 1]!.lower) || GROUP_NOUNS.has(np[i - 1]!.lower)));
  // (or up to three words in lower case after the noun of a public body: "the ministry of social affairs")
  const lowerBody = bodyOf > 0 && np.length - bodyOf - 1 <= 3 && BODY_OF_HEADS.has(np[bodyOf - 1]!.text) && np.slice(bodyOf + 1).every((t) => allLower(t.text));
  if (bodyOf > 0 && bodyOf + 1 < np.length && (lowerBody || np.slice(bodyOf + 1).every((t) => isCapitalised(t.text) || t.lower === 'the'))) {
    const from = DETERMINERS.has(first.lower) ? np[1]! : first;
    return mk({ entityId: null, name: text.slice(from.start, last.end), start: first.start, end: last.end }, null, 2);
  }
  const words = np.filter((t) => !DETERMINERS.has(t.lower));
  // "the Office of the President said": a capitalised name with "of" inside is a body's name, not a role
  const ofAt = words.findIndex((t, i) => i > 0 && t.lower === 'of');
  if (ofAt > 0 && words.every((t, i) => i === ofAt || isCapitalised(t.text)) && BODY_HEADS.has(words[ofAt - 1]!.lower)) {
    return mk({ entityId: null, name: text.slice(words[0]!.start, last.end), start: first.start, end: last.end }, null, 2);
  }
  const head = words[words.length - 1]?.lower.replace(/['’]s$/, '') ?? '';
  // "The orchestra's union, the Deutscher Orchesterbund, … the union said": the name the text set after the noun
  if (words.length === 1 && first.lower === 'the' && (ORG_HEADS.has(head) || GROUP_NOUNS.has(head))) {
    const given = appositiveName(text, head, first.start);
    if (given) return mk({ entityId: null, name: given, start: first.start, end: last.end }, null, 2);
  }
  const owner = SPOKES_NOUNS.has(head) && !DETERMINERS.has(first.lower) && np.length === 2 && possessiveAt(text, first.start, first.end) && isCapitalised(first.text);
  if (owner) {
    // "Swift's rep said", "Acme's spokesperson said": who the speaker speaks for
    const r = findOverlapping(state.referents, first.start, first.end);
    if (r) return mk(toSpeaker(state, r, first.start, last.end), r.key, 2);
  }
  if (SPOKES_NOUNS.has(head) && DETERMINERS.has(first.lower)) {
    // "a WeWork spokesperson said": the organisation named before the noun speaks
    const orgWords = words.slice(0, -1).filter((t) => isCapitalised(t.text));
    if (orgWords.length) {
      const o = orgWords[0]!;
      const e = orgWords[orgWords.length - 1]!;
      const org = findOverlapping(state.referents, o.start, e.end, (r) => !r.person);
      if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
      const name = text.slice(o.start, e.end).replace(/['’]s$/u, '');
      return mk({ entityId: null, name: fullerAt(state, o.start, name), start: first.start, end: last.end }, null, 2);
    }
    // "a council spokesperson said": the council named before, as "the council said" reads it
    const kind = words.length === 2 ? words[0]!.lower : '';
    // (any body in lower case before the noun: "a coastguard spokesman", "a family spokeswoman"; not an adjective)
    if (/^[a-z]{3,}$/.test(kind) && !ROLE_ADJ.has(kind) && !SPOKES_ADJ.has(kind)) {
      // (as "the company said" reads it: the organisation named last, when the mentions hold one)
      const org = ORG_HEADS.has(kind) ? lastOrganisation(state, first.start, kind) : undefined;
      // (one whose name holds the noun wins over a later one whose name does not: "a bank spokesman" is Kessler
      // Rhein Bank's, not the investor Liebig Capital's named after it)
      // (a name that ends with the noun: not "European Union and China" for "a union spokesperson")
      const holding = org && !org.name.toLowerCase().includes(kind) ? nameWithHead(text, kind, first.start, GROUP_NAME_REACH) : null;
      if (holding && holding.toLowerCase().endsWith(` ${kind}`)) return mk({ entityId: null, name: holding, start: first.start, end: last.end }, null, 2);
      // ("The agriculture ministry said …. … a ministry spokesman said": the body a sentence opened with by that noun,
      // not an organisation named last whose name does not hold it)
      // (or, with no organisation of that kind named, the body a sentence opened with: "The agriculture ministry said")
      const described = !org || !org.name.toLowerCase().includes(kind) ? describedSubject(text, kind, first.start) : null;
      if (described && (!org || described.at > org.end)) return mk({ entityId: null, name: described.name, start: first.start, end: last.end }, null, 2);
      if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
      // (a body keeps its name through the article: "Brackenford Borough Council" paragraphs before)
      const name = nameWithHead(text, kind, first.start, GROUP_NAME_REACH);
      if (name) return mk({ entityId: null, name, start: first.start, end: last.end }, null, 2);
      return mk({ entityId: null, name: `the ${kind}`, start: first.start, end: last.end }, null, 1);
    }
    // "A council spokesperson said …. “…,” the spokesperson said": for whom the spokesperson just before spoke
    const spokes = state.lastSpokes;
    if (words.length === 1 && first.lower === 'the' && spokes && first.start - spokes.at < UNNAMED_REACH) return mk(speakerAt(spokes.speaker, first.start, last.end), null, 2);
    // "the spokesperson said", no organisation named with it: the organisation named last speaks
    if (words.length === 1) {
      // ("The Commission has defended its proposal. A spokesperson said": the body the sentence before opened with)
      const subject = subjectBodyBefore(state, text, first.start);
      if (subject) return mk(speakerAt(subject, first.start, last.end), null, 2);
      const org = lastOrganisation(state, first.start);
      const group = state.lastGroup;
      // (unless a body named later has just spoken under its name: "The Data Protection Office fined …. In a statement,
      // St Columba's said …. “…,” a spokeswoman said")
      if (org && group && group.start !== undefined && group.start > org.end && group.start < first.start && first.start - group.start < SPOKES_REACH && isCapitalised(group.name) && !peopleNamedByNoun(group.name)) {
        return mk(speakerAt(group, first.start, last.end), null, 2);
      }
      if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
      // ("The regional government has not yet said …. A spokesperson said …": else the body that spoke just before)
      const groupHead = group ? group.name.slice(group.name.lastIndexOf(' ') + 1).toLowerCase() : '';
      if (group && group.start !== undefined && group.start < first.start && first.start - group.start < SPOKES_REACH && (GROUP_NOUNS.has(groupHead) || ORG_HEADS.has(groupHead))) return mk(speakerAt(group, first.start, last.end), null, 1);
    }
  }
  // "Lacerda's agent, Matías Ferreyra, …. The Argentine, who represents several players, told": a nationality for
  // the person just named (as a pronoun would be)
  if (first.lower === 'the' && words.length === 1 && isCapitalised(words[0]!.text) && ((DEMONYMS.has(head) && /(?:an|ine|i)$/.test(head)) || NATIONALS.has(head))) {
    const r = resolvePronoun(state, first.start, exclude, 'any');
    if (r) return mk(toSpeaker(state, r, first.start, last.end), r.key, 1);
  }
  // "the board said", "the choir's board said": the board speaks for its organisation, the one whose kind the text
  // names before it ("the choir" → "Southern Cross Youth Choir") or else the one named last
  if (BOARD_NOUNS.has(head) && words.length === 1) {
    const owner = first.lower === 'the' ? null : BOARD_OWNER.exec(text.slice(Math.max(0, first.start - 40), first.start));
    const named = owner ? nameWithHead(text, owner[1]!, first.start, GROUP_NAME_REACH) : null;
    if (named) return mk({ entityId: null, name: named, start: first.start, end: last.end }, null, 2);
    const org = first.lower === 'the' ? lastOrganisation(state, first.start) : undefined;
    if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
  }
  // "the barrister asked", "the detective said": an occupation the text gave someone just named (else read on as before)
  if (!ROLE_NOUNS.has(head) && first.lower === 'the' && isOccupation(head)) {
    const r = resolveRole(state, words.slice(0, -1).map((t) => t.lower), head, first.start, exclude);
    if (r) return mk(toSpeaker(state, r, first.start, last.end), r.key, 2);
  }
  if (ROLE_NOUNS.has(head) && DETERMINERS.has(first.lower)) {
    const mods = words.slice(0, -1).map((t) => t.lower);
    const r = resolveRole(state, mods, head, first.start, exclude);
    // "One executive with a firm …, who asked not to be named, said …. “…,” the executive said": someone described
    // without a name by the same noun since the named one with that role
    const u = first.lower === 'the' ? state.lastUnnamed : null;
    if (u && u.at < first.start && first.start - u.at < UNNAMED_REACH && (!r || r.start < u.at) && descriptionHead(u.speaker.name) === head) {
      return mk(speakerAt(u.speaker, first.start, last.end), null, 1);
    }
    if (r) return mk(toSpeaker(state, r, first.start, last.end), r.key, 2);
    // "Mr Tullamore said … He said … the minister said": a role no one was described by is the person who has
    // just been speaking, when that person was named close before
    if (first.lower === 'the' && OFFICES.has(head) && state.lastSpeaker !== null && !exclude.has(state.lastSpeaker)) {
      const recent = findLastStartingBy(state.referents, first.start, (x) => x.key === state.lastSpeaker && x.person && x.end > first.start - ROLE_REACH);
      if (recent) return mk(toSpeaker(state, recent, first.start, last.end), recent.key, 1);
    }
    // "Pellow was unconvinced. “Fine words,” the union man said": "the … man" or "the … woman" no one was described by
    // stands for someone as "he" or "she" would
    if (first.lower === 'the' && words.length >= 2 && (head === 'man' || head === 'woman')) {
      const r = resolvePronoun(state, first.start, exclude, head === 'man' ? 'he' : 'she');
      if (r) return mk(toSpeaker(state, r, first.start, last.end), r.key, 1);
    }
    return mk({ entityId: null, name: phraseOf(), start: first.start, end: last.end }, null, 1);
  }
  // "The Moldovan agency said", "Ohio's health department said": a place's adjective or possessive and a body's noun
  // in lower case stand for the body named before whose name holds the noun and the other words in lower case
  // ("National Agency for Public Health", "Ohio Department of Health")
  if (ORG_HEADS.has(head) && words.length >= 2 && words.length <= 3 && allLower(last.text) && isCapitalised(words[0]!.text) && words.slice(1).every((t) => allLower(t.text))) {
    const place = words[0]!.lower.replace(/['’]s$/u, '');
    const owned = possessiveAt(text, words[0]!.start, words[0]!.end);
    if (owned || DEMONYMS.has(place) || NATIONALS.has(place)) {
      // (a place's possessive: a body whose name holds the place too, "Lithuania's federation" no "Federation of Nordic …")
      const holder = bodyNamedWith(state, first.start, words.slice(1).map((t) => t.lower), owned ? place : null);
      if (holder) return mk(toSpeaker(state, holder, first.start, last.end), holder.key, 2);
    }
  }
  // (a capitalised word names the organisation itself: "the Interior Ministry said")
  // ("the Dublin-based airline": a place with "-based" describes, it does not name)
  if (ORG_HEADS.has(head) && first.lower === 'the' && !words.some((t) => isCapitalised(t.text) && !basedIn(t))) {
    // "the union said" after "The services union … said": the group that last spoke under that noun
    if (words.length === 1 && state.lastGroup && state.lastGroup.name.toLowerCase().endsWith(` ${head}`)) return mk(speakerAt(state.lastGroup, first.start, last.end), null, 2);
    // "In a statement, Wellmore said …. “…,” the company said": the organisation that spoke in this paragraph
    const spoke = state.lastGroup;
    if (words.length === 1 && spoke && spoke.start !== undefined && spoke.start < first.start && isCapitalised(spoke.name) && !CAP_STOP.has(spoke.name.slice(0, spoke.name.indexOf(' ') >>> 0)) && !peopleNamedByNoun(spoke.name) && !text.slice(spoke.start, first.start).includes('\n')) {
      return mk(speakerAt(spoke, first.start, last.end), null, 2);
    }
    // "the lottery corporation said": the organisation named before whose name holds every word of the phrase
    // ("Western Plains Lottery Corporation"), however far back
    // (two or three words in lower case after "the": "the lottery corporation", "the regional water authority")
    const lowerPhrase = words.length >= 2 && words.length <= 3 && words.every((t) => allLower(t.text));
    if (lowerPhrase) {
      const holder = bodyNamedWith(state, first.start, words.map((t) => t.lower), null);
      if (holder) return mk(toSpeaker(state, holder, first.start, last.end), holder.key, 2);
    }
    // "the company said", "the production company said" → the organisation named last, when the mentions hold one
    const org = lastOrganisation(state, first.start, head);
    // (a public body's noun: no company is what "the authority" or "the ministry" stands for)
    const publicHead = PUBLIC_BODIES.has(head) || head === 'authority';
    // "The regional water authority said": a public body described in lower case that no name holds is the body as
    // written, never a company named before ("the consultancy Kellerman Byrne")
    if (lowerPhrase && publicHead && (!org || !isPublicBody(org.name))) return mk({ entityId: null, name: phraseOf(), start: first.start, end: last.end }, null, 2);
    // (the organisation named last, unless a sentence opened later with the same noun in lower case: "The services
    // union representing … said …; the union said" is that one)
    const described = words.length === 1 ? describedSubject(text, head, first.start) : null;
    if (described && (!org || described.at > org.end)) return mk({ entityId: null, name: described.name, start: first.start, end: last.end }, null, 2);
    // (an organisation whose name holds the noun wins over a later one whose name does not: "the alliance" after
    // "Halverston Property Owners Alliance … the Census Bureau")
    if (org && words.length === 1 && !org.name.toLowerCase().includes(head)) {
      const holding = nameWithHead(text, head, first.start, GROUP_NAME_REACH);
      if (holding) return mk({ entityId: null, name: holding, start: first.start, end: last.end }, null, 2);
      // (and a public body a sentence opened with by that noun wins over a company named since: "Italy’s competition
      // authority has approved the merger of two banks …. the authority said")
      const body = publicHead ? describedSubject(text, head, first.start, true) : null;
      if (body && !isPublicBody(org.name)) return mk({ entityId: null, name: body.name, start: first.start, end: last.end }, null, 2);
    }
    if (org) return mk(toSpeaker(state, org, first.start, last.end), org.key, 2);
    // … or the last organisation that spoke under its own name ("Big Machine says …; the company says …")
    // (not a company for a public body's noun: "AeroMeridian said …. A spokesperson for the regulator said")
    const group = state.lastGroup;
    // (nor a public body for a company's: "… the National Labor Relations Board said. In a statement, the company said")
    if (words.length === 1 && group && isCapitalised(group.name) && !peopleNamedByNoun(group.name) && !(STATE_BODIES.has(head) && !hasWordIn(group.name, PUBLIC_NAME_WORDS)) && !(COMPANY_HEADS.has(head) && isPublicBody(group.name))) return mk(speakerAt(group, first.start, last.end), null, 1);
    // … or the last name written before with that word in it ("the ministry" → "the Harbour Ministry of Fisheries")
    const name = words.length === 1 || (words.length === 2 && basedIn(words[0]!)) ? nameWithHead(text, head, first.start) : null;
    if (name) return mk({ entityId: null, name, start: first.start, end: last.end }, null, 1);
    // … or a public body a sentence opened with by that noun after a place's possessive ("Italy’s competition authority")
    const body = words.length === 1 && publicHead ? describedSubject(text, head, first.start, true) : null;
    if (body) return mk({ entityId: null, name: body.name, start: first.start, end: last.end }, null, 1);
    // … or, with no body named at all, a name the text let speak and told nothing else of ("Halvorsen Metall said it
    // would keep 1,400 jobs. “…,” the company said"; "Ofgem blamed …. A spokesperson for the regulator said")
    const business = words.length === 1 ? nameSpokeLikeBody(state, text, first.start) : undefined;
    if (business) return mk(toSpeaker(state, business, first.start, last.end), business.key, 1);
  }
  // "the statement said": the statement of the group or organisation that spoke last
  // ("the statement" of the one who last made one, when the text says so)
  const maker = state.lastStatement ?? state.lastGroup;
  if (STATEMENT_NOUNS.has(head) && first.lower === 'the' && words.length === 1 && maker) return mk(speakerAt(maker, first.start, last.end), null, 1);
  // "the doctors" after "Doctors for Camp Closure": the organisation named with that word
  if (GROUP_NOUNS.has(head) && first.lower === 'the' && words.length === 1) {
    // (a group keeps its name through a whole article: "the doctors" stands for it pages later)
    const name = nameWithHead(text, head, first.start, GROUP_NAME_REACH);
    if (name) return mk({ entityId: null, name, start: first.start, end: last.end }, null, 1);
  }
  // (and an organisation the text never named: "the referees’ association said" speaks as written)
  // ("…,” said a banker familiar with the talks": someone the text describes by their occupation and does not name)
  if (GROUP_NOUNS.has(head) || ROLE_NOUNS.has(head) || (ORG_HEADS.has(head) && DETERMINERS.has(first.lower)) || (UNNAMED_OPENERS.has(first.lower) && isOccupation(head))) {
    // "The Office for National Statistics" → without the article; "the ministry" keeps it
    const from = isCapitalised(words[0]?.text ?? '') && words[0] ? words[0] : first;
    return mk({ entityId: null, name: text.slice(from.start, last.end).replace(/['’]s$/u, ''), start: from.start, end: last.end }, null, 1);
  }
  const caps = words.filter((t) => isCapitalised(t.text));
  if (!caps.length) return null;
  // "Mayor Consuelo Dizon of San Rafael said": the person named before "of", not the place or body after it
  if (ofAt > 0) {
    const person = findOverlapping(state.referents, words[ofAt - 1]!.start, words[ofAt - 1]!.end, (r) => r.person);
    if (person) return mk(toSpeaker(state, person, person.start, person.end), person.key, 3);
  }
  // "the Lisbon carrier Vistral Airways": the capitalised run that ends the phrase is the name, not a place and
  // a noun in lower case before it
  let tail = words.length - 1;
  while (tail > 0 && isCapitalised(words[tail - 1]!.text)) tail--;
  const from = isCapitalised(words[tail]!.text) && words.slice(words.indexOf(caps[0]!), tail).some((t) => !isCapitalised(t.text) && t.lower !== 'of' && t.lower !== 'for' && t.lower !== 'and' && t.lower !== '&') ? words[tail]! : caps[0]!;
  const r = resolveName(state, from.start, last.end, phraseOf());
  if (r) return mk(toSpeaker(state, r, from.start, last.end), r.key, r.person ? 3 : 2);
  const name = text.slice(from.start, last.end).replace(/['’]s$/u, '');
  return mk({ entityId: null, name: fullerAt(state, from.start, name), start: from.start, end: last.end }, null, 2);
}

/** The fullest form the article gives a name written at `start` (see fuller.ts), or the name. */
function fullerAt(state: ResolveState, start: number, name: string): string {
  return state.fuller ? state.fuller(start, start + name.length, name) : name;
}

/**
 * Nouns for one person of a nation besides the demonyms that are nouns for one ("the Argentine", "the Brazilian",
 * "the Israeli"; not "the French", "the Chinese", who are many): "the Frenchman", "the Briton".
 */
const NATIONALS = new Set('frenchman frenchwoman dutchman dutchwoman englishman englishwoman scotsman scotswoman irishman irishwoman welshman welshwoman briton'.split(' '));

/** Nouns for the partner of someone: "her husband said". */
const PARTNER_NOUNS = new Set(['husband', 'wife', 'partner']);

/**
 * "one Weibo commenter said", "a local resident told": a noun no list knows, right before the verb,
 * opened by an indefinite determiner at most two words back; the speaker is the phrase without it.
 */
function unnamedSpeaker(toks: Token[], j: number, masked: string, at: number): Attribution | null {
  const noun = toks[j]!;
  // "Two backbench MPs … said …. “…,” one of them said": one of the group just named, as that group's noun says
  if ((noun.lower === 'them' || noun.lower === 'those') && j >= 2 && toks[j - 1]!.lower === 'of' && toks[j - 2]!.lower === 'one') {
    const member = oneOfGroup(masked, toks[j - 2]!.start);
    return member ? { speaker: { entityId: null, name: member, start: toks[j - 2]!.start, end: noun.end }, key: null, at, tier: 1, according: false } : null;
  }
  // "Several residents argued that …, what one called “…”", "Two ministers …, with one saying …": one of the group
  // just counted
  if (noun.lower === 'one' && (j === 0 || !/^\p{Lu}/u.test(toks[j - 1]!.text))) {
    const member = oneOfGroup(masked, noun.start);
    if (member) return { speaker: { entityId: null, name: member, start: noun.start, end: noun.end }, key: null, at, tier: 1, according: false };
  }
  // "Around one in five said …": the proportion of those asked speaks, named whole
  if (j >= 2 && toks[j - 1]!.lower === 'in' && toks[j - 2]!.lower === 'one' && spacesBetween(masked, toks[j - 2]!.end, toks[j - 1]!.start) && spacesBetween(masked, toks[j - 1]!.end, noun.start)) {
    return { speaker: { entityId: null, name: masked.slice(toks[j - 2]!.start, noun.end), start: toks[j - 2]!.start, end: noun.end }, key: null, at, tier: 1, according: false };
  }
  // "published a blog post that said": the statement says it (as "the statement said" does)
  if (noun.lower === 'that' && j >= 2 && STATEMENT_NOUNS.has(toks[j - 1]!.lower) && spacesBetween(masked, toks[j - 1]!.end, noun.start)) {
    return unnamedSpeaker(toks, j - 1, masked, at);
  }
  // (not a relative pronoun: "a service that promised" describes no one)
  if (noun.text.length < 3 || !allLower(noun.text) || SKIP_BACK.has(noun.lower) || PRONOUNS.has(noun.lower) || NOT_DESCRIBED.has(noun.lower)) return null;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    if (!spacesBetween(masked, toks[k]!.end, toks[k + 1]!.start) || !/^\p{L}+$/u.test(toks[k]!.text)) return null;
    if (UNNAMED_OPENERS.has(toks[k]!.lower)) {
      const first = toks[k + 1]!;
      return { speaker: { entityId: null, name: masked.slice(first.start, noun.end), start: first.start, end: noun.end }, key: null, at, tier: 1, according: false };
    }
  }
  return null;
}

/**
 * A group of people counted before `pos` (within GROUP_REACH characters), the last one: "Two backbench MPs",
 * "several residents", "three of the nurses"; its noun made singular with the words before it ("backbench MP"),
 * or null.
 */
function oneOfGroup(masked: string, pos: number): string | null {
  const from = Math.max(0, pos - GROUP_REACH);
  let found: RegExpExecArray | null = null;
  COUNTED_GROUP.lastIndex = 0;
  const window = masked.slice(from, pos);
  // (not a count of time or of things: "two days", "several times")
  for (let m = COUNTED_GROUP.exec(window); m; m = COUNTED_GROUP.exec(window)) if (!NOT_GROUPS.has(m[2]!.toLowerCase())) found = m;
  if (!found) return null;
  const noun = found[2]!;
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.slice(0, -1);
  return `${found[1] ?? ''}${singular}`;
}
/** Plurals a count names that are no people. */
const NOT_GROUPS = new Set('seconds minutes hours days weeks months years decades times things ways issues questions cases points ones'.split(' '));
/** How far back "one of them" looks for the group it is one of. */
const GROUP_REACH = 600;
/** A count of people and their plural noun, up to two words in lower case (or "MP"-like capitals) between. */
const COUNTED_GROUP = /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth|[Aa] few|[Aa] number of)\s+(?:of\s+the\s+)?((?:[a-z][a-z-]+\s+){0,2})([a-z][a-z-]+s|[A-Z]{2,4}s)\b/g;

/** Words that end no description of a speaker: relative pronouns and demonstratives. */
const NOT_DESCRIBED = new Set('that which whom whose this these those'.split(' '));

/** True when s.slice(start, end) ends with a possessive: /['’]s$/u. */
function possessiveAt(s: string, start: number, end: number): boolean {
  if (end - start < 2 || s.charCodeAt(end - 1) !== 0x73) return false;
  const q = s.charCodeAt(end - 2);
  return q === 0x27 || q === 0x2019;
}

/** Nouns that end in "ly" and may stand before a speech verb: no adverbs to skip ("a spokesman for the family said"). */
const LY_NOUNS = new Set('family assembly ally rally supply monopoly anomaly'.split(' '));

/** True when the two characters before `end` are "ly": a pre-check for /^\p{Ll}+ly$/u. */
const endsWithLy = (s: string, end: number): boolean => s.charCodeAt(end - 1) === 0x79 && s.charCodeAt(end - 2) === 0x6c;

/** /^,\s*$/.test(s.slice(from, to)), read in place. */
export function commaGap(s: string, from: number, to: number): boolean {
  const end = Math.min(to, s.length);
  if (end <= from || s.charCodeAt(from) !== 0x2c) return false;
  for (let i = from + 1; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

const NONE: readonly Referent[] = [];

/**
 * referents.filter((r) => r.start > after && r.start < to && masked[r.start] !== '"' && !exclude.has(r.key)):
 * on a list sorted by start, only those from the first start past `after` up to `to` are read.
 */
function referentsAfter(referents: readonly Referent[], after: number, to: number, masked: string, exclude: ReadonlySet<string>): readonly Referent[] {
  const sorted = sortedByStart(referents);
  const lo = sorted ? partitionPoint(referents.length, (i) => referents[i]!.start <= after) : 0;
  const hi = referents.length;
  let out: Referent[] | null = null;
  for (let i = lo; i < hi; i++) {
    const r = referents[i]!;
    if (sorted && r.start >= to) break;
    if (r.start > after && r.start < to && masked[r.start] !== '"' && !exclude.has(r.key)) (out ??= []).push(r);
  }
  return out ?? NONE;
}

/**
 * Who a quotation with no attribution is given by when nothing else tells: the subject of its
 * sentence, written before it, when it stands for a person or organisation the article names
 * ("Benioff introduced Cook as “someone who …”", "Apple views privacy as “a fundamental human
 * right”"). `toks` are the sentence's tokens outside its quotations.
 */
export function subjectBefore(text: string, masked: string, toks: Token[], quoteStart: number, state: ResolveState, exclude: ReadonlySet<string>): Speaker | null {
  let upto = 0;
  while (upto < toks.length && toks[upto]!.end <= quoteStart) upto++;
  // only a subject that stands for someone the article names (a bare capitalised word may open a question: "How …")
  const a = clauseSubject(text, toks, upto, masked, state, exclude, quoteStart);
  // (not a dateline or a heading in capitals: "NEW YORK — Shares in …")
  return a && (a.key !== null || (a.tier >= 2 && a.speaker.name.includes(' ') && a.speaker.name !== a.speaker.name.toUpperCase())) ? a.speaker : null;
}

/** The possessives of "X and his team", "X and her colleagues". */
const TEAM_OWNERS = new Set(['his', 'her', 'their']);

/** Where the first relative clause set off by a comma (", who", ", which", ", whose") among toks[1..j] starts, or -1. */
function relativeStart(toks: readonly Token[], j: number, masked: string): number {
  for (let k = 1; k <= j && k < toks.length; k++) {
    const w = toks[k]!.lower;
    if ((w === 'who' || w === 'which' || w === 'whose') && commaGap(masked, toks[k - 1]!.end, toks[k]!.start)) return toks[k]!.start;
  }
  return -1;
}

/**
 * The person named between commas right after a possessive name and up to three words in lower case opening the
 * clause ("Tan's lawyer, Rajiv Santhanam, …"), if any.
 */
function ownedName(toks: readonly Token[], masked: string, state: ResolveState, from: number, to: number): Referent | undefined {
  const owner = toks[0];
  if (!owner || !isCapitalised(owner.text) || !possessiveAt(masked, owner.start, owner.end)) return undefined;
  const e = nameAfterOwned(toks, masked, 0, 3, toks.length);
  if (e < 0) return undefined;
  const name = toks[e]!;
  return findStartingIn(state.referents, Math.max(from, name.start), Math.min(to, name.start + 1), (x) => x.person);
}

/**
 * After the possessive at token `o`, one to `most` words in lower case (spaces between, before token `upto`) and a
 * comma: the index of the token after the comma ("Tan's lawyer, Rajiv …"), or -1.
 */
function nameAfterOwned(toks: readonly Token[], masked: string, o: number, most: number, upto: number): number {
  let e = o + 1;
  while (e < upto && e - o <= most && allLower(toks[e]!.text) && spacesBetween(masked, toks[e - 1]!.end, toks[e]!.start)) e++;
  const name = toks[e];
  return e > o + 1 && name && /^,\s*$/.test(masked.slice(toks[e - 1]!.end, name.start)) ? e : -1;
}

/** Where the first "who", "which" or "whose" after the clause's first word stands, comma before it or not; -1 when none does. */
function relativeOpens(toks: readonly Token[], j: number, masked?: string): number {
  for (let k = 1; k <= j && k < toks.length; k++) {
    const w = toks[k]!.text;
    if (w === 'who' || w === 'which' || w === 'whose') return toks[k]!.start;
    // (and a participle after a comma: "Daniel Obi, representing Mr Carver, told the court" is Obi)
    if (masked !== undefined && w.length > 5 && w.endsWith('ing') && w !== 'including' && allLower(w) && /,\s*$/.test(masked.slice(toks[k - 1]!.end, toks[k]!.start))) return toks[k]!.start;
  }
  return -1;
}

/** What may stand between a name and the "who" that stands for it: nothing, a comma, or an appositive ("…, a nurse"). */
const WHO_AFTER = /^(?:,?\s*|,\s+(?:a|an|the)\s[^,.;:“”"]{1,60}\s)$/;

/** Prepositions of a place phrase set between a subject and its verb. */
const PLACE_PREPOSITIONS = new Set('on in at from near inside outside'.split(' '));

/**
 * Where a place phrase ending at token j starts ("on the scene", "in the area", "at the site"): a
 * preposition, then one to three words in lower case, after a role or group noun; -1 when there is
 * none. All the tokens stand apart by spaces.
 */
function placePhraseStart(toks: Token[], j: number, masked: string): number {
  for (let m = j - 1; m >= Math.max(1, j - 3); m--) {
    if (!spacesBetween(masked, toks[m]!.end, toks[m + 1]!.start)) return -1;
    // (words in lower case: a name after the preposition is an affiliation, "economist at Hanseatic Bank")
    if (!allLower(toks[m + 1]!.text)) return -1;
    if (!PLACE_PREPOSITIONS.has(toks[m]!.text)) continue;
    const head = toks[m - 1]!;
    return spacesBetween(masked, head.end, toks[m]!.start) && (ROLE_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lower)) ? m : -1;
  }
  return -1;
}

/** "Another, a middle school science teacher": a bare "Another" or "One" opening a sentence, described by the appositive. */
const ANOTHER_DESCRIBED = /(?:^|[.!?]\s+)(?:Another|One),\s+an?\s+((?:[a-z]+\s+){0,4}[a-z]+)$/;

/** Words that head a body's name before "of": "Office of the President", "Ministry of Defence". */
const BODY_HEADS = new Set('office ministry department bureau council court board agency commission institute school university college bank house chamber'.split(' '));

/** Possessive determiners before a relation or a role: "his mother", "her lawyer". */
const POSSESSIVES = new Set(['his', 'her', 'their']);

/** Prepositions that open what follows an unnamed speaker's noun: "a maths teacher in Leicester with 22 years in the classroom". */
export const DESCRIPTION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'with', 'of', 'on', 'outside', 'inside']);

/** The noun a description of someone unnamed ends with before its first phrase: "executive with a firm" → "executive". */
function descriptionHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const phrase = words.findIndex((w, i) => i > 0 && (DESCRIPTION_PREPOSITIONS.has(w) || w === 'who'));
  return words[(phrase > 0 ? phrase : words.length) - 1]!;
}

/** Adjectives that tie a described person to a phrase: "a person familiar with the talks", "a source close to the club". */
const NOUN_LINKS = new Set(['familiar', 'close', 'involved', 'based', 'working', 'speaking']);

/**
 * "One software engineer in …": the opener, up to three words in lower case ending in a person's noun, and a
 * preposition right after, opening the clause before token j; the person as the text describes them.
 */
function openingDescription(toks: Token[], j: number, masked: string, at: number): Attribution | null {
  if (!toks[0] || !UNNAMED_OPENERS.has(toks[0].lower)) return null;
  for (let h = 1; h <= 3 && h + 1 < j; h++) {
    const w = toks[h]!;
    // (lower-case words, a hyphen inside one allowed: "sous-chef")
    if (!spacesBetween(masked, toks[h - 1]!.end, w.start) || !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w.text)) return null;
    const next = toks[h + 1]!;
    // ("a former sous-chef": the noun after a hyphen)
    if (!isPersonNoun(w.lower.slice(w.lower.lastIndexOf('-') + 1))) continue;
    // "One former sous-chef, who asked not to be named …, said" and "One software engineer in …": the description
    // ends with the noun
    if ((next.lower === 'who' && commaGap(masked, w.end, next.start)) || (spacesBetween(masked, w.end, next.start) && DESCRIPTION_PREPOSITIONS.has(next.text))) {
      return { speaker: { entityId: null, name: masked.slice(toks[1]!.start, w.end), start: toks[1]!.start, end: w.end }, key: null, at, tier: 1, according: false };
    }
    // ("One banker involved in a separate listing, …, said": a word in lower case and a preposition after the noun)
    const then = toks[h + 2];
    if (then && h + 2 < j && allLower(next.text) && spacesBetween(masked, w.end, next.start) && spacesBetween(masked, next.end, then.start) && DESCRIPTION_PREPOSITIONS.has(then.text) && (next.lower.endsWith('ed') || NOUN_LINKS.has(next.lower))) {
      return { speaker: { entityId: null, name: masked.slice(toks[1]!.start, w.end), start: toks[1]!.start, end: w.end }, key: null, at, tier: 1, according: false };
    }
    if (!spacesBetween(masked, w.end, next.start)) continue;
    // "A man hitching a boat trailer to his truck outside the Co-op, …": what they were doing names them, up to
    // the next preposition
    if (allLower(next.text) && next.lower.endsWith('ing') && next.lower.length > 4) {
      let e = h + 1;
      while (e + 1 < j && e - h < 5 && allLower(toks[e + 1]!.text) && !DESCRIPTION_PREPOSITIONS.has(toks[e + 1]!.text) && toks[e + 1]!.text !== 'to' && spacesBetween(masked, toks[e]!.end, toks[e + 1]!.start)) e++;
      return { speaker: { entityId: null, name: masked.slice(toks[1]!.start, toks[e]!.end), start: toks[1]!.start, end: toks[e]!.end }, key: null, at, tier: 1, according: false };
    }
  }
  return null;
}

/**
 * "…,” a maths teacher in Leicester with 22 years in the classroom told me": someone unnamed, described by an
 * opener ("a", "one", "another"), one to three words in lower case (the last a noun) and one to three phrases,
 * each a preposition and at most four words, up to the verb after token j. The speaker is the description up
 * to the end of its first phrase ("maths teacher in Leicester"); null when the words before the verb read
 * otherwise. All the tokens stand apart by spaces.
 */
function describedWithPhrases(toks: Token[], j: number, masked: string, at: number): Attribution | null {
  let firstPhraseEnd = j;
  for (let hops = 0, m = j; hops < 3; hops++) {
    // back to the preposition opening the phrase that ends at m
    let p = m;
    while (p > 0 && m - p < 5 && !DESCRIPTION_PREPOSITIONS.has(toks[p]!.text)) {
      if (!spacesBetween(masked, toks[p - 1]!.end, toks[p]!.start)) return null;
      p--;
    }
    if (!DESCRIPTION_PREPOSITIONS.has(toks[p]!.text) || p < 2 || !spacesBetween(masked, toks[p - 1]!.end, toks[p]!.start)) return null;
    firstPhraseEnd = p === m ? firstPhraseEnd : m;
    // before it: the noun, one or two more words in lower case, and the opener
    for (let k = p - 2; k >= Math.max(0, p - 4); k--) {
      if (!spacesBetween(masked, toks[k]!.end, toks[k + 1]!.start)) break;
      if (UNNAMED_OPENERS.has(toks[k]!.lower)) {
        const words = toks.slice(k + 1, p);
        if (!words.every((w) => allLower(w.text) && /^\p{L}+$/u.test(w.text))) return null;
        // (a person's noun: not "a tour of early-voting states", "a third case of plague"; a thing inside a
        // phrase, "in an emergency department", is read past to the noun before it)
        // ("A person familiar with the matter", "One banker involved in …": one word may stand between the noun and
        // the preposition)
        if (!isPersonNoun(words[words.length - 1]!.lower) && !(words.length >= 2 && isPersonNoun(words[words.length - 2]!.lower))) {
          // (a preposition among the words opens a phrase of its own, read at the next step back: "a person with
          // knowledge of the talks")
          if ((k >= 1 && DESCRIPTION_PREPOSITIONS.has(toks[k - 1]!.text)) || words.some((w) => DESCRIPTION_PREPOSITIONS.has(w.text))) break;
          return null;
        }
        const first = toks[k + 1]!;
        // (the description then ends with the noun: "person", not "person familiar with the matter")
        const last = isPersonNoun(words[words.length - 1]!.lower) ? toks[firstPhraseEnd]! : words[words.length - 2]!;
        return { speaker: { entityId: null, name: masked.slice(first.start, last.end), start: first.start, end: last.end }, key: null, at, tier: 1, according: false };
      }
    }
    m = p - 1;
  }
  return null;
}

/** The end of an appositive that gives a name after it: ", a Leeds-based software firm called ", ", a charity named ". */
const CALLED_APPOSITIVE = /,\s+(?:an?|the)\s+[^,.;"“”]{0,60}?\b(?:called|named)\s+$/;

/** An article, up to five words and a noun in lower case before "called": "a Leeds-based software firm ". */
const NAMING_CALLED = /\b(?:an?|one)\s+(?:[^\s,.;:"“”]+\s+){0,4}[a-z]+\s+$/;

/** Nouns of public bodies named by what they are of, in lower case: "the ministry of social affairs", "the department of health". */
const BODY_OF_HEADS = new Set('ministry department office bureau agency commission authority council directorate inspectorate'.split(' '));

/** Someone described by up to three words and a clause that keeps them unnamed, before the verb: "a steward who asked not to be named ". */
const UNNAMED_WHO = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z]+)\s+who\s+(?:asked\s+not\s+to\s+be\s+(?:named|identified)|did\s+not\s+want\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\s+$/;

/** Attributions found in masked.slice(from, to), best first (highest tier, then earliest). */
export function findAttributions(
  text: string,
  masked: string,
  from: number,
  to: number,
  state: ResolveState,
  exclude: ReadonlySet<string>,
  /** tokenize(masked, from, to), when the caller has them. */
  tokens?: Token[],
  /** The index of the first of the tokens that is a speech word (speechWordAt), when the caller knows it. */
  firstSpeech = 0,
): Attribution[] {
  const toks = tokens ?? tokenize(masked, from, to);
  const out: Attribution[] = [];
  // "he … called Omar a terrorist": a pronoun never stands for someone named after it in its own sentence
  const classify = (text: string, np: Token[], state: ResolveState, exclude: ReadonlySet<string>, at: number): Attribution | null => {
    const p = np.length === 1 && PRONOUNS.has(np[0]!.lower) ? np[0]! : null;
    const later = p ? referentsAfter(state.referents, p.end, to, masked, exclude) : NONE;
    if (!later.length) return classifyPhrase(text, np, state, exclude, at);
    const all = new Set(exclude);
    for (const r of later) all.add(r.key);
    return classifyPhrase(text, np, state, all, at);
  };
  // (the tokens before the first speech word are none of them)
  for (let i = firstSpeech; i < toks.length; i++) {
    const t = toks[i]!;
    // most words are none of these: read their letters, without making strings (masked reads as text outside quotations)
    if (!speechWordAt(masked, t.start, t.end)) continue;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      const np = phraseAfter(toks, i + 2, masked);
      // "according to figures released by the regional fire authority": who released them speaks, not the figures
      // (a body named by a description alone speaks as written: the organisation named last is another one)
      const by = np.length ? releasedBy(toks, toks.indexOf(np[np.length - 1]!) + 1, np) : -1;
      // (the body's words up to the next punctuation, at most seven: "the consultancy Halvorsen Aviation Partners",
      // "the club", "a water industry research group")
      const body = by > 0 ? bodyAfter(toks, by, masked) : [];
      const capital = body.findIndex((x) => isCapitalised(x.text));
      if (body.length && capital < 0) {
        const last = body[body.length - 1]!;
        out.push({ speaker: { entityId: null, name: text.slice(body[0]!.start, last.end), start: body[0]!.start, end: last.end }, key: null, at: t.start, tier: 2, according: true });
        continue;
      }
      // (a name among them is the body: "Halvorsen Aviation Partners")
      const maker = capital >= 0 ? body.slice(capital) : [];
      const a = maker.length ? classify(text, maker, state, exclude, t.start) : np.length ? classify(text, np, state, exclude, t.start) : null;
      if (a) out.push({ ...a, tier: Math.max(a.tier, 2), according: true });
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower) && !(PHRASAL_SPEECH.has(t.lower) && toks[i + 1]?.lower === PHRASAL_SPEECH.get(t.lower))) continue;
    let j = i - 1;
    // the word before the verb (none before the first: a read at index -1 is slow, for every read at its site)
    const prev = j >= 0 ? toks[j] : undefined;
    // "the United States", "Reporters Without Borders Says": capitalised after a capitalised word, it is part of a name
    if (prev && isCapitalised(t.text) && isCapitalised(prev.text) && spacesBetween(masked, prev.end, t.start)) continue;
    // a bare verb after a capitalised word is a noun ("a Tumblr post"): a name takes "posts", "says"
    if (SPEECH_BASES.has(t.lower) && prev && isCapitalised(prev.text) && !GROUP_NOUNS.has(prev.lower) && !PRONOUNS.has(prev.lower)) continue;
    // "a Leeds-based software firm called Calderline Health Systems": "called" after a noun an article opens, before a
    // name, names the noun; it is no speech
    if (t.lower === 'called' && prev && allLower(prev.text) && !PRONOUNS.has(prev.lower) && isCapitalised(toks[i + 1]?.text ?? '') && NAMING_CALLED.test(masked.slice(Math.max(from, t.start - 60), t.start))) continue;
    // a speech word right after a determiner or a possessive is a noun: "the group's claim", "a report"
    // ("St Brendan's said": "said" and "told" are never nouns, and the possessive is the end of a name)
    if (prev && (DETERMINERS.has(prev.lower) || (possessiveAt(masked, prev.start, prev.end) && t.lower !== 'said' && t.lower !== 'told')) && spacesBetween(masked, prev.end, t.start)) continue;
    // "In a statement posted on her website, she said": the statement is where the words appeared, not who spoke
    if (j >= 1 && PUT_OUT.has(t.lower) && STATEMENT_NOUNS.has(prev!.lower) && (toks[j - 1]!.lower === 'a' || toks[j - 1]!.lower === 'an')) continue;
    // "X defended the decision, saying …" / "X issued a statement warning …": the subject of the clause
    if (t.lower.endsWith('ing') && prev && (commaGap(masked, prev.end, t.start) || STATEMENT_NOUNS.has(prev.lower) || PARTICIPLE_OPENERS.has(prev.lower) || TIME_WORDS.has(prev.lower))) {
      // ("a former crew member told a public inquiry on Tuesday, describing …": after a verb of saying in the sentence,
      // the participle is said by that verb's speaker, who is already found)
      if (commaGap(masked, prev.end, t.start) && out.some((o) => !o.according && o.at < t.start)) continue;
      const a = clauseSubject(text, toks, i, masked, state, exclude, t.start, classify);
      if (a) out.push(a);
      continue;
    }
    // "Two ministers described the disclosures as damaging, with one saying …": one of the group just counted
    if (t.lower.endsWith('ing') && prev?.lower === 'one' && j >= 1 && toks[j - 1]!.lower === 'with') {
      const a = unnamedSpeaker(toks, j, masked, t.start);
      if (a) out.push(a);
      continue;
    }
    // "Smith was quoted as saying …"
    if (t.lower.endsWith('ing')) {
      if (prev?.lower !== 'as' || (j >= 1 ? toks[j - 1]!.lower : undefined) !== 'quoted') continue;
      j -= 2;
      if (j >= 0 && (toks[j]!.lower === 'was' || toks[j]!.lower === 'is')) j--;
    }
    if (toks[i + 1]?.lower === 'by' && /(?:ed|said)$/.test(t.lower) && AUXILIARIES.has(j >= 0 ? toks[j]!.lower : '')) {
      const np = phraseAfter(toks, i + 2, masked);
      const a = np.length ? classify(text, np, state, exclude, t.start) : null;
      if (a) out.push(a);
      continue;
    }
    // "X, however, claimed": an adverb between commas stands aside
    if (j >= 1 && ASIDES.has(toks[j]!.lower) && commaGap(masked, toks[j]!.end, t.start) && commaGap(masked, toks[j - 1]!.end, toks[j]!.start)) {
      const np = phraseBefore(toks, j - 1, masked);
      const a = np.length ? classify(text, np, state, exclude, t.start) : null;
      if (a) {
        out.push(a);
        continue;
      }
    }
    // "student Adaeze Nwosu (17) said", "the Commercial Affairs Department (CAD) said": an age or a short name in
    // brackets between the name and the verb
    // (the bracket after the word first: most words have none, and their text is not made)
    const aged = j >= 1 && masked.charCodeAt(toks[j]!.end) === 0x29 && /^(?:\d{1,3}|\p{Lu}[\p{Lu}\p{Ll}]{1,9})$/u.test(toks[j]!.text) && /^\)[ \t]+$/.test(masked.slice(toks[j]!.end, t.start)) && /^[ \t]+\($/.test(masked.slice(toks[j - 1]!.end, toks[j]!.start));
    if (aged) j--;
    for (let moved = true; moved; ) {
      moved = false;
      // (an adverb in -ly: "quickly said"; not a noun that ends so, "the family said")
      while (j >= 0 && (SKIP_BACK.has(toks[j]!.lower) || (j > 0 && endsWithLy(masked, toks[j]!.end) && /^\p{Ll}+ly$/u.test(toks[j]!.text) && !LY_NOUNS.has(toks[j]!.text))) && spacesBetween(masked, toks[j]!.end, toks[j + 1]!.start)) j--;
      // "Esper on Wednesday accused", "the minister last week said": a time phrase between subject and verb
      if (j >= 1 && TIME_WORDS.has(toks[j]!.lower) && TIME_OPENERS.has(toks[j - 1]!.lower) && spacesBetween(masked, toks[j - 1]!.end, toks[j]!.start) && spacesBetween(masked, toks[j]!.end, toks[j + 1]!.start)) {
        j -= 2;
        moved = true;
        continue;
      }
      // "A doctor on the scene told", "a journalist in the area also reported": a short place phrase after a role or group
      const m = placePhraseStart(toks, j, masked);
      if (m > 0) {
        j = m - 1;
        moved = true;
      }
    }
    const gapFrom = j >= 0 ? toks[j]!.end : from;
    const gapTo = j >= 0 ? toks[j + 1]!.start : t.start;
    const gap = masked.slice(gapFrom, gapTo);
    const blankGap = spacesBetween(masked, gapFrom, gapTo) || aged;
    let a: Attribution | null = null;
    // "James Kennedy Jr. said", "Acme Inc. said": the period of a name's abbreviated suffix is no break
    // (the period first: most gaps are a space)
    const abbreviated = j >= 0 && gap.charCodeAt(0) === 0x2e && NAME_SUFFIXES.has(toks[j]!.lower) && /^\.[ \t\u00a0]+$/.test(gap);
    // "one of the Dutch climbers, who gave her name only as Femke, thanked the rescuers and said": the subject of the
    // clause, not the object of the verb before "and" (the name they gave, or a person the clause opens with)
    if (j >= 1 && blankGap && toks[j]!.lower === 'and') {
      const gave = givenName(GAVE_NAME_IN, masked, from, t.start);
      if (gave) {
        out.push(gave);
        continue;
      }
      const sub = clauseSubject(text, toks, j, masked, state, exclude, t.start, classify);
      if (sub && sub.key !== null && state.referents.some((r) => r.key === sub.key && r.person)) {
        out.push(sub);
        continue;
      }
    }
    // "her husband said": the partner the article names for the woman "her" stands for
    if (j >= 1 && blankGap && PARTNER_NOUNS.has(toks[j]!.lower) && (toks[j - 1]!.lower === 'her' || toks[j - 1]!.lower === 'his') && spacesBetween(masked, toks[j - 1]!.end, toks[j]!.start)) {
      const owner = resolvePronoun(state, toks[j - 1]!.start, exclude, toks[j - 1]!.lower === 'her' ? 'she' : 'he');
      const key = owner ? partnerOf(state.referents, owner.key) : undefined;
      const partner = key !== undefined ? findLastStartingBy(state.referents, t.start, (x) => x.key === key) : undefined;
      if (partner) {
        out.push({ speaker: toSpeaker(state, partner, toks[j - 1]!.start, toks[j]!.end), key: partner.key, at: t.start, tier: 2, according: false });
        continue;
      }
    }
    let np = j >= 0 && (blankGap || abbreviated) ? phraseBefore(toks, abbreviated && j > 0 ? j - 1 : j, masked) : [];
    // "Paganini and his team wrote": the one named before "and his/her/their" + a group speaks
    const at0 = np.length ? toks.indexOf(np[0]!) : -1;
    if (np.length === 2 && TEAM_OWNERS.has(np[0]!.lower) && at0 >= 2 && toks[at0 - 1]!.lower === 'and' && spacesBetween(masked, toks[at0 - 2]!.end, toks[at0 - 1]!.start)) {
      const named = phraseBefore(toks, at0 - 2, masked);
      if (named.length && isCapitalised(named[named.length - 1]!.text)) np = named;
    }
    // "in a lengthy statement posted to its website": a statement the text does not yet say whose it is speaks for no one
    if (np.length && (np[0]!.lower === 'a' || np[0]!.lower === 'an') && STATEMENT_NOUNS.has(np[np.length - 1]!.lower)) np = [];
    // "the barrister asked", "the detective said": an occupation after "the" (no phrase word) is read as a role
    if (!np.length && j >= 1 && blankGap && toks[j - 1]!.lower === 'the' && isOccupation(toks[j]!.lower) && spacesBetween(masked, toks[j - 1]!.end, toks[j]!.start)) {
      np = [toks[j - 1]!, toks[j]!];
    }
    // "The Dutch ministry of social affairs said", "the department of health said": a body's noun, "of" and up to three
    // words in lower case before the verb
    if (!np.length && blankGap && j >= 2) {
      let k = j;
      while (k > j - 3 && k > 1 && toks[k]!.lower !== 'of' && allLower(toks[k]!.text) && spacesBetween(masked, toks[k - 1]!.end, toks[k]!.start)) k--;
      const head = k < j && toks[k]!.lower === 'of' && BODY_OF_HEADS.has(toks[k - 1]!.text) && spacesBetween(masked, toks[k - 1]!.end, toks[k]!.start) ? phraseBefore(toks, k - 1, masked) : [];
      if (head.length) np = [...head, ...toks.slice(k, j + 1)];
    }
    // "…,” a maths teacher in Leicester told me": the name after a preposition is where the unnamed speaker is from
    const at0Before = np.length ? toks.indexOf(np[0]!) - 1 : -1;
    const before = at0Before >= 0 ? toks[at0Before] : undefined;
    if ((before && DESCRIPTION_PREPOSITIONS.has(before.text)) || (!np.length && j >= 3 && blankGap)) a = describedWithPhrases(toks, j, masked, t.start);
    // "a steward who asked not to be named said": someone described by a noun and the clause that keeps them unnamed
    if (!a && !np.length && j >= 3 && blankGap) {
      const window = masked.slice(Math.max(from, t.start - 120), t.start);
      const anon = window.includes(' who ') ? UNNAMED_WHO.exec(window) : null;
      // (whatever the noun: the clause says it is someone, "a source who asked not to be named")
      if (anon) {
        const start = t.start - window.length + anon.index + anon[0].indexOf(anon[1]!);
        a = { speaker: { entityId: null, name: anon[1]!, start, end: start + anon[1]!.length }, key: null, at: t.start, tier: 1, according: false };
      }
    }
    // (a description found above ends the reading: the branches below are for the other subjects)
    // "A spokesman for the regional prosecutor's office in Coyhaique confirmed": a place after "in" or "at" is where the
    // one before it is, not who speaks
    if (!a && np.length && np.every((x) => isCapitalised(x.text)) && !findOverlapping(state.referents, np[0]!.start, np[np.length - 1]!.end)) {
      const p = toks.indexOf(np[0]!) - 1;
      const held = p >= 1 && (toks[p]!.lower === 'in' || toks[p]!.lower === 'at') && spacesBetween(masked, toks[p - 1]!.end, toks[p]!.start) ? phraseBefore(toks, p - 1, masked) : [];
      if (held.length && !held.every((x) => isCapitalised(x.text))) np = held;
    }
    // "A Queenstown kayak guide who runs trips in Fiordland put it …": a phrase inside a relative clause with no comma
    // before it is not the subject; the one before "who" is (not a pronoun, the subject of a clause of its own there:
    // "volunteers who she said had …", "what it calls")
    const rel = !a && np.length && !(np.length === 1 && PRONOUNS.has(np[0]!.lower)) ? relativeOpens(toks, j) : -1;
    // (not a relative clause a comma closes before the phrase: "Defending Callum Rhys-Davies, who threw a bottle, barrister
    // Thomas Obi said" is Obi)
    if (rel >= 0 && np[0]!.start > rel && !masked.slice(rel, np[0]!.start).includes(',')) {
      const k = toks.findIndex((x) => x.start === rel);
      const subject = k >= 1 ? phraseBefore(toks, k - 1, masked) : [];
      a = (subject.length ? classify(text, subject, state, exclude, t.start) : null) ?? (k >= 2 ? unnamedSpeaker(toks, k - 1, masked, t.start) : null);
      if (a) np = [];
    }
    // "…,” the 54-year-old farmer said": the person the article is about, as a pronoun would be, unless someone the text
    // described without a name by that noun just before is meant ("a 34-year-old nurse … the 34-year-old nurse said")
    // ("the 71-year-old retired ferry captain said": up to two words in lower case between the age and the noun)
    const noun = np.length ? np[np.length - 1]! : undefined;
    let k1 = !a && noun && np.length <= 3 && isPersonNoun(noun.lower) && np.every((x) => allLower(x.text)) ? toks.indexOf(np[0]!) : -1;
    if (k1 >= 1 && !/^\d{1,3}-year-old$/.test(toks[k1 - 1]!.text) && np.length === 1) {
      // (the phrase may have stopped short of the words before the noun)
      for (let back = 1; back <= 2 && k1 - back >= 1 && allLower(toks[k1 - back]!.text); back++) {
        if (/^\d{1,3}-year-old$/.test(toks[k1 - back - 1]!.text)) {
          k1 -= back;
          break;
        }
      }
    }
    if (k1 >= 2 && toks[k1 - 2]!.lower === 'the' && /^\d{1,3}-year-old$/.test(toks[k1 - 1]!.text) && !(state.lastUnnamed && state.lastUnnamed.speaker.name.toLowerCase().includes(noun!.lower))) {
      const r = resolvePronoun(state, toks[k1 - 2]!.start, exclude, 'any');
      if (r) a = { speaker: toSpeaker(state, r, toks[k1 - 2]!.start, noun!.end), key: r.key, at: t.start, tier: 2, according: false };
    }
    // "A spokesperson for the labour ministry of one of the countries named in the report said": the spokesperson phrase
    // opening the sentence, up to a phrase in lower case after the body, not the last noun before the verb
    if (!a && np.length && np[0] !== toks[0] && j >= 4 && j <= 18 && SPOKES_OPENERS.has(toks[0]!.lower) && SPOKES_NOUNS.has(toks[1]!.lower) && ROLE_PREPOSITIONS.has(toks[2]!.lower)) {
      let e = 4;
      // (a comma ends it before a word in lower case: "the Department for Environment, Food and Rural Affairs" is one name)
      while (e <= j && !(BODY_TAIL_OPENERS.has(toks[e]!.lower) && !isCapitalised(toks[e + 1]?.text ?? '')) && !(/,/.test(masked.slice(toks[e - 1]!.end, toks[e]!.start)) && !isCapitalised(toks[e]!.text))) e++;
      if (e <= j) np = toks.slice(0, e);
    }
    if (a) void 0;
    else if (np.length) a = classify(text, np, state, exclude, t.start);
    // "The 56-year-old said": the person the article is about, as a pronoun would be
    else if (j >= 1 && blankGap && /^\d{1,3}-year-old$/.test(toks[j]!.text) && toks[j - 1]!.lower === 'the') {
      const r = resolvePronoun(state, toks[j - 1]!.start, exclude, 'any');
      if (r) a = { speaker: toSpeaker(state, r, toks[j - 1]!.start, toks[j]!.end), key: r.key, at: t.start, tier: 2, according: false };
    }
    // (a bare verb form after a noun is a noun itself: "a phone call")
    else if (j >= 1 && blankGap && !SPEECH_BASE_FORMS.has(t.lower)) a = unnamedSpeaker(toks, j, masked, t.start);
    // (a parenthesis may close the aside before the comma: "…, who chairs Ruhige Nächte (Quiet Nights), called")
    else if (j >= 0 && (commaGap(masked, gapFrom, gapTo) || (masked.charCodeAt(gapFrom) === 0x29 && commaGap(masked, gapFrom + 1, gapTo)))) {
      // "X, who spoke to reporters, said" / "X, a senior adviser, said"
      // (not one named at the end of a relative clause: "Dr Kwame Osei, a specialist who has not treated Delgado-Marsh,
      // said" is Osei)
      const clause = relativeOpens(toks, j, masked);
      // ("Tan's lawyer, Rajiv Santhanam of the firm Santhanam & Goh, said": the name set after what a possessive owns)
      const owned = ownedName(toks, masked, state, from, t.start);
      const r =
        owned ??
        findStartingIn(state.referents, from, toks[j]!.end + 1, (x) => x.person && x.end === toks[j]!.end && (clause < 0 || x.start < clause)) ??
        findStartingIn(
          state.referents,
          from,
          t.start,
          (x) => x.end < t.start && (/^,\s+(?:who|a|an|the|his|her|\d)/.test(text.slice(x.end, x.end + 12)) || hasDescriptorsAfter(text, x.end)),
        );
      if (r) a = { speaker: toSpeaker(state, r, r.start, r.end), key: r.key, at: t.start, tier: 3, according: false };
      // "The developer, Keelson Group, said": a capitalised appositive right before the comma
      const before = phraseBefore(toks, j, masked);
      // (or the name an appositive gives after "called" or "named": "The contractor, a Leeds-based software firm called
      // Calderline Health Systems, said")
      if (!a && before.length && isCapitalised(before[0]!.text) && (/,\s*$/.test(masked.slice(Math.max(from, before[0]!.start - 3), before[0]!.start)) || CALLED_APPOSITIVE.test(masked.slice(Math.max(from, before[0]!.start - 90), before[0]!.start)))) {
        a = classify(text, before, state, exclude, t.start);
      }
      // "Another, a middle school science teacher, said": a bare "Another" or "One" described by the appositive
      const another = !a && isPersonNoun(toks[j]!.lower) ? ANOTHER_DESCRIBED.exec(masked.slice(Math.max(from, toks[j]!.end - 80), toks[j]!.end)) : null;
      if (another) {
        const start = toks[j]!.end - another[1]!.length;
        a = { speaker: { entityId: null, name: another[1]!, start, end: toks[j]!.end }, key: null, at: t.start, tier: 1, according: false };
      }
      // "Natural England, the government's conservation adviser, said": the capitalised name opening the clause,
      // described by an appositive that runs up to the verb
      // ("The European Shoppers’ Alliance, a Brussels-based federation …, said": after "The" too)
      const s0 = toks[0]?.text === 'The' && toks[1] && isCapitalised(toks[1].text) && spacesBetween(masked, toks[0].end, toks[1].start) ? 1 : 0;
      if (!a && toks[s0] && isCapitalised(toks[s0].text) && !CAP_STOP.has(toks[s0].text) && !ASIDES.has(toks[s0].lower)) {
        let e = s0;
        for (;;) {
          while (e + 1 < toks.length && isCapitalised(toks[e + 1]!.text) && (spacesBetween(masked, toks[e]!.end, toks[e + 1]!.start) || pluralPossessiveGap(masked, toks[e]!.end, toks[e + 1]!.start))) e++;
          // ("Friends of the Lode, a volunteer group, said": "of", "for" or "of the" inside a name, a capital after)
          const link = toks[e + 1];
          const the = link && toks[e + 2]?.lower === 'the' ? 1 : 0;
          const then = toks[e + 2 + the];
          if (!link || (link.text !== 'of' && link.text !== 'for') || !then || !isCapitalised(then.text)) break;
          let spaced = true;
          for (let k = e; k < e + 2 + the; k++) spaced &&= spacesBetween(masked, toks[k]!.end, toks[k + 1]!.start);
          if (!spaced) break;
          e += 2 + the;
        }
        const next = toks[e + 1];
        if (next && e + 1 <= j && /^,\s+$/.test(masked.slice(toks[e]!.end, next.start)) && APPOSITIVE_OPENERS.has(next.lower)) a = classify(text, toks.slice(s0, e + 1), state, exclude, t.start);
      }
      // "The trial's lead author, Prof. Tinto of the Nanoro unit in Burkina Faso, said": the first person of the clause,
      // but not one named inside a relative clause ("A Manchester restaurateur, who asked not to be named because he
      // knew Valente personally, said": the relative clause is read below)
      const relative = a ? -1 : relativeStart(toks, j, masked);
      const first = !a && findStartingIn(state.referents, from, t.start, (x) => x.person && x.end < t.start && masked[x.start] !== '"' && (relative < 0 || x.start < relative));
      if (first) a = { speaker: toSpeaker(state, first, first.start, first.end), key: first.key, at: t.start, tier: 2, according: false };
      // "The county council, which runs social care, said", "One senior nurse, who asked not to be named, said":
      // the phrase before the relative clause
      for (let k = j; !a && k >= 1 && k > j - RELATIVE_REACH; k--) {
        const w = toks[k]!.lower;
        if ((w !== 'who' && w !== 'which' && w !== 'whose') || !commaGap(masked, toks[k - 1]!.end, toks[k]!.start)) continue;
        // "one of the Dutch climbers, who gave her name only as Femke, said": the name they gave
        a = w === 'who' ? givenName(GAVE_NAME, masked, toks[k]!.start, t.start) : null;
        if (a) break;
        // "A younger nurse in an emergency department on the Gold Coast, who asked not to be named, said"
        a = describedWithPhrases(toks, k - 1, masked, t.start);
        // "One software engineer in the company's Austin, Texas, office, who asked not to be named, said": an unnamed
        // person opening the clause, placed by a phrase whose own commas hide the noun from the reading above
        a ??= openingDescription(toks, j, masked, t.start);
        if (a) break;
        let np2 = phraseBefore(toks, k - 1, masked);
        let end = k - 1;
        // "one user on Weibo, which is …, posted": the clause tells of the place; the one before it speaks
        // (the prepositions of a place phrase, or "of")
        // (with no phrase found, the word before the clause is the preposition's noun: "in her thirties")
        for (let hops = 0; hops < 2; hops++) {
          const noun = np2.length ? toks.indexOf(np2[0]!) : end;
          let p = noun - 1;
          // ("in her thirties": a determiner between the preposition and its noun)
          if (p >= 2 && PHRASE_DETERMINERS.has(toks[p]!.lower)) p--;
          if (p < 1 || !(PLACE_PREPOSITIONS.has(toks[p]!.lower) || toks[p]!.lower === 'of') || !spacesBetween(masked, toks[p]!.end, toks[p + 1]!.start)) break;
          end = p - 1;
          np2 = phraseBefore(toks, end, masked);
        }
        a = (np2.length ? classify(text, np2, state, exclude, t.start) : null) ?? (end >= 1 ? unnamedSpeaker(toks, end, masked, t.start) : null);
        break;
      }
      // ("A trade ministry official in one affected Asian exporter, speaking on condition of anonymity, said")
      a ??= openingDescription(toks, j, masked, t.start);
      // "Another patient, a man in his seventies who did not want to be named, said": the description opening the clause
      if (!a && toks[0] && UNNAMED_OPENERS.has(toks[0].lower)) {
        for (let h = 1; h <= 3 && h < j; h++) {
          if (!commaGap(masked, toks[h]!.end, toks[h + 1]!.start)) continue;
          a = unnamedSpeaker(toks, h, masked, t.start);
          break;
        }
      }
    }
    // (a gap of blanks ends with none of the marks: the patterns run on the others)
    if (!a && !blankGap && /["”,]\s*$/.test(gap) && !/\p{L}/u.test(gap) && !OBJECT_VERBS.has(t.lower)) {
      // inverted after a quotation: "…,” said the minister.
      let np = phraseAfter(toks, i + 1, masked);
      // "…,” said his mother, Celeste Whitfield": a possessive and a relation, a role or an occupation, before the name
      const p1 = toks[i + 1];
      const p2 = toks[i + 2];
      if ((!np.length || (np.length === 1 && np[0] === p1)) && p1 && p2 && POSSESSIVES.has(p1.lower) && (isPersonNoun(p2.lower) || RELATIONS.has(p2.lower)) && spacesBetween(masked, t.end, p1.start) && spacesBetween(masked, p1.end, p2.start)) {
        np = [p1, p2];
      }
      // (not "…, said the department had been full": a verb after the phrase makes it the subject of what was said)
      const then = np.length ? toks[toks.indexOf(np[np.length - 1]!) + 1] : undefined;
      const clause = then !== undefined && FINITE_AFTER.has(then.lower) && spacesBetween(masked, np[np.length - 1]!.end, then.start);
      if (np.length && !clause && spacesBetween(masked, t.end, np[0]!.start)) a = classify(text, np, state, exclude, t.start);
      // "…,” said the group’s chief executive, Annabelle Ng.": the name set after the role speaks
      let after = np.length ? np[np.length - 1]!.end : -1;
      // ("…,” said a Met Office meteorologist, Tom Brightwater": up to three words in lower case after the phrase, the
      // last a person's noun, end the description before the name)
      let nounAfter = false;
      for (let k = after >= 0 ? toks.indexOf(np[np.length - 1]!) + 1 : toks.length, m = 0; k < toks.length && m < 3; k++, m++) {
        const w = toks[k]!;
        if (!allLower(w.text) || !spacesBetween(masked, toks[k - 1]!.end, w.start)) break;
        if (isPersonNoun(w.lower)) {
          after = w.end;
          nounAfter = true;
        }
      }
      // ("…,” said head keeper Jasper Osei-Lindqvist": the person's noun right before the name, no comma between)
      const direct = nounAfter && isSpace(masked.charCodeAt(after)) ? findStartingIn(state.referents, after + 1, after + 2, (x) => x.person) : undefined;
      if (direct) a = { speaker: toSpeaker(state, direct, direct.start, direct.end), key: direct.key, at: t.start, tier: 3, according: false };
      const comma = after >= 0 ? /^,\s+/.exec(masked.slice(after, after + 4)) : null;
      // ("…,” said director of rugby Gareth Mbeki-Lowe": "of" and up to three words in lower case before the name)
      // ("…,” said a spokeswoman for the office, Dr. Helena Brückner": the phrase up to a comma, and a title before the name)
      const domain = after >= 0 && !comma ? DOMAIN_BEFORE_NAME.exec(masked.slice(after, after + 70)) : null;
      const titled = comma ? TITLE_OPENING.exec(masked.slice(after + comma[0].length, after + comma[0].length + 8)) : null;
      const gapLength = comma ? comma[0].length + (titled ? titled[0].length : 0) : (domain?.[0].length ?? 0);
      const gap = comma ?? domain;
      const named = gap ? findStartingIn(state.referents, after + gapLength, after + gapLength + 1, (x) => x.person) : undefined;
      // (whoever a role phrase in lower case alone was taken for: the name written after it says who holds the role;
      // after a name, "said Losa Faleolo, Auckland Transport's manager", the name speaks)
      if (named && (!a || a.key === null || !isCapitalised(np[0]!.text))) a = { speaker: toSpeaker(state, named, named.start, named.end), key: named.key, at: t.start, tier: 3, according: false };
    }
    // (not when a verb of saying before it in the sentence has its speaker already: "A spokesperson for the ministry said …
    // and urged the union to return": the spokesperson urged, not a noun phrase in what was said)
    if (!a && j >= 0 && (toks[j]!.lower === 'and' || toks[j]!.lower === 'but') && toks[0] && !out.some((o) => o.at < t.start)) {
      // "The ministry disputes that figure and says …", "During the call, he asked … and said": the clause's subject
      a = clauseSubject(text, toks, j, masked, state, exclude, t.start, classify);
    }
    if (a) out.push(a);
  }
  // "He said the union had asked for …": a speaker whose words the speech verb right before reports ranks no
  // higher than the one reporting them
  for (const b of out) {
    const at = b.speaker.start;
    if (at === undefined || out.length < 2) continue;
    for (const a of out) {
      if (a === b || a.tier >= b.tier || a.at >= at || a.speaker.start === undefined || a.speaker.start > a.at) continue;
      let verbEnd = a.at;
      while (verbEnd < at && /\p{L}/u.test(masked[verbEnd]!)) verbEnd++;
      // (and further on, after a "that" the verb governs: "Another employee said the terms were generous and that
      // Valente had told the team")
      if (/^\s+(?:that\s+)?$/.test(masked.slice(verbEnd, at)) || (at - verbEnd < 200 && /\band\s+that\s+$/.test(masked.slice(verbEnd, at)) && !/[.!?;]/.test(masked.slice(verbEnd, at)))) b.tier = a.tier;
    }
  }
  return out.sort((x, y) => y.tier - x.tier || x.at - y.at);
}
