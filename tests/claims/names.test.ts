import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/engine/types';
import { descriptorsAfter, descriptorsBefore, findReferents } from '../../lib/claims/names';

describe('descriptors', () => {
  it('reads titles and nationalities before a name and a role in an appositive after it', () => {
    const text = 'Ukrainian President Olena Koval met Tom Reed, the US special envoy, in Paris.';
    expect(descriptorsBefore(text, text.indexOf('Olena'))).toEqual(['president', 'ukrainian']);
    expect(descriptorsAfter(text, text.indexOf(', the US'))).toEqual(['us', 'special', 'envoy']);
    expect(descriptorsAfter(text, text.indexOf(', in Paris'))).toEqual([]);
  });

  it('reads a long chain of descriptors, past the few words it looks at first, up to the 60 characters before the name', () => {
    const text = 'The memo said former Ukrainian deputy prime minister Anna Kowalski would attend.';
    expect(descriptorsBefore(text, text.indexOf('Anna'))).toEqual(['minister', 'prime', 'deputy', 'ukrainian', 'former']);
    // the 60 characters start inside a word: its tail reads as a capitalised word of its own
    const long = 'as ABCDEFGH senior deputy foreign acting interim chief adviser new Tom Reed';
    expect(descriptorsBefore(long, long.indexOf('Tom'))).toEqual(['new', 'adviser', 'chief', 'interim', 'acting', 'foreign', 'deputy', 'senior', 'efgh']);
  });
});

describe('findReferents', () => {
  it('keeps people named in the text with evidence, and drops titles from their names', () => {
    const text = 'French President Anne Morel said talks were over. Later Morel left. Saudi Arabia was quiet.';
    const refs = findReferents(text, []);
    expect(refs.map((r) => r.name)).toEqual(['Anne Morel', 'Morel']);
    expect(refs.every((r) => r.key === 'morel' && r.person)).toBe(true);
    expect([...refs[1]!.descriptors]).toEqual(expect.arrayContaining(['french', 'president']));
  });

  it('uses the mentions’ entities (the spotter links the bare surname too)', () => {
    const text = 'Prime Minister Jan Visser spoke. Visser said more.';
    const m: Mention = { start: 15, end: 25, text: 'Jan Visser', entityId: 'jan-visser', type: 'person', confidence: 1, reason: '', highlight: true };
    const refs = findReferents(text, [m, { ...m, start: 33, end: 39, text: 'Visser' }]);
    expect(refs.map((r) => [r.name, r.entityId])).toEqual([
      ['Jan Visser', 'jan-visser'],
      ['Visser', 'jan-visser'],
    ]);
  });

  it('reads names with initials and particles', () => {
    const text = 'Senator J. D. Vance said no. Chief executive Peter van Aalst said yes.';
    expect(findReferents(text, []).map((r) => r.name)).toEqual(['J. D. Vance', 'Peter van Aalst']);
  });
});

describe('organisations', () => {
  it('does not take acronyms or names with organisation words for persons', () => {
    const text = 'NHS England said waits grew. The UN agency UNHCR said 5 million fled. Keelson Group said no.';
    expect(findReferents(text, []).filter((r) => r.person)).toEqual([]);
  });
});

describe('findReferents with mentions out of order', () => {
  it('gives the referents it gives for the same mentions in order (they are sorted or merged by position)', () => {
    const text = 'Minister Jan Visser met Anna Kowalski, the French envoy, in Paris. Kowalski said Visser and NATO agreed. Tom Reed said so too.';
    const at = (s: string, entityId: string | null, type: Mention['type']): Mention => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s, entityId, type, confidence: 1, reason: '', highlight: true };
    };
    const inOrder = [at('Jan Visser', 'jan-visser', 'person'), at('Anna Kowalski', null, 'person'), at('Paris', 'paris', 'place'), at('Kowalski said', null, 'person'), at('NATO', 'nato', 'organization'), at('Tom Reed', null, 'person')];
    const read = (ms: Mention[]) => findReferents(text, ms).map((r) => ({ ...r, descriptors: [...r.descriptors] }));
    const expected = read(inOrder);
    expect(expected.map((r) => r.name)).toEqual(['Jan Visser', 'Anna Kowalski', 'Kowalski', 'NATO', 'Tom Reed']);
    expect(read([...inOrder].reverse())).toEqual(expected);
    expect(read([inOrder[4]!, inOrder[0]!, inOrder[5]!, inOrder[1]!, inOrder[3]!, inOrder[2]!])).toEqual(expected);
  });
});
