import { describe, expect, it } from 'vitest';
import { countWords, foldCase, hasAny, isLetter, isLetterOrNumber, isSpace, isUpper, partitionPoint } from '../../lib/claims/chars';
import { CAP_STOP, PHRASAL_SPEECH, SPEECH_VERBS, capStopAt, hasSpeechWord, innerSpans, isCapitalised, lowerTrie, lowerTrieHas, lowerUnit, lowersTo, scanSentence, scanSentenceSpans, spansOutside, speechWordAt, stem, tokenSpans, tokenize, type Token } from '../../lib/claims/lexicon';

/** The regular expression the character-loop tokenizer replaces, run over the slice. */
function reference(text: string, from = 0, to = text.length) {
  const re = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:(?:['’\-.]|(?<=[A-Z])&(?=[A-Z]))[\p{L}\p{N}]+)*/gu;
  const part = text.slice(from, to);
  return [...part.matchAll(re)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length }));
}

/** Tokens as plain records of their four fields (the lowercased form is made on first read). */
const plain = (tokens: readonly Token[]) => tokens.map((t) => ({ text: t.text, lower: t.lower, start: t.start, end: t.end }));

const SAMPLES = [
  'The U.S.-led talks in Paris: “20,000 children,” said Mr. Macron.',
  'U.S.A a.b.c.d A.B. ..A.B.C. a..b a.-b it’s-a.b\' rock’n’roll 1.5bn 3.5%',
  'Ⅻ ½ ٣٤ İstanbul ſ K 𝐀𝐁 x𝐀.𝐁.y ab\ud835\udc00 lone\ud835 surrogate',
  'Zürich, Łódź and São Paulo; Пётр Иванов сказал; 東京 2025年',
  'PG&E said; AT&T-owned S&P 500; a&b A & B A&b b&A Q&A’s R&&D É&A',
  // an acronym's first letter outside ASCII or the BMP, digits before periods, joiners at the edges
  'É.U. é.a.b 𝐀.𝐁. 𝐀.b 1.2.3 a.1.b. x.y. -a- ’a’ a’’b a-.b .a a. A&𝐀 𝐀&B ÉÉ&A AB& &CD',
  // joiners followed by letters outside the BMP, lone and cut surrogates next to joiners
  'a-𝐀 a’𝐀b a.\ud835 a-\udc00b \udc00a \ud835.a.b. Ⅻ.Ⅻ ½-½ ab٣.٤',
];

/** Strings of characters that matter to the tokenizer, drawn by a fixed-seed generator. */
function randomTexts(count: number): string[] {
  const parts = ['a', 'B', 'z', 'Q', '1', '0', '.', '.', '-', "'", '’', '&', ' ', ',', 'É', 'ß', 'Ⅻ', '½', '٣', '東', '𝐀', '\ud835', '\udc00', '—', '“', 'K', 'İ', '\n'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = 1 + Math.floor(next() * 24);
    for (let k = 0; k < len; k++) s += parts[Math.floor(next() * parts.length)]!;
    out.push(s);
  }
  return out;
}

