/**
 * The alias dictionary (normalized key → senses) and the first pass over a text:
 * leftmost-longest matches on word boundaries that pass the case rules.
 */
import { buildAliasTrie, type AliasTrie } from './alias-trie';
import { F_DIGIT, F_LOWER, F_UPPER, F_WORD, flagsOf, normalizeAlias, type NormalizedText } from './normalize';
import type { EntityLite } from './types';
import { ALWAYS_AMBIGUOUS, COMMON_WORD_NAMES, PERSON_TITLES } from './words';

export interface Sense {
  /** Index into the dictionary's entities. */
  entity: number;
  /** A linkOnly spelling (demonym): linked, not highlighted. */
  linkOnly: boolean;
  /** Written all in capitals ("US", "NATO", "U.S."): the text must be in capitals too. */
  acronym: boolean;
  /** Written with a lower-case first letter ("von der Leyen"): then the text may start lower-case. */
  lowerStart: boolean;
  /** The entity's name or a multi-word alias: a full form that settles later partial names. */
  full: boolean;
}

export interface Dictionary {
  entities: readonly EntityLite[];
  byId: ReadonlyMap<string, number>;
  trie: AliasTrie;
  /** Senses per trie key index. */
  senses: readonly Sense[][];
  /** Key is a common word that needs a cue ('sentence': at a sentence start only; 'always'). */
  commonness: readonly (null | 'sentence' | 'always')[];
  /** Per key: does any sense need a case check beyond "starts upper-case" (acronym or lower-case start)? */
  strictCase: Uint8Array;
  /** Last word of multi-word person names that is no alias itself → those people ("witkoff"). */
  surnames: ReadonlyMap<string, number[]>;
  /** Normalized cues per entity. */
  cues: readonly string[][];
  /** Related entity indexes per entity. */
  related: readonly number[][];
}

function letterStats(s: string): { letters: number; upper: number; firstLower: boolean } {
  let letters = 0;
  let upper = 0;
  let firstLower = false;
  for (let i = 0; i < s.length; i++) {
    const f = flagsOf(s.charCodeAt(i));
    if (!(f & (F_UPPER | F_LOWER))) continue;
    if (letters === 0) firstLower = (f & F_LOWER) !== 0;
    letters++;
    if (f & F_UPPER) upper++;
  }
  return { letters, upper, firstLower };
}

export function buildDictionary(entities: readonly EntityLite[]): Dictionary {
  const byKey = new Map<string, Sense[]>();
  const byId = new Map<string, number>();
  const add = (e: EntityLite, idx: number, written: string, linkOnly: boolean): void => {
    // "the Kremlin": the article is not part of the name; "The Hague" (capital T) keeps it.
    const form = written.startsWith('the ') ? written.slice(4) : written;
    const key = normalizeAlias(form);
    if (!key) return;
    const st = letterStats(form);
    const acronym = st.letters >= 2 && st.upper === st.letters;
    const full = written === e.name || key.includes(' ');
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    const prior = list.find((s) => s.entity === idx);
    if (!prior) {
      list.push({ entity: idx, linkOnly, acronym, lowerStart: st.firstLower, full });
      return;
    }
    // Same entity, same key: keep the most permissive reading.
    prior.linkOnly &&= linkOnly;
    prior.acronym &&= acronym;
    prior.lowerStart ||= st.firstLower;
    prior.full ||= full;
  };
  entities.forEach((e, idx) => {
    byId.set(e.id, idx);
    add(e, idx, e.name, false);
    for (const a of e.aliases) add(e, idx, a, false);
    for (const a of e.linkOnly ?? []) add(e, idx, a, a !== e.name && !e.aliases.includes(a));
  });
  const trie = buildAliasTrie(byKey.keys());
  // Most prominent first, so a capped candidate list keeps the likeliest senses.
  // Exact-size copies (.slice): arrays grown by push keep spare capacity, which adds up over 100,000 keys.
  const senses = trie.keys.map((k) =>
    byKey.get(k)!.sort((a, b) => entities[b.entity]!.prominence - entities[a.entity]!.prominence).slice());
  const commonness = trie.keys.map((k) =>
    ALWAYS_AMBIGUOUS.has(k) ? 'always' : COMMON_WORD_NAMES.has(k) ? 'sentence' : null,
  );
  const cues = entities.map((e) => (e.cues ?? []).map(normalizeAlias).filter(Boolean).slice());
  const related = entities.map((e) =>
    (e.related ?? []).map((id) => byId.get(id)).filter((x): x is number => x !== undefined).slice(),
  );
  const strictCase = Uint8Array.from(senses, (list) => (list.some((s) => s.acronym || s.lowerStart) ? 1 : 0));
  const surnames = new Map<string, number[]>();
  entities.forEach((e, idx) => {
    if (e.type !== 'person') return;
    const words = normalizeAlias(e.name).split(' ');
    const last = words[words.length - 1]!;
    if (words.length < 2 || last.length < 2 || trie.lookup(last) >= 0) return;
    const list = surnames.get(last);
    if (list) list.push(idx);
    else surnames.set(last, [idx]);
  });
  return { entities, byId, trie, senses, strictCase, surnames, commonness, cues, related };
}

