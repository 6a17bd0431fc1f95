import { buildDictionary, findRawMatches, type Dictionary, type RawMatch } from './candidates';
import { ArticleContext } from './context';
import { disambiguate, type Linked } from './disambiguate';
import { normalizeAlias } from './normalize';
import { linkPartialNames, linkTitledSurnames } from './partial-names';
import { linkDerivedDemonyms } from './demonyms';
import { unlinkEmbedded } from './embedded';
import { COVER_OTHER, COVER_PERSON, COVER_PLACE, refreshCovered, tokenize } from './tokens';
import type { EntityLite, Mention } from './types';
import { PERSON_TITLES } from './words';
import { findUnknownNames, titleCaseLines } from './unknown-names';

/**
 * Finds names in an article's text: the knowledge base's aliases (leftmost-longest, case rules,
 * disambiguation, partial names) and capitalized names it does not hold (entityId null).
 *
 * Passes of `find`: normalize (offset-preserving, normalize.ts) → alias matches on word starts
 * (alias-trie.ts, candidates.ts) → corrections and disambiguation (disambiguate.ts, scoring.ts,
 * common-words.ts) → surnames and first names of people named in full (partial-names.ts) →
 * unknown names in what is left (tokens.ts, unknown-names.ts).
 */
export interface Spotter {
  find(text: string, opts?: FindOptions): Mention[];
  /** Number of distinct normalized alias keys in the dictionary. */
  readonly aliasCount: number;
}

/** A reader's correction. `surface` is matched after normalization (case, accents, quotes folded). */
export type Correction =
  | { surface: string; action: 'reject' }
  | { surface: string; action: 'relink'; entityId: string };

export interface FindOptions {
  corrections?: Correction[];
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'tweeted', 'argued', 'insisted']);

/**
 * Drops place readings where a person is likelier: after a person's title ("Judge Jackson", "Mayor
 * London Breed"), and for a minor place (prominence under 0.5, as most generated cities and regions)
 * named by one word right before "said" or "told" with no place cue before it ("Warren said").
 * A match left without senses is no link, so the unknown-name pass reads it as a name.
 */
function personReadings(dict: Dictionary, ctx: ArticleContext, raw: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  // 'Mateus "Kairo" Albuquerque': a surname after a first name and a nickname in quotation marks, and that
  // word alone elsewhere unless a place word stands before it ("Albuquerque smiled"; not "in Albuquerque")
  let nicknamed: Set<number> | null = null;
  // (a closing quotation mark and a space right before the match, checked before any copy)
  for (const m of raw) if (ctx.text.charCodeAt(m.start - 1) === 0x20 && CLOSING_MARKS.includes(ctx.text[m.start - 2] ?? '') && NICKNAME_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) (nicknamed ??= new Set()).add(m.key);
  for (const m of raw) {
    const before = ctx.wordsBefore(m.start, 1)[0] ?? '';
    const titled = PERSON_TITLES.has(before) || (nicknamed !== null && nicknamed.has(m.key) && !PLACE_WORDS.has(before));
    let speaker = false;
    if (!titled && !PLACE_WORDS.has(before) && !ctx.normString.slice(m.start, m.end).includes(' ')) {
      const after = /^[ ]+([a-z]+)/.exec(ctx.normString.slice(m.end, m.end + 12));
      speaker = after !== null && SPEECH_VERBS.has(after[1]!);
    }
    if (!titled && !speaker) {
      out.push(m);
      continue;
    }
    const senses = m.senses.filter((s) => {
      const e = dict.entities[s.entity]!;
      return e.type !== 'place' || (!titled && e.prominence >= 0.5);
    });
    if (senses.length > 0) out.push(senses.length === m.senses.length ? m : { ...m, senses });
  }
  return out;
}

const PLACE_WORDS = new Set(['in', 'near', 'at', 'from', 'of', 'to', 'into']);

