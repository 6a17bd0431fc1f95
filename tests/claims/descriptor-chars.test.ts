import { describe, expect, it } from 'vitest';
import { suffixAt, tailWordBefore, wordAfter, wordBeforeComma } from '../../lib/claims/descriptors';

/**
 * The character readers of descriptors.ts against the patterns they replace, on many strings
 * built from the characters those patterns care about (a fixed pseudo-random sequence).
 */
const PIECES = [',', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'J', 'S', 'Jr', 'Sr', 'r', '.', 's', "'", '’', "'s", '’s', 'a', 'B', 'of', 'OF', 'For', 'the', 'at', 'In', 'i', 'n', '_', '1', 'é', 'É', '𝐀', '\ud835', '\udc00', 'x', 'said', 'also', 'has', 'had', 'later', 'then', 'further', 'hasty', 'lso', 'Z'];

function strings(count: number, seed: number): string[] {
  let x = seed;
  const rand = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const parts = 1 + rand(9);
    for (let i = 0; i < parts; i++) s += PIECES[rand(PIECES.length)];
    out.push(s);
  }
  return out;
}

describe('character readers of the person evidence', () => {
  const samples = [...strings(4000, 7), ', Jr.', ', Jr. said', ' Sr, x', ' Jr.x', ',Jr ', ' Jr', 'in  ', 'xof ', '_in ', 'the \t', "boss's, ", 'x’s,  ', "'s, ", 's, ', '𝐀𝐀’s, ', '\udc00s, '];

  it('read a generational suffix as /^,? (?:Jr|Sr)\\.?(?=[,\\s])/ on the next 6 characters', () => {
    for (const s of samples) {
      const text = 'Name' + s;
      const c = text.charCodeAt(4);
      const expected = c !== 0x2c && c !== 0x20 ? 0 : (/^,? (?:Jr|Sr)\.?(?=[,\s])/.exec(text.slice(4, 10))?.[0].length ?? 0);
      expect(suffixAt(text, 4), JSON.stringify(s)).toBe(expected);
    }
    // a suffix at the text's end needs the comma or white space after it
    expect(suffixAt('Carlineo Jr.', 8)).toBe(0);
    expect(suffixAt('Carlineo Jr., said', 8)).toBe(4);
  });

  it('read a tail word before a name as /\\b(?:of|for|the|at|in)\\s+$/i on the 5 characters before it', () => {
    for (const s of samples) {
      const text = s + 'Paris';
      const start = s.length;
      expect(tailWordBefore(text, start), JSON.stringify(s)).toBe(/\b(?:of|for|the|at|in)\s+$/i.test(text.slice(Math.max(0, start - 5), start)));
    }
  });

  it('read the word before a comma as /([\\p{L}]+)(?:[\'’]s)?,\\s*$/u on the 30 characters before a name', () => {
    let checked = 0;
    for (const s of samples) {
      const text = s + 'Park';
      const start = s.length;
      const from = Math.max(0, start - 30);
      // the reader is asked only when the slice ends with a comma and white space
      if (!/,\s*$/.test(text.slice(from, start))) continue;
      checked++;
      expect(wordBeforeComma(text, from, start), JSON.stringify(s)).toBe(/([\p{L}]+)(?:['’]s)?,\s*$/u.exec(text.slice(from, start))?.[1]);
    }
    expect(checked).toBeGreaterThan(100);
    // a surrogate pair cut by the window's start is a lone surrogate, no letter
    const text = 'x'.repeat(5) + '𝐀' + 'b'.repeat(29) + ', Park';
    const start = text.length - 4;
    expect(wordBeforeComma(text, start - 30, start)).toBe(/([\p{L}]+)(?:['’]s)?,\s*$/u.exec(text.slice(start - 30, start))?.[1]);
  });

  it('read the word after a name as /^,?\\s+(?:(?:also|has|had|later|then|further)\\s+)?([a-z]+)/ on the next 90 characters', () => {
    for (const s of [...samples, ' also ' + 'x'.repeat(100), ' ' + 'a'.repeat(95), ' has' + ' '.repeat(84) + 'said']) {
      const text = 'Name' + s;
      expect(wordAfter(text, 4, true), JSON.stringify(s)).toBe(/^,?\s+(?:(?:also|has|had|later|then|further)\s+)?([a-z]+)/.exec(text.slice(4, 94))?.[1]);
      expect(wordAfter(text, 4, false), JSON.stringify(s)).toBe(/^\s+(?:(?:also|has|had|later|then|further)\s+)?([a-z]+)/.exec(text.slice(4, 94))?.[1]);
    }
  });
});