describe('tokenize', () => {
  it('finds the same tokens as the regular expression, also on cut slices', () => {
    for (const s of SAMPLES) {
      expect(plain(tokenize(s))).toEqual(reference(s));
      for (let from = 0; from < s.length; from += 3) for (let to = from; to <= s.length; to += 5) expect(plain(tokenize(s, from, to))).toEqual(reference(s, from, to));
    }
  });

  it('finds the same tokens as the regular expression on random mixes of letters, digits, joiners and surrogates', () => {
    for (const s of randomTexts(3000)) {
      expect(tokenSpans(s), s).toEqual(reference(s).flatMap((t) => [t.start, t.end]));
      expect(plain(tokenize(s)), s).toEqual(reference(s));
      const from = s.length >> 2;
      const to = s.length - (s.length >> 2);
      expect(tokenSpans(s, from, to), `${s} ${from}-${to}`).toEqual(reference(s, from, to).flatMap((t) => [t.start, t.end]));
    }
  });

  it('takes a dotted acronym whole, also where a word with inner periods would be longer', () => {
    expect(tokenize('U.S.A. U.S.A a.b.c a.b 1.5.2').map((t) => t.text)).toEqual(['U.S.A.', 'U.S.', 'A', 'a.b.', 'c', 'a.b', '1.5.2']);
    expect(tokenize('𝐀.𝐁. É.U.-led').map((t) => t.text)).toEqual(['𝐀.𝐁.', 'É.U.', 'led']);
  });

  it('lowercases words as toLowerCase does, also those already lowercase or with capitals outside ASCII', () => {
    const s = 'said Said SAID ÉTAT état İstanbul ſaid K-pop x1-y2 it’s';
    expect(tokenize(s).map((t) => t.lower)).toEqual(s.toLowerCase().split(' '));
  });

  it('reads a negative start as the start', () => {
    expect(tokenSpans('two words', -5)).toEqual([0, 3, 4, 9]);
  });

  it('gives the same offsets without strings', () => {
    const s = SAMPLES[0]!;
    expect(tokenSpans(s, 4, 40)).toEqual(reference(s, 4, 40).flatMap((t) => [t.start, t.end]));
  });

  it('keeps a company name joined by & between capitals as one token', () => {
    expect(tokenize('PG&E said AT&T and a&b').map((t) => t.text)).toEqual(['PG&E', 'said', 'AT&T', 'and', 'a', 'b']);
  });

  it('reads a range past the end as the end', () => {
    expect(plain(tokenize('two words', 0, 99))).toEqual(reference('two words'));
  });
});

