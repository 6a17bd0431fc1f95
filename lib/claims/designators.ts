/**
 * Figures that are part of a name rather than a quantity: a model, a title, a sequel or an index
 * ("Destiny 2", "e-tron Sportback 50 quattro", "Fortune 100 brands", "ID.3", "the 16-inch MacBook
 * Pro"). A reader checks the quantities in a sentence, not the names of the things it talks about.
 */

import { codePointIn, isLetter, isUpper } from './chars';

/**
 * Capitalised words after which a number is still a quantity or a date: function words that open
 * phrases ("Over 40", "Some 200"), months and weekdays (dates), "No" (a rank: "No 1"), currencies ("Rs 300").
 */
const NOT_NAMES = new Set(
  ('in on at by of to for from since about over under nearly almost some around only just the a an and but with than ' +
    'up down after before until between among per no top page ' +
    // currencies written before the figure: "Rs 300", "Tk 500", "USD 40"
    'rs rp tk ksh usd eur gbp inr jpy cny chf sek nok dkk aud cad nzd hkd sgd zar brl mxn rub try us nz hk ' +
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** Characters after which the next word opens a sentence or a clause: the word there is no name by its capital. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '“', '"', '(', '—', '–', '‘', "'"]);

/** True when the code unit is an ASCII letter or a letter outside ASCII (surrogates read whole). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return isLetter(codePointIn(text, i, text.length));
}

/** True when the word text.slice(a, b) holds a capital letter (first or inside: "Trek", "iMac"). */
function hasCapital(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpper(codePointIn(text, i, b))) return true;
  }
  return false;
}

/**
 * True when the whole number text.slice(start, end) (digits only) names something in
 * text.slice(from, …) instead of counting: glued to a word by a period ("ID.3"); right after a
 * capitalised word that does not open the sentence ("Destiny 2 runs", "Fortune 100 brands") and
 * before no capitalised word (a title-case headline's "Police Arrest 12 Protesters" still counts) and no
 * hyphen or further figure ("Arsenal 2-1"); or an "N-inch" before a capitalised name ("16-inch MacBook").
 */
export function isDesignator(text: string, from: number, start: number, end: number): boolean {
  // "16-inch MacBook Pro", "27-inch iMac"
  if (text.charCodeAt(end) === 0x2d && /^-inch\s+(?:\p{Lu}|i\p{Lu})/u.test(text.slice(end, end + 10))) return true;
  const after = text.charCodeAt(end);
  if (after === 0x2d || (after === 0x2e && text.charCodeAt(end + 1) >= 0x30 && text.charCodeAt(end + 1) <= 0x39)) return false;
  // "ID.3": a period between a letter and the figure
  if (start - 2 >= from && text.charCodeAt(start - 1) === 0x2e && letterAt(text, start - 2)) {
    let w = start - 2;
    while (w > from && letterAt(text, w - 1)) w--;
    return hasCapital(text, w, start - 1) && start - 1 - w <= 4;
  }
  if (start - 2 < from || text.charCodeAt(start - 1) !== 0x20) return false;
  // the word before the figure: letters (and inner hyphens, "e-tron"), capitalised
  let w = start - 1;
  while (w > from && (letterAt(text, w - 1) || (text.charCodeAt(w - 1) === 0x2d && w - 2 >= from && letterAt(text, w - 2)))) w--;
  if (w === start - 1 || !hasCapital(text, w, start - 1)) return false;
  if (NOT_NAMES.has(text.slice(w, start - 1).toLowerCase())) return false;
  // not the sentence's first word ("In 2019", "About 40 people")
  let b = w - 1;
  while (b >= from && text.charCodeAt(b) === 0x20) b--;
  if (b < from || OPENERS.has(text[b]!) || text.charCodeAt(b) === 0x0a) return false;
  // a capitalised word after the figure: a title-case line, where the figure may count ("Arrest 12 Protesters")
  const m = /^\s+(\S)/u.exec(text.slice(end, end + 4));
  if (m && m[1]!.toLowerCase() !== m[1]) return false;
  return true;
}
