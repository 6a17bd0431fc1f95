/**
 * Rules drawn in session 11 from the first runs of dev rounds 72 and 73 (see tests/devset/claims/README.md) and
 * from invented probes. Every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../lib/claims/given-names';
import { quoteSpeaker } from './helpers';

describe('a name the next quotation’s "she said" speaks for', () => {
  it('is a person’s, though nothing else says so: "Bronagh Kelly chairs …. “…,” she said"', () => {
    const text = 'Uniform bill\n\nDervla Quinlan-Moss chairs the parents group. "We are paying twice for the same jumper," she said.';
    expect(quoteSpeaker(text, 'paying twice')).toBe('Dervla Quinlan-Moss');
  });

  it('but not when another name stands in its sentence', () => {
    const text = 'Uniform bill\n\nHarbour Board met Tamsin Orley on Monday. "We are paying twice for the same jumper," she said.';
    expect(quoteSpeaker(text, 'paying twice')).not.toBe('Harbour Board');
  });
});

describe('a parliamentary title written before a name', () => {
  it('is no part of the name: "Independent TD Pádraig Mac Con Uladh"', () => {
    const text =
      'Uniform bill\n\nSorcha Delahunt-Ojo, the charity’s director, said costs had doubled. "It is out of control," she said.\n\n' +
      'Independent TD Pádraig Mac Con Uladh will bring a bill next month. He said it could save families "a great deal of money every year."';
    expect(quoteSpeaker(text, 'a great deal of money')).toBe('Pádraig Mac Con Uladh');
  });

  it('and the Irish given names the lists lacked tell a gender', () => {
    expect(['Bronagh', 'Ailbhe', 'Dearbhla', 'Tadhg', 'Ruairí'].map(givenNameGender)).toEqual(['f', 'f', 'f', 'm', 'm']);
  });
});

describe('a participle set between commas after the subject', () => {
  it('does not make the name inside it the speaker: "Daniel Obi, representing Mr Carver, told the court"', () => {
    const text = 'Trial\n\nDaniel Obiora, representing Mr Carvell, told the court that his client had been "in the wrong place at the wrong time" that night.';
    expect(quoteSpeaker(text, 'in the wrong place')).toBe('Daniel Obiora');
  });
});

describe('a verb after "but"', () => {
  it('is said by the clause’s subject: "Germany’s embassy declined to comment but said …"', () => {
    const text = 'Language cuts\n\nThe faculty will close its German department. The Austrian embassy declined to comment directly but said it "valued the links between our universities".';
    expect(quoteSpeaker(text, 'valued the links')).toMatch(/embassy/);
  });

  it('and after "A spokeswoman for the label, NAME," the name is that subject', () => {
    const text = 'Royalties case\n\nA spokeswoman for the label, Nadia Ferreira-Lund, declined to comment on the deductions but said the company had "offered many times" to meet the artists.';
    expect(quoteSpeaker(text, 'offered many times')).toBe('Nadia Ferreira-Lund');
  });
});

describe('people named by a plural noun as a sentence opens', () => {
  it('are no company "the company said" stands for', () => {
    const text =
      'Mine row\n\nThe mine is run by Compañía Minera Cerro Verde, which employs 2,000 people. Residents say their wells are drying up. ' +
      '"We take our neighbours seriously," the company said.';
    expect(quoteSpeaker(text, 'neighbours seriously')).toBe('Compañía Minera Cerro Verde');
  });
});

describe('a second verb joined by "and" after a verb of saying', () => {
  it('has the first verb’s speaker, not a noun phrase in what was said ("… said the department was … and urged the union to …")', () => {
    const text =
      'Pension strike\n\nThe National Union of Classroom Staff (NUCS) voted to strike. The NUCS said 80% backed it.\n\n' +
      'A spokesperson for the education ministry said the department was "disappointed" by the result and urged the union to return to the table. ' +
      '"The offer on the table is fair and affordable," the spokesperson said in a statement.';
    expect(quoteSpeaker(text, 'fair and affordable')).toBe('the education ministry');
  });
});

describe('a saint’s possessive', () => {
  it('is the end of a name that then speaks ("St Columba’s said"), and a spokeswoman just after speaks for it', () => {
    const text =
      'Breach fine\n\nThe Data Protection Office fined the hospital group. In a statement, St Columba’s said it accepted the findings and “apologised unreservedly” to patients. ' +
      '“We have rebuilt our systems from scratch,” a spokeswoman said.';
    expect(quoteSpeaker(text, 'rebuilt our systems')).toMatch(/^St Columba/);
  });
});