describe('character classes', () => {
  it('agree with the Unicode regular expressions on every BMP code point', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (isLetter(c) !== /\p{L}/u.test(s) || isLetterOrNumber(c) !== /[\p{L}\p{N}]/u.test(s) || isUpper(c) !== /\p{Lu}/u.test(s) || isSpace(c) !== /\s/.test(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isLetter(0x1d400)).toBe(true); // 𝐀, outside the BMP
    expect(isCapitalised('𝐀bc')).toBe(true);
    expect(isCapitalised('élan')).toBe(false);
    expect(isCapitalised('')).toBe(false);
  });

  it('counts words as splitting on whitespace and keeping chunks with a letter or digit does', () => {
    for (const s of [...SAMPLES, '  — 42 , ½ ', '']) {
      expect(countWords(s)).toBe(s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length);
      expect(countWords(s, true)).toBe(s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
    }
  });

  it('folds case so that a case-insensitive match always leaves its word in the folded text', () => {
    expect(foldCase('PREDICTED')).toBe('predicted');
    expect(/seven/iu.test('ſeven')).toBe(true);
    expect(foldCase('ſeven')).toContain('seven');
  });
});

describe('hasSpeechWord', () => {
  const has = (s: string) => hasSpeechWord(s, tokenSpans(s));
  it('spots a speech verb or "according" in any case', () => {
    expect(has('The minister SAID so.')).toBe(true);
    expect(has('According to the UN, it rose.')).toBe(true);
    expect(has('Prices rose by 3% in May.')).toBe(false);
    // a word that only starts like a verb is not one
    expect(has('The saidness of it; accordingly.')).toBe(false);
  });
  it('knows every speech verb form', () => {
    for (const v of SPEECH_VERBS) expect(has(`x ${v} y`)).toBe(true);
  });
  it('reads every word a letter shorter or longer, or with a changed letter, as no speech word', () => {
    for (const v of [...SPEECH_VERBS, ...PHRASAL_SPEECH.keys(), 'according']) {
      for (const w of [v.slice(0, -1), v.slice(1), `${v}x`, `x${v}`, `${v.slice(0, -1)}q`]) {
        const known = SPEECH_VERBS.has(w) || PHRASAL_SPEECH.has(w) || w === 'according';
        expect(has(`x ${w} y`), w).toBe(known);
      }
    }
  });
  it('reads a word with any other second letter, in either case, as the word it then is', () => {
    const speech = (w: string): boolean => SPEECH_VERBS.has(w) || PHRASAL_SPEECH.has(w) || w === 'according';
    for (const v of [...SPEECH_VERBS, ...PHRASAL_SPEECH.keys(), 'according']) {
      for (let x = 0x61; x <= 0x7a; x++) {
        const w = v[0] + String.fromCharCode(x) + v.slice(2);
        expect(speechWordAt(` ${w} `, 1, w.length + 1), w).toBe(speech(w));
        const upper = v[0] + String.fromCharCode(x - 0x20) + v.slice(2);
        expect(speechWordAt(` ${upper} `, 1, w.length + 1), upper).toBe(speech(w));
      }
      // a second character outside ASCII or no letter
      expect(speechWordAt(` ${v[0]}é${v.slice(2)} `, 1, v.length + 1)).toBe(false);
      expect(speechWordAt(` ${v[0]}-${v.slice(2)} `, 1, v.length + 1)).toBe(false);
    }
  });
  it('lowercases as toLowerCase does: the Kelvin sign reads as k, a dotted capital I and a long s do not', () => {
    // "\u212A" (Kelvin) lowercases to "k"; "Aссording" is written with two Cyrillic "с"
    expect(has('He ADDED, then REMARKED.')).toBe(true);
    expect(has('He remar\u212Aed.')).toBe(true);
    // at either edge of a word too, where the length and first and last letters are checked before the rest
    expect(has('They remar\u212A.')).toBe(true);
    expect(has('They ADD; they Add; they adD.')).toBe(true);
    expect(has('They adz.')).toBe(false);
    expect('remar\u212Aed'.toLowerCase()).toBe('remarked');
    expect(has('He \u0130nsisted.')).toBe(false);
    expect(has('He ſaid.')).toBe(false);
    expect(has('Aссording to them.')).toBe(false);
  });
  it('reads a span of the text the same through speechWordAt', () => {
    const s = 'Xsaid said saidx';
    expect([speechWordAt(s, 0, 5), speechWordAt(s, 1, 5), speechWordAt(s, 6, 10), speechWordAt(s, 11, 15), speechWordAt(s, 11, 16)]).toEqual([false, true, true, true, false]);
  });
});

describe('stem', () => {
  it('gives the same stem on repeated calls (the cache)', () => {
    expect(stem('Deportations')).toBe('deport');
    expect(stem('Deportations')).toBe('deport');
    expect(stem('deported')).toBe('deport');
  });
});

describe('hasAny', () => {
  it('answers as a substring test would, also for words that overlap or start alike', () => {
    const texts = ['prices are expected to rise', 'the expectation', 'nothing here', 'forecasters forecast', 'estimated', 'u.s. and its best'];
    const lists = [['expect', 'expected'], ['expected'], ['forecast', 'cast'], ['est', 'best', 'estimate'], ['zebra'], ['u.s', 'and its']];
    for (const t of texts) for (const words of lists) expect(hasAny(t, words), `${t} / ${words.join(',')}`).toBe(words.some((w) => t.includes(w)));
  });
  it('learns words first asked for after other texts were read', () => {
    expect(hasAny('a quiet harbour', ['quiet'])).toBe(true);
    expect(hasAny('a quiet harbour', ['harbour'])).toBe(true);
    expect(hasAny('a quiet harbour', ['storm'])).toBe(false);
  });
  it('keeps answering right for a caller that makes a new list on every call', () => {
    const text = 'the harbour was quiet at dawn';
    for (let i = 0; i < 1500; i++) {
      const words = i % 3 ? [`w${i}x`, i % 2 ? 'quiet' : 'storm'] : ['dawn'];
      expect(hasAny(text, words)).toBe(words.some((w) => text.includes(w)));
    }
    // past MAX_LISTS lists the cache is rebuilt many times: seconds of work, longer on a busy machine
  }, 30_000);
});

describe('scanSentence', () => {
  /** What findClaims read in three passes: the offsets, the capitalised words after the first, the speech-word flag. */
  function threePasses(s: string, from: number, to: number) {
    const spans = tokenSpans(s, from, to);
    const caps: number[] = [];
    for (let k = 2; k < spans.length; k += 2) if (isUpper(s.codePointAt(spans[k]!)!) && !(s.charCodeAt(spans[k]!) >= 0xd800 && spans[k + 1]! - spans[k]! < 2)) caps.push(spans[k]!, spans[k + 1]!);
    return { spans, caps, speech: hasSpeechWord(s, spans) };
  }
  function onePass(s: string, from: number, to: number) {
    const spans: number[] = [];
    const caps: number[] = [];
    const speech = scanSentence(s, from, to, spans, caps);
    return { spans, caps, speech };
  }

  it('gives the offsets, the capitalised words after the first and the speech-word flag of three separate passes', () => {
    for (const s of [...SAMPLES, ...randomTexts(1500), 'Paris, Macron SAID: Élysée and Zürich are Ⅻ; 𝐀bc said', 'said Paris']) {
      expect(onePass(s, 0, s.length), s).toEqual(threePasses(s, 0, s.length));
      const from = s.length >> 2;
      const to = s.length - (s.length >> 2);
      expect(onePass(s, from, to), `${s} ${from}-${to}`).toEqual(threePasses(s, from, to));
    }
  });

  it('with marks, gives the same and marks exactly the tokens that are not one run of ASCII letters and digits', () => {
    for (const s of [...SAMPLES, ...randomTexts(1500), 'it’s a non-report on U.S. and Élysée, the x_y of AT&T']) {
      const spans: number[] = [];
      const caps: number[] = [];
      const marks: number[] = [99];
      const speech = scanSentence(s, 1, s.length, spans, caps, marks);
      expect({ spans, caps, speech }, s).toEqual(onePass(s, 1, s.length));
      const expected = [99];
      for (let k = 0; k < spans.length; k += 2) if (!/^[A-Za-z0-9]+$/.test(s.slice(spans[k], spans[k + 1]))) expected.push(spans[k]!);
      expect(marks, s).toEqual(expected);
    }
  });

  it('scanSentenceSpans gives what scanSentence gives, its offsets in an array of their exact length, sentence after sentence', () => {
    const texts = [...SAMPLES, ...randomTexts(800), 'Paris, Macron SAID: Élysée and Zürich are Ⅻ; 𝐀bc said'];
    // one page after another, each read in pieces (a long piece first, so a shorter one after it reads over what it left)
    for (const s of texts) {
      const cuts = [0, s.length >> 1, s.length >> 2, s.length];
      const capsA: number[] = [];
      const marksA: number[] = [];
      const capsB: number[] = [];
      const marksB: number[] = [];
      for (const [from, to] of [[cuts[0]!, cuts[1]!], [cuts[1]!, cuts[3]!], [cuts[2]!, cuts[1]!]] as const) {
        const spans: number[] = [];
        const speech = scanSentence(s, from, to, spans, capsA, marksA);
        const scan = scanSentenceSpans(s, from, to, capsB, marksB);
        // (speechAt: the first token speechWordAt holds for, where findAttributions starts reading)
        let speechAt = -1;
        for (let k = 0; k < spans.length && speechAt < 0; k += 2) if (speechWordAt(s, spans[k]!, spans[k + 1]!)) speechAt = k >> 1;
        expect(scan, `${s} ${from}-${to}`).toEqual({ spans, speech, speechAt });
        expect(scan.spans.length).toBe(spans.length);
      }
      expect([capsB, marksB]).toEqual([capsA, marksA]);
    }
  });

  it('gives the index of the first token that is a speech word', () => {
    // ("Told" is the fourth token, "said" a later one)
    const s = 'Sad bells tolled; Told: he said.';
    const scan = scanSentenceSpans(s, 0, s.length, []);
    expect(scan.speechAt).toBe(3);
    expect(scanSentenceSpans('No verb here at all.', 0, 20, []).speechAt).toBe(-1);
  });

  it('flags every speech word written in ASCII letters alone, in any case, and no word a letter longer', () => {
    for (const v of [...SPEECH_VERBS, ...PHRASAL_SPEECH.keys(), 'according']) {
      for (const w of [v, v.toUpperCase(), v[0]!.toUpperCase() + v.slice(1)]) {
        expect(scanSentence(`x ${w} y`, 0, w.length + 4, [], []), w).toBe(true);
        expect(scanSentence(`x ${w}s y`, 0, w.length + 5, [], []), `${w}s`).toBe(hasSpeechWord(`${w}s`, [0, w.length + 1]));
      }
    }
  });

  it('leaves out the first word however it is written, and appends to the capitals gathered before', () => {
    const caps = [99, 100];
    const spans: number[] = [];
    expect(scanSentence('Macron met Zelenskyy in Paris.', 0, 30, spans, caps)).toBe(false);
    expect(caps).toEqual([99, 100, 11, 20, 24, 29]);
    expect(spans).toEqual([0, 6, 7, 10, 11, 20, 21, 23, 24, 29]);
  });
});

describe('innerSpans', () => {
  it('finds the tokens of a slice among those of the whole where no token crosses its edges', () => {
    const s = 'He said “We will win, Paris” today.';
    const spans = tokenSpans(s);
    const from = s.indexOf('We');
    const to = s.indexOf('”');
    const range = innerSpans(spans, from, to);
    expect(range).not.toBeNull();
    expect(spans.slice(range![0], range![1])).toEqual(tokenSpans(s, from, to));
    // an empty slice between tokens
    expect(innerSpans(spans, to, to + 1)).toEqual([12, 12]);
  });

  it('gives null where a token crosses an edge, since the slice alone may hold other tokens', () => {
    const s = 'the rock’n’roll talks';
    const spans = tokenSpans(s);
    // "rock’n’roll" is one token of the whole; the slice from "roll" holds "roll" alone
    expect(innerSpans(spans, s.indexOf('roll'), s.length)).toBeNull();
    expect(tokenSpans(s, s.indexOf('roll'), s.length)).toEqual([11, 15, 16, 21]);
    // cut inside "talks" at the end
    expect(innerSpans(spans, 0, s.length - 2)).toBeNull();
  });

  it('agrees with tokenSpans of the slice whenever it gives a range', () => {
    let ranges = 0;
    for (const s of [...SAMPLES, ...randomTexts(800)]) {
      const spans = tokenSpans(s);
      for (let from = 0; from <= s.length; from++) {
        // a slice starting after the high half of a surrogate pair is outside what innerSpans is for
        if (from > 0 && s.charCodeAt(from - 1) >= 0xd800 && s.charCodeAt(from - 1) < 0xdc00) continue;
        for (let to = from; to <= s.length; to += 3) {
          const range = innerSpans(spans, from, to);
          if (!range) continue;
          ranges++;
          expect(spans.slice(range[0], range[1]), `${s} ${from}-${to}`).toEqual(tokenSpans(s, from, to));
        }
      }
    }
    expect(ranges).toBeGreaterThan(10_000);
  });
});

describe('lowersTo', () => {
  it('answers as toLowerCase and a comparison, also for words outside ASCII', () => {
    const words = ['Paris', 'PARIS', 'paris', 'Pari', 'Parisx', 'Zürich', 'ZÜRICH', 'zürich', 'Zurich', 'İstanbul', 'istanbul', 'i̇stanbul', '\u212Aiev', 'Kiev', 'kiev', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'οδος', 'A-B', 'a-b', 'U.S.', 'u.s.', 'O’Neil', 'o’neil', 'Russia’s', 'russia’s', 'russia', 'ÉLYSÉE', 'élysée', 'Élysées', 'ΣΟΦΙΑ', 'σοφια', 'ΑΣ', 'ας', 'ασ', '𐐀b', '𐐨b', 'ǅx', 'ǆx', 'ẞ', 'ß', ''];
    let hits = 0;
    for (const w of words) {
      const text = `x ${w} y`;
      for (const lower of words.map((v) => v.toLowerCase()).concat(['par', 'parisx', 'zu'])) {
        const want = w.toLowerCase() === lower;
        if (want) hits++;
        expect(lowersTo(text, 2, 2 + w.length, lower), `${w} ${lower}`).toBe(want);
      }
    }
    expect(hits).toBeGreaterThan(words.length);
  });

  it('reads only its slice of the text', () => {
    expect(lowersTo('ParisX', 0, 5, 'paris')).toBe(true);
    expect(lowersTo('ParisX', 0, 6, 'paris')).toBe(false);
    expect(lowersTo('ΟΔΟΣ ΟΔΟΣ', 5, 9, 'οδος')).toBe('ΟΔΟΣ'.toLowerCase() === 'οδος');
  });
});

describe('spansOutside', () => {
  const mask = (s: string, holes: ReadonlyArray<{ start: number; end: number }>) => {
    let out = '';
    let at = 0;
    for (const h of holes) {
      out += s.slice(at, h.start) + '"'.repeat(h.end - h.start);
      at = h.end;
    }
    return out + s.slice(at);
  };
  const high = (s: string, i: number) => i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00;

  it('gives the tokens of the masked text where no token crosses a hole’s edge', () => {
    const s = 'He said “We will win,” and Macron’s aides “agreed” today.';
    const holes = [
      { start: s.indexOf('“We'), end: s.indexOf('”') + 1 },
      { start: s.indexOf('“agreed'), end: s.indexOf('agreed”') + 7 },
    ];
    const spans = spansOutside(tokenSpans(s), holes);
    expect(spans).toEqual(tokenSpans(mask(s, holes)));
    expect(spans!.length / 2).toBe(6);
  });

  it('gives null where a token crosses a hole’s edge', () => {
    // a single closing mark is a joiner: “rock’n’roll” with a hole over ’n’ only
    const s = 'rock’n’roll';
    expect(spansOutside(tokenSpans(s), [{ start: 4, end: 7 }])).toBeNull();
    expect(tokenSpans(mask(s, [{ start: 4, end: 7 }]))).toEqual([0, 4, 7, 11]);
  });

  it('agrees with tokenSpans of the masked text whenever it gives tokens, on random texts and holes', () => {
    let seed = 777;
    const next = (n: number) => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 * n);
    let answered = 0;
    for (const s of [...SAMPLES, ...randomTexts(2000)]) {
      for (let round = 0; round < 6; round++) {
        const holes: Array<{ start: number; end: number }> = [];
        for (let at = next(4); at < s.length; ) {
          const end = Math.min(s.length, at + 1 + next(6));
          holes.push({ start: at, end });
          at = end + next(6);
        }
        if (holes.some((h) => high(s, h.start) || high(s, h.end))) continue;
        const spans = spansOutside(tokenSpans(s), holes);
        if (!spans) continue;
        answered++;
        expect(spans, `${s} ${JSON.stringify(holes)}`).toEqual(tokenSpans(mask(s, holes)));
      }
    }
    expect(answered).toBeGreaterThan(1000);
  });
});