const CLOSING_MARKS = '"”\'’';
/** A first name and a nickname in quotation marks right before: 'Mateus "Kairo" ', 'Joaquín ‘El Chapo’ '. */
const NICKNAME_BEFORE = /\p{Lu}[\p{Ll}'’-]+ ["“'‘]\p{Lu}[^"”'’\n]{0,24}["”'’] $/u;

/** Moves a person mention's start past leading titles ("President Trump" → "Trump"). */
function trimTitle(ctx: ArticleContext, l: Linked): void {
  const s = ctx.normString;
  for (;;) {
    const space = s.indexOf(' ', l.start);
    if (space < 0 || space >= l.end) return;
    let word = s.slice(l.start, space);
    if (word.endsWith('.')) word = word.slice(0, -1);
    if (!PERSON_TITLES.has(word)) return;
    let next = space;
    while (next < l.end && s[next] === ' ') next++;
    if (next >= l.end) return;
    l.reason += `; title "${word}" left out`;
    l.start = next;
  }
}

/** Roles of local people that a famous person of the same name does not hold: "Fire chief Daniel Ortega". */
const LOCAL_ROLES = new Set(['firefighter', 'sheriff', 'teacher', 'nurse', 'farmer', 'resident', 'student', 'neighbor', 'neighbour', 'pastor', 'principal', 'detective', 'trooper', 'constable', 'homeowner', 'shopkeeper']);
/** Two-word local roles, by their second word: "fire chief", "police officer". */
const LOCAL_ROLE_PAIRS = new Map([['chief', ['fire', 'police']], ['officer', ['police', 'fire', 'probation']]]);

/**
 * The local role written right before a person linked by their full name ("fire chief"), when the
 * entity's own cues do not name it: the article speaks of a namesake. Null otherwise.
 */
function namesakeRole(dict: Dictionary, ctx: ArticleContext, l: Linked): string | null {
  const e = dict.entities[l.entity]!;
  if (e.type !== 'person' || !l.sense.full) return null;
  const [w0 = '', w1 = ''] = ctx.wordsBefore(l.start, 2);
  const role = LOCAL_ROLES.has(w0) ? w0 : LOCAL_ROLE_PAIRS.get(w0)?.includes(w1) ? `${w1} ${w0}` : null;
  if (role === null) return null;
  const cues = dict.cues[l.entity] ?? [];
  return role.split(' ').some((w) => cues.includes(w)) ? null : role;
}

export function createSpotter(entities: readonly EntityLite[]): Spotter {
  const dict = buildDictionary(entities);

  function find(text: string, opts?: FindOptions): Mention[] {
    const ctx = new ArticleContext(text);
    const reject = new Set<string>();
    const relink = new Map<string, number>();
    for (const c of opts?.corrections ?? []) {
      const key = normalizeAlias(c.surface);
      if (c.action === 'reject') reject.add(key);
      else {
        const idx = dict.byId.get(c.entityId);
        if (idx !== undefined) relink.set(key, idx);
      }
    }
    const covered = new Uint8Array(text.length);
    const raw = personReadings(dict, ctx, findRawMatches(dict, ctx.norm).filter((m) => !reject.has(dict.trie.keys[m.key]!)));
    let linked = disambiguate(dict, ctx, raw, relink);
    // "Fire chief Daniel Ortega": a local role before a person's full name is a namesake's, not the entity's
    const namesakes = new Map<Linked, string>();
    for (const l of linked) {
      const role = namesakeRole(dict, ctx, l);
      if (role !== null) namesakes.set(l, role);
    }
    if (namesakes.size > 0) linked = linked.filter((l) => !namesakes.has(l));
    const kept = new Set([...linked, ...namesakes.keys()].map((l) => l.start));
    // Suppressed common words ("Nice weather" at a sentence start) are not unknown names either.
    for (const m of raw) if (!kept.has(m.start)) covered.fill(1, m.start, m.end);
    const mark = (l: Linked): void => {
      const type = dict.entities[l.entity]!.type;
      covered.fill(type === 'person' ? COVER_PERSON : type === 'place' ? COVER_PLACE : COVER_OTHER, l.start, l.end);
    };
    linked.forEach(mark);
    for (const l of namesakes.keys()) mark(l);
    for (const [key, entity] of relink) {
      if (dict.trie.lookup(key) >= 0) continue;
      for (const at of ctx.occurrences(key)) {
        if (covered.subarray(at, at + key.length).some((v) => v !== 0)) continue;
        const sense = { entity, linkOnly: false, acronym: false, lowerStart: false, full: true };
        const l: Linked = {
          start: at, end: at + key.length, entity, sense, key, keyIndex: -1, confidence: 1,
          reason: `reader correction "${key}" → ${dict.entities[entity]!.name}`,
        };
        linked.push(l);
        mark(l);
      }
    }
    // "China" in "South China Sea", "McCain" in "John McCain": the longer name is an unknown one.
    const tokens = tokenize(ctx, covered);
    const titleLines = titleCaseLines(tokens);
    const dropped = unlinkEmbedded(dict, ctx, linked, tokens, covered, titleLines);
    if (dropped.size > 0) linked = linked.filter((l) => !dropped.has(l));
    const partial = linkPartialNames(dict, ctx, linked, covered);
    partial.forEach(mark);
    const titled = linkTitledSurnames(dict, ctx, covered);
    titled.forEach(mark);
    partial.push(...titled);
    refreshCovered(tokens, covered);
    const demonyms = linkDerivedDemonyms(dict, ctx, tokens, covered);
    if (demonyms.length > 0) {
      partial.push(...demonyms);
      refreshCovered(tokens, covered);
    }
    const unknown = findUnknownNames(ctx, tokens, titleLines);

    // "New York Times", "Moscow City Council": a place name opening an unknown organization's name.
    const absorbed = new Set<Linked>();
    for (const u of unknown) {
      if (u.absorbsMentionEndingAt === undefined) continue;
      const l = linked.find((x) => x.end === u.absorbsMentionEndingAt);
      if (!l) continue;
      absorbed.add(l);
      u.reason += `; includes the place name "${text.slice(l.start, l.end)}"`;
      u.start = l.start;
      u.groupKey = normalizeAlias(text.slice(u.start, u.end));
    }
    const out: Mention[] = [];
    for (const l of [...linked, ...partial]) {
      if (absorbed.has(l)) continue;
      const e = dict.entities[l.entity]!;
      // "President Trump" as an alias: the title is no part of the highlight.
      if (e.type === 'person') trimTitle(ctx, l);
      const m: Mention = {
        start: l.start, end: l.end, text: text.slice(l.start, l.end), entityId: e.id, type: e.type,
        confidence: Number(l.confidence.toFixed(3)), reason: l.reason, highlight: !l.sense.linkOnly,
      };
      if (l.candidates) m.candidates = l.candidates;
      out.push(m);
    }
    for (const u of unknown) {
      out.push({
        start: u.start, end: u.end, text: text.slice(u.start, u.end), entityId: null, type: u.type,
        confidence: u.confidence, reason: u.reason, highlight: true, groupKey: u.groupKey,
      });
    }
    for (const [l, role] of namesakes) {
      const surface = text.slice(l.start, l.end);
      const groupKey = normalizeAlias(surface);
      out.push({
        start: l.start, end: l.end, text: surface, entityId: null, type: 'person', confidence: 0.6,
        reason: `unknown name: "${role}" before it names someone other than ${dict.entities[l.entity]!.name}`,
        highlight: true, groupKey,
      });
      // "… Ortega said" later: the namesake's surname, where nothing else was found
      const surname = groupKey.slice(groupKey.lastIndexOf(' ') + 1);
      for (const at of ctx.occurrences(surname)) {
        if (at < l.end || /^\p{Ll}/u.test(text[at] ?? '') || out.some((m) => m.start < at + surname.length && at < m.end)) continue;
        out.push({
          start: at, end: at + surname.length, text: text.slice(at, at + surname.length), entityId: null, type: 'person', confidence: 0.55,
          reason: `unknown name: surname of ${surface}, named before`, highlight: true, groupKey,
        });
      }
    }
    const result = reject.size === 0 ? out : out.filter((m) => !reject.has(normalizeAlias(m.text)));
    return result.sort((a, b) => a.start - b.start);
  }

  return { aliasCount: dict.trie.size, find };
}
