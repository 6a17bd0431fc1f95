import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINAL_ROUNDS, evaluate, loadDevSet, loadRealSet, loadWrittenSet, sameSpeaker } from '../../scripts/claims-eval';

describe('claims dev set', () => {
  const docs = loadDevSet();

  it('holds at least six written articles with labelled claims inside their text', () => {
    expect(docs.filter((d) => !d.name.includes('seed')).length).toBeGreaterThanOrEqual(6);
    for (const d of docs) {
      for (const c of d.claims) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(d.text.length);
        expect(c.end).toBeGreaterThan(c.start);
        if (c.kind === 'quote') expect(c.speaker, d.text.slice(c.start, c.end)).toBeTruthy();
      }
    }
  });

  it('meets the targets: recall >= 0.90, precision >= 0.80, speaker accuracy on quotes >= 0.90', () => {
    const r = evaluate(docs);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('compares speakers by full name or last name, accents aside', () => {
    expect(sameSpeaker('António Guterres', 'Antonio Guterres')).toBe(true);
    expect(sameSpeaker('Christine Lagarde', 'Lagarde')).toBe(true);
    expect(sameSpeaker('Christine Lagarde', 'Markus Feld')).toBe(false);
    expect(sameSpeaker('Christine Lagarde', undefined)).toBe(false);
    // two full names with other first names are two people of one surname; a short or initial first name is the same one
    expect(sameSpeaker('Celeste Whitfield', 'Darnell Whitfield')).toBe(false);
    expect(sameSpeaker('Patrick W. Carlineo', 'Pat Carlineo')).toBe(true);
    expect(sameSpeaker('J. D. Vance', 'JD Vance')).toBe(true);
    expect(sameSpeaker('Ray Dominguez', 'Councilmember Ray Dominguez')).toBe(true);
  });

  it('takes a name that opens the other with two words or more, and an acronym of the other name', () => {
    expect(sameSpeaker('Big Machine', 'Big Machine Records')).toBe(true);
    expect(sameSpeaker('Big Machine Records', 'Big Machine')).toBe(true);
    expect(sameSpeaker('Ohio Environmental Protection Agency', 'Ohio EPA')).toBe(true);
    expect(sameSpeaker('Drug Enforcement Administration', 'DEA')).toBe(true);
    // one word is not enough to open a name, and capitals that spell other initials are another name
    expect(sameSpeaker('Declan Quinlan', 'Declan')).toBe(false);
    expect(sameSpeaker('Drug Enforcement Administration', 'FBI')).toBe(false);
    expect(sameSpeaker('Big Machine', 'Big Pharma Group')).toBe(false);
  });

  it('takes two descriptions of someone unnamed with the same head noun, and no other pair', () => {
    expect(sameSpeaker('maths teacher in Leicester', 'a maths teacher in Leicester with 22 years in the classroom')).toBe(true);
    expect(sameSpeaker('unnamed patient', 'Another patient')).toBe(true);
    expect(sameSpeaker('patient', 'the man')).toBe(false);
    expect(sameSpeaker("the victim's mother", 'The victim')).toBe(false);
    // a name is no description, whatever its last word
    expect(sameSpeaker('support lead in Dublin', 'Dublin Lead Group')).toBe(false);
    // (session 8: a place or employer before the noun and a mark in brackets after it are no part of the head)
    expect(sameSpeaker('Willow Creek parent (unnamed)', 'parent')).toBe(true);
    expect(sameSpeaker('Salt & Ember sous chef (unnamed)', 'sous chef')).toBe(true);
    expect(sameSpeaker('Salt & Ember employee (unnamed)', 'sous chef')).toBe(false);
    expect(sameSpeaker('Ohio Department of Health', 'the department')).toBe(false);
  });

  it("takes any name of the entity the speaker is linked to: 'Spurs' are Tottenham Hotspur", () => {
    expect(sameSpeaker('Tottenham Hotspur', 'Spurs')).toBe(false);
    expect(sameSpeaker('Tottenham Hotspur', 'Spurs', ['Tottenham Hotspur F.C.', 'Tottenham Hotspur', 'Spurs'])).toBe(true);
    expect(sameSpeaker('Tottenham Hotspur', 'Tottenham', ['Tottenham Hotspur F.C.', 'Tottenham Hotspur', 'Spurs'])).toBe(true);
    expect(sameSpeaker('Home Depot', 'Lowe’s', ['Lowe’s', 'Lowe’s Companies'])).toBe(false);
  });
});

describe('claims real-page set', () => {
  const real = loadRealSet();

  // The pages rules were drawn from (all but the final held-out rounds, if any), with text alone as in
  // the unit tests' other checks: a guard against losing what was learned, just under the level reached
  // (text alone, the eight pages and rounds 1–15: P 0.880, R 0.908, speakers 0.896; the issue's
  // targets are recall and speakers >= 0.90, precision >= 0.80; see tests/devset/claims/README.md).
  // The final rounds are only reported (npm run eval:claims), never a target to tune on.
  it.skipIf(!real)('keeps the level reached on the pages tuned on: recall >= 0.90, precision >= 0.86, speakers >= 0.88', () => {
    const r = evaluate(real!.filter((d) => !FINAL_ROUNDS.includes(d.heldOut ?? 0)));
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.86);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.88);
  });

  it.skipIf(!real)('holds eight or more labelled news pages whose labels fall inside their text', () => {
    expect(real!.length).toBeGreaterThanOrEqual(8);
    // every label file is read: a file whose `at` words disagree with its text is left out of the figures
    const files = readdirSync(join(import.meta.dirname, '../devset/claims/real')).filter((f) => f.endsWith('.json'));
    expect(real!.map((d) => d.name).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const d of real!) {
      expect(d.claims.length).toBeGreaterThan(0);
      for (const c of d.claims) {
        expect(c.end).toBeLessThanOrEqual(d.text.length);
        expect(c.end).toBeGreaterThan(c.start);
        if (c.kind === 'quote') expect(c.speaker, d.text.slice(c.start, c.end)).toBeTruthy();
      }
    }
  });
});

describe('claims written blind set', () => {
  // The written rounds rules were drawn from (all but the final rounds), text alone: rounds 16, 18, 19, 20 and
  // 23, P 0.924, R 0.933, speakers 0.893 when this floor was set (their first, blind runs are in the dev-set README).
  it('keeps the level reached on the written rounds tuned on: precision and recall >= 0.90, speakers >= 0.86', () => {
    const tuned = loadWrittenSet().filter((d) => !FINAL_ROUNDS.includes(d.heldOut ?? 0));
    expect(tuned.length).toBeGreaterThan(0);
    const r = evaluate(tuned);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.speakerAccuracy).toBeGreaterThanOrEqual(0.86);
  });

  it('reads every file, each label inside its text and opening with its recorded words, every quote with a speaker', () => {
    const written = loadWrittenSet();
    const files = readdirSync(join(import.meta.dirname, '../devset/claims/written')).filter((f) => f.endsWith('.json'));
    expect(written.map((d) => d.name).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect(written.length).toBeGreaterThanOrEqual(8);
    for (const d of written) {
      expect(d.heldOut).toBeGreaterThan(0);
      for (const c of d.claims) {
        expect(c.end).toBeLessThanOrEqual(d.text.length);
        expect(c.end).toBeGreaterThan(c.start);
        if (c.kind === 'quote') expect(c.speaker, d.text.slice(c.start, c.end)).toBeTruthy();
      }
    }
  });
});