describe('capStopAt', () => {
  it('answers as CAP_STOP.has on the slice, for its words, their neighbours and other tokens', () => {
    const tried = new Set<string>();
    for (const w of CAP_STOP) for (const v of [w, w.toLowerCase(), w.toUpperCase(), w.slice(0, -1), w.slice(1), `${w}s`, `${w}’s`, `É${w}`]) tried.add(v);
    for (const s of [...SAMPLES, 'The Theory of Monday Mondays; I II İ He’s']) for (const t of tokenize(s)) tried.add(t.text);
    let hits = 0;
    for (const v of tried) {
      const text = `(${v})`;
      expect(capStopAt(text, 1, 1 + v.length), v).toBe(CAP_STOP.has(v));
      if (CAP_STOP.has(v)) hits++;
    }
    expect(hits).toBe(CAP_STOP.size);
    // only the slice is read
    expect(capStopAt('Theory', 0, 3)).toBe(true);
    expect(capStopAt('Theory', 0, 6)).toBe(false);
  });
});

describe('lowerTrieHas', () => {
  it('answers as toLowerCase and Set.has, for the words, their neighbours and other spellings', () => {
    const words = new Set(['the', 'said', 'a', 'saying', 'kit']);
    const trie = lowerTrie(words);
    const tried = ['the', 'THE', 'The', 'th', 'then', 'said', 'SAID', 'Said', 'sai', 'saidx', 'saying', 'a', 'A', 'an', '', 'ſaid', '\u212Ait', 'KIT', 'kİt', 'kit\u0307', 'şaid', 'the1', "the'"];
    let hits = 0;
    for (const w of tried) {
      const text = `(${w})`;
      const want = words.has(w.toLowerCase());
      if (want) hits++;
      expect(lowerTrieHas(trie, text, 1, 1 + w.length), w).toBe(want);
    }
    expect(hits).toBe(11);
  });

  it('refuses a word with more than the letters a–z', () => {
    expect(() => lowerTrie(['fine', 'Not'])).toThrow();
  });
});