/** Does the original text at [start, end) satisfy the case rules of this sense? */
export function caseOk(norm: NormalizedText, start: number, end: number, sense: Sense): boolean {
  const { flags } = norm;
  const f0 = flags[start]!;
  if (!(f0 & (F_UPPER | F_DIGIT)) && !sense.lowerStart) return false;
  if (!sense.acronym) return true;
  let letters = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const f = flags[i]!;
    if (f & (F_UPPER | F_LOWER)) letters++;
    if (f & F_LOWER) lower++;
  }
  if (lower === 0) return true;
  // British style writes long acronyms in title case ("Nato", "Opec"); short ones never ("Us").
  return letters >= 4 && lower === letters - 1 && (f0 & F_UPPER) !== 0;
}

/** Does the key start with a person's title and a space ("president trump")? */
function titleFirst(dict: Dictionary, key: number): boolean {
  const k = dict.trie.keys[key]!;
  const space = k.indexOf(' ');
  return space > 0 && PERSON_TITLES.has(k.slice(0, space));
}

export interface RawMatch {
  start: number;
  end: number;
  key: number;
  senses: Sense[];
}

/** Leftmost-longest matches over the text; a longer key failing the case rules yields to a shorter one. */
export function findRawMatches(dict: Dictionary, norm: NormalizedText): RawMatch[] {
  const { flags } = norm;
  const n = flags.length;
  const out: RawMatch[] = [];
  // Keys ending along one walk; an alias has at most one key per end, so 64 slots are plenty.
  const ends = new Int32Array(64);
  const keys = new Int32Array(64);
  let count = 0;
  const collect = (end: number, key: number): void => {
    if (count < 64) {
      ends[count] = end;
      keys[count++] = key;
    }
  };
  let i = 0;
  while (i < n) {
    if (!(flags[i]! & F_WORD) || (i > 0 && flags[i - 1]! & F_WORD)) {
      i++;
      continue;
    }
    count = 0;
    dict.trie.walk(norm, i, collect);
    // "President Xi Jinping" with an alias "President Xi": the name starting after the title wins
    // when it reaches further.
    if (count > 0 && titleFirst(dict, keys[count - 1]!)) {
      const first = dict.trie.keys[keys[count - 1]!]!;
      const next = i + first.indexOf(' ') + 1;
      const furthest = ends[count - 1]!;
      count = 0;
      dict.trie.walk(norm, next, collect);
      if (count > 0 && ends[count - 1]! > furthest) {
        i = next;
        continue;
      }
      count = 0;
      dict.trie.walk(norm, i, collect);
    }
    let taken = false;
    for (let k = count - 1; k >= 0 && !taken; k--) {
      const end = ends[k]!;
      const key = keys[k]!;
      const all = dict.senses[key]!;
      const ok = !dict.strictCase[key] && flags[i]! & (F_UPPER | F_DIGIT) ? all : all.filter((s) => caseOk(norm, i, end, s));
      if (ok.length > 0) {
        out.push({ start: i, end, key, senses: ok });
        i = end;
        taken = true;
      }
    }
    if (!taken) i++;
  }
  return out;
}
