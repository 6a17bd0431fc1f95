/** Rules added for real news pages; every sentence here is invented for the test. */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/engine/types';
import { CLAIM_THRESHOLD, findClaims } from '../../lib/claims/index';
import { kindsOf } from '../../lib/claims/kinds';
import { findNumbers } from '../../lib/claims/numbers';
import { findQuotes } from '../../lib/claims/quotes';
import { splitSentences } from '../../lib/claims/sentences';
import { unspottedSpeaker } from './helpers';

const claimOf = (text: string, opening: string) => findClaims(text, []).find((c) => c.kind !== 'quote' && c.text.startsWith(opening)) ?? null;
const kinds = (s: string) => kindsOf(s, findNumbers(s, 0, s.length));
const numbers = (s: string) => findNumbers(s, 0, s.length).map((n) => n.text);

describe('quotations closed by two apostrophes', () => {
  it('are quotations, without the marks in their words, and end their sentence', () => {
    const text = 'The board said “the plan is dead and buried.’’ Later, it said “we will try again next year.’’';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['the plan is dead and buried.', 'we will try again next year.']);
    expect(splitSentences(text).map((s) => s.text.slice(0, 12))).toEqual(['The board sa', 'Later, it sa']);
  });
});

describe('attribution on real news patterns', () => {
  it('gives a participle after a comma to the subject of the clause', () => {
    const c = claimOf('Interior Minister Lena Daal defended the ban, saying the border towns had seen 40 attacks.', 'Interior');
    expect(c?.speaker?.name).toBe('Lena Daal');
  });

  it('gives "issued a statement warning" to the organisation that issued it', () => {
    const text = 'In a rare move, the Harbour Authority, which runs the docks, issued a statement warning that “ships will be turned away without papers.”';
    expect(unspottedSpeaker(text, 'ships will be turned away')).toBe('Harbour Authority');
  });

  it('reads a passive "accused by X" and an aside between commas', () => {
    expect(claimOf('The mayor is accused by prosecutors of hiding 3 million euros in debt.', 'The mayor')?.speaker?.name).toBe('prosecutors');
    expect(claimOf('The Northern Front, however, claimed it had taken the valley.', 'The Northern')?.speaker?.name).toBe('Northern Front');
  });

  it('does not take the object of "told" or "called" for the speaker', () => {
    const text = '“It was a fair vote,’’ Mara Lind, head of the electoral watchdog Open Count, told the Daily Post.';
    expect(unspottedSpeaker(text, 'It was a fair vote')).toBe('Mara Lind');
  });

  it('does not read a speech word as a verb after a determiner, nor inside a capitalised name', () => {
    expect(claimOf('It was not possible to verify the group’s claim.', 'It was')).toBeNull();
    expect(claimOf('Two United States sailors were hurt in the storm on Monday.', 'Two')?.speaker ?? null).toBeNull();
  });

  it('gives "the statement said" to the organisation whose statement it is', () => {
    const text = 'Three soldiers were rescued, the army said on Friday.\n\n"The search for the fourth soldier goes on through the night," the statement said.';
    expect(unspottedSpeaker(text, 'The search for the fourth')).toBe('the army');
  });

  it('never resolves a pronoun to someone named after it in the same sentence', () => {
    const text =
      'Jonas Weber, 61, of Kettering, admitted the threats. He phoned the office of Senator Ruth Alder in June. ' +
      'During the call, he insulted Alder and said, “somebody should teach her a lesson,” the court heard.';
    expect(unspottedSpeaker(text, 'somebody should teach her')).toBe('Jonas Weber');
  });

  it('reads past a time phrase between the subject and the verb', () => {
    expect(claimOf('Trade Minister Ola Brandt on Tuesday accused the cartel of fixing prices.', 'Trade')?.speaker?.name).toBe('Ola Brandt');
    expect(claimOf('The ministry last week said the canal would reopen.', 'The ministry')?.speaker?.name).toBe('The ministry');
  });

  it('shows what a named speaker reports even without a figure', () => {
    const text = 'Dana Voss, 44, of Lyme, was arrested in May. Later that night, Voss admitted to hiding the stolen paintings in a barn.';
    const c = claimOf(text, 'Later that night');
    expect(c?.speaker?.name).toBe('Dana Voss');
    expect(c?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('takes a bare verb or a participle after a name for a noun, not for speech', () => {
    const text = 'Lena Holt, 29, runs the bakery. In a Facebook post at the time she described the fire as "the worst night of my life".';
    expect(unspottedSpeaker(text, 'the worst night of my life')).toBe('Lena Holt');
  });

  it('gives "the company says" to the organisation that spoke last under its name', () => {
    const text = 'The firm that owns the stadium, Harbour Arena Group, says the match will go ahead.\n\nBut the company says it never received the safety report.';
    expect(claimOf(text, 'But the company')?.speaker?.name).toBe('Harbour Arena Group');
  });

  it('gives a participle after a time word to the clause subject, by the name set between commas', () => {
    const text = 'The union, Dock Workers United, met in March and sent a letter earlier this month stating that members “will not accept the new rota under any terms.”';
    expect(unspottedSpeaker(text, 'will not accept the new rota')).toBe('Dock Workers United');
  });

  it('reads past an adverb in -ly between the subject and the verb', () => {
    const text = 'Peter Lund, 50, runs the port. He has consistently denied that 12 ships were turned away.';
    expect(claimOf(text, 'He has')?.speaker?.name).toBe('Peter Lund');
  });

  it('resolves a pronoun to the person the article keeps naming rather than one named once', () => {
    const text =
      'Mara Quist wrote the songs. Quist released four albums with the label. Quist left it in May. ' +
      'The label was sold to investor Tomas Brandt this year.\n\n"I just want my songs back," she said.';
    expect(unspottedSpeaker(text, 'I just want my songs back')).toBe('Mara Quist');
  });

  it('keeps a name whole before Jr., and does not cut "New York" at its role adjective', () => {
    const text = 'Carl T. Brenner Jr., 58, of Dover, was charged. Brenner said he was innocent. The Office for the District of New York said it would appeal.';
    const people = findClaims(text, []).map((c) => c.speaker?.name);
    expect(people).toContain('Carl T. Brenner');
    expect(people).not.toContain('York');
  });
});

describe('kinds and numbers on real news patterns', () => {
  it('reads beating forecasts, "one of the first" and record highs as comparisons', () => {
    expect(kinds('Exports in May beat forecasts.')).toContain('comparison');
    expect(kinds('She is one of the first women to lead the club.')).toContain('comparison');
    expect(kinds('Shares hit record highs on Friday.')).toContain('comparison');
  });

  it('reads "should keep" as a forecast and a capitalised Will before a name as a name', () => {
    expect(kinds('The cut should keep rates low until spring.')).toContain('prediction');
    expect(kinds('The claim came from Will Ortega, a local farmer.')).not.toContain('prediction');
  });

  it('does not count streaks, "a second X", durations or model numbers as statistics', () => {
    expect(findNumbers('Stocks rose for a seventh straight session.', 0, 44)).toEqual([]);
    expect(findNumbers('He faced a second charge.', 0, 25)).toEqual([]);
    expect(numbers('The 12-month inquiry ended. The 747 fleet was retired. It bought five 737 jets.')).toEqual([]);
    expect(numbers('The airline bought 30 jets for $8 billion.')).toEqual(['30', '$8 billion']);
  });
});

describe('organisations quoted under a common noun', () => {
  it('gives "the ministry said" to the name written before with "Ministry" in it', () => {
    const text = 'The Harbour Ministry of Fisheries issued new quotas on Friday. “Stocks have never been this low,” the ministry said.';
    expect(unspottedSpeaker(text, 'never been this low')).toBe('Harbour Ministry of Fisheries');
  });

  it('gives "the airline said" to the airline named before, by the word that closes airline names', () => {
    const text = 'Northwind Airways cut 400 jobs on Tuesday. “We had no choice,” the airline said.';
    expect(unspottedSpeaker(text, 'no choice')).toBe('Northwind Airways');
    // and the organisation stays the speaker of a later "the company said"
    expect(claimOf(`${text} The company said bookings fell 12% in May.`, 'The company')?.speaker?.name).toBe('Northwind Airways');
  });

  it('gives "the group said" to a name described before as a group in an appositive', () => {
    const text = 'Greenfield Alliance, a farmers’ group, opposed the plan on Monday. “This will ruin small farms,” the group said.';
    expect(unspottedSpeaker(text, 'ruin small farms')).toBe('Greenfield Alliance');
    // the nearer of two names wins
    const two = `The Tarn Group built the mill. ${text}`;
    expect(unspottedSpeaker(two, 'ruin small farms')).toBe('Greenfield Alliance');
  });

  it('keeps "the airline" as an unnamed group speaker when no airline was named', () => {
    expect(unspottedSpeaker('Flights were cancelled across the region. “We apologise to passengers,” the airline said.', 'apologise')).toBe('the airline');
  });

  it('does not take a name without the org word for "the ministry"', () => {
    expect(unspottedSpeaker('Anna Berg visited the port. “The rules are clear,” the ministry said.', 'rules are clear')).toBe('the ministry');
  });

  it('gives "it said" to the organisation mentioned last when no group has spoken', () => {
    const text = 'Larkspur Foods pulled its jam from shelves on Monday. “Safety comes first,” it said.';
    const start = text.indexOf('Larkspur Foods');
    const org: Mention = { start, end: start + 'Larkspur Foods'.length, text: 'Larkspur Foods', entityId: 'org-larkspur', type: 'organization', confidence: 1, reason: 'test', highlight: true };
    expect(findClaims(text, [org]).find((c) => c.kind === 'quote')?.speaker).toMatchObject({ entityId: 'org-larkspur', name: 'Larkspur Foods' });
    expect(unspottedSpeaker(text, 'Safety comes first')).toBeNull();
  });
});

describe('negated statements', () => {
  it('count as asserting something, like their plain forms', () => {
    const negated = claimOf('Rowan Mills closed in May. But the company says it didn’t owe the workers anything.', 'But the company');
    const plain = claimOf('Rowan Mills closed in May. But the company says it did owe the workers nothing.', 'But the company');
    expect(negated?.score).toBe(plain?.score);
    expect(negated!.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });
});