describe('lowerUnit', () => {
  it('gives what each code unit becomes in toLowerCase wherever it stands, or -1', () => {
    let own = 0;
    for (let c = 0; c < 0x10000; c++) {
      const u = lowerUnit(c);
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c < 0xe000) expect(u, c.toString(16)).toBe(-1);
      if (u < 0) continue;
      own++;
      // alone, between letters, after a letter (where the capital sigma would become final)
      for (const [s, at] of [[ch, 0], [`a${ch}b`, 1], [`Α${ch}`, 1], [`${ch}Α`, 0]] as const) expect(s.toLowerCase().charCodeAt(at), `${c.toString(16)} in ${s}`).toBe(u);
      expect(ch.toLowerCase().length).toBe(1);
    }
    expect(lowerUnit(0x3a3)).toBe(-1);
    expect(lowerUnit('İ'.charCodeAt(0))).toBe(-1);
    expect(lowerUnit('É'.charCodeAt(0))).toBe('é'.charCodeAt(0));
    expect(own).toBeGreaterThan(60_000);
  });
});

describe('letters outside ASCII that lowercase to a–z', () => {
  it('are the Kelvin sign alone, which the speech-word and lowercase tries read as k', () => {
    const found: number[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1 && l >= 'a' && l <= 'z') found.push(c);
    }
    expect(found).toEqual([0x212a]);
    expect(lowerTrieHas(lowerTrie(['kit']), '\u212Ait', 0, 3)).toBe(true);
    expect(speechWordAt('remar\u212Aed', 0, 8)).toBe(true);
  });
});

describe('partitionPoint', () => {
  it('finds the first index where a sorted list stops being before a value, as a scan from the start does', () => {
    const sorted = [1, 3, 3, 3, 7, 9, 12];
    for (const at of [0, 1, 2, 3, 4, 7, 8, 12, 13]) {
      const scan = sorted.findIndex((v) => !(v < at));
      expect(partitionPoint(sorted.length, (i) => sorted[i]! < at)).toBe(scan < 0 ? sorted.length : scan);
    }
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
