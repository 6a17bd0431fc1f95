/**
 * Precision filters for generated subdivision names: a name that is a common English word, a
 * first name, a bare compass point or otherwise generic would be highlighted where nobody means
 * the place, so it is left out. Pure.
 */
import type { RegionsInput } from './types.ts';

/** Words that name no place on their own: compass points, "capital", "province", landforms. */
export const GENERIC_PLACE_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-east', 'north-west', 'south-east', 'south-west', 'middle', 'upper', 'lower', 'inner', 'outer', 'greater',
  'capital', 'province', 'provinces', 'region', 'regions', 'district', 'districts', 'territory', 'territories',
  'state', 'states', 'federal', 'city', 'municipality', 'county', 'department', 'governorate', 'division', 'zone',
  'area', 'prefecture', 'island', 'islands', 'isles', 'coast', 'coastal', 'littoral', 'maritime', 'interior',
  'highlands', 'highland', 'lowlands', 'lakes', 'lake', 'river', 'rivers', 'mountain', 'mountains', 'valley', 'plateau',
  'delta', 'sea', 'gulf', 'bay', 'national', 'special', 'autonomous', 'metropolitan', 'great', 'grand', 'new', 'of',
  'the', 'and', 'administrative', 'urban', 'rural',
  // the same in French, Spanish and Portuguese names ("Nord-Est", "Centre-Sud", "Leste")
  'nord', 'sud', 'est', 'ouest', 'centrale', 'haut', 'haute', 'bas', 'basse', 'norte', 'sur', 'sul', 'este', 'oeste',
  'leste', 'centro', 'oriental', 'occidental', 'lacs', 'lagunes', 'montagnes', 'plateaux', 'savanes', 'collines',
  'cascades', 'vallée', 'du', 'de', 'des', 'la', 'le', 'les', 'el', 'los', 'las',
]);

/** Spanish, Portuguese, French and German words that start sentences ("Para" from "Pará" folded). */
const FOREIGN_WORDS = new Set([
  'para', 'como', 'pero', 'entre', 'sobre', 'desde', 'hasta', 'donde', 'cuando', 'mais', 'mas', 'pour', 'avec', 'sans',
  'dans', 'sous', 'chez', 'aber', 'oder', 'nach', 'unter', 'durch', 'esta', 'este', 'esto', 'todo', 'toda', 'nada',
]);

/** A saint's name alone ("Saint Michael", "Santa Rosa", "San Pedro") names churches and towns the world over. */
const SAINT = /^(Saint|St\.?|Sainte|Ste\.?|San|Santa|Santo|São|Sveti|Sveta|Sveto)\s+\S+$/;

const letters = (s: string): number => s.replace(/[^\p{L}]/gu, '').length;

/**
 * Why a name must not be used, or null when it may: fewer than 4 letters, digits or parentheses,
 * a common English word or first name, or only generic words ("Eastern Province", "Capital").
 */
export function rejectName(name: string, input: Pick<RegionsInput, 'commonWords' | 'basicWords' | 'firstNames'>): string | null {
  if (letters(name) < 4) return 'shorter than 4 letters';
  if (/\d/.test(name)) return 'numbered';
  if (SAINT.test(name)) return "a saint's name";
  const lower = name.toLowerCase();
  if (input.commonWords.has(lower)) return 'common English word';
  if (FOREIGN_WORDS.has(lower)) return 'common word in another language';
  if (input.firstNames.has(name)) return 'first name';
  const words = lower.split(/[\s\u2013-]+/).filter(Boolean);
  if (words.every((w) => GENERIC_PLACE_WORDS.has(w) || input.basicWords.has(w))) return 'generic words only';
  return null;
}

/** "a" or "an" before a lower-case noun phrase ("an oblast", "a union territory"). */
export function article(phrase: string): string {
  return /^[aeio]|^u(?!ni)/i.test(phrase) ? 'an' : 'a';
}
