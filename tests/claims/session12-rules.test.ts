/**
 * Speaker rules drawn in session 12 from the dev rounds' errors and from invented probes; each test's text is
 * invented, and each fails on the code before its rule.
 */
import { describe, expect, it } from 'vitest';
import { hasPersonEvidence } from '../../lib/claims/descriptors';
import { quoteSpeaker } from './helpers';

describe('a public service speaks for itself', () => {
  it('"A spokesperson for the courts service said" gives the service', () => {
    const text =
      'Courts\n\nPossession cases now take nine weeks. A spokesperson for the courts service said the extra sitting days were "helping cases be heard more quickly".';
    expect(quoteSpeaker(text, 'helping cases')).toBe('the courts service');
  });

  it('so does "the prison service" a later "she added" follows', () => {
    const text = 'Prisons\n\nA spokeswoman for the prison service said the figures were under review. “We take this very seriously and will act,” she added.';
    expect(quoteSpeaker(text, 'very seriously')).toBe('the prison service');
  });
});

describe('a person named after "For" opening a sentence, and a place before "all his life"', () => {
  const text =
    'Ferry\n\nThe operator confirmed the route would close in March.\n\n' +
    'For Malachy Fearon, 72, who has lived on Inishcarra all his life, the closure feels like an ending. "My father crewed the first ferry," he said.';
  const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;

  it('"For" opening the sentence is no tail of a longer name: the age and "who" make Fearon a person', () => {
    expect(hasPersonEvidence(text, ...at('Malachy Fearon'))).toBe(true);
  });

  it('"all his life" after a place says nothing of a person', () => {
    expect(hasPersonEvidence(text, ...at('Inishcarra'))).toBe(false);
  });

  it('so "he said" is Fearon', () => {
    expect(quoteSpeaker(text, 'My father')).toBe('Malachy Fearon');
  });
});

describe('a name an appositive gives after "called"', () => {
  it('"The contractor, a Dublin-based software firm called Norvane Data Systems, said" is Norvane Data Systems, not "firm"', () => {
    const text = 'Leak\n\nThe contractor, a Dublin-based software firm called Norvane Data Systems, said in a short statement that it had "found a configuration error during a migration".';
    expect(quoteSpeaker(text, 'configuration error')).toBe('Norvane Data Systems');
  });

  it('"a software firm named Norvane," said: the name after "named"', () => {
    const text = 'Leak\n\nThe contractor, a software firm named Norvane, said it had "found a configuration error during a migration".';
    expect(quoteSpeaker(text, 'configuration error')).toBe('Norvane');
  });
});

describe('a public body named by what it is of, in lower case', () => {
  it('"The Dutch ministry of social affairs said" speaks', () => {
    const text = 'Ruling\n\nThe court ruled for the riders. The Dutch ministry of social affairs said it had noted the ruling and would "take it into account in its work".';
    expect(quoteSpeaker(text, 'take it into account')).toBe('Dutch ministry of social affairs');
  });

  it('"the department of agriculture" after "A spokesperson for"', () => {
    const text = 'Ruling\n\nThe court ruled for the farmers. A spokesperson for the department of agriculture said it would "study the judgment closely before deciding".';
    expect(quoteSpeaker(text, 'study the judgment')).toBe('department of agriculture');
  });
});

describe('"the statement said" after "In a statement …, NAME apologised"', () => {
  it('is the person the sentence that opened with the statement names', () => {
    const text =
      'Fine\n\nThe company was fined £3m. Its lawyer, Tobias Reinholt, told the court it had "accepted full responsibility". He said new pumps had been installed.\n\n' +
      'In a statement issued after the hearing, Ashvale Water’s chief executive, Graham Oyelaran, apologised to customers.\n\n"We got this badly wrong, and I am sorry," the statement said.';
    expect(quoteSpeaker(text, 'badly wrong')).toBe('Graham Oyelaran');
  });
});

describe('"the authority said" after a sentence opened with "Italy’s competition authority"', () => {
  it('is that body, not a bank named since', () => {
    const text =
      'Banks\n\nItaly’s competition authority has approved the merger of two regional lenders, Banca Serrano and Credito Vallino, on conditions.\n\n' +
      'Banca Serrano said the deal would close in May.\n\n' +
      'Without those remedies, the authority said in a statement, the deal would have given the group “a position of significant market power” in 11 provinces.';
    expect(quoteSpeaker(text, 'significant market power')).toBe('Italy’s competition authority');
  });

  it('and with no organisation named at all', () => {
    const text =
      'Fish\n\nNorway’s fisheries ministry has set next year’s cod quota.\n\nFishers were angry.\n\n“The stock must recover first,” the ministry said.';
    expect(quoteSpeaker(text, 'stock must recover')).toBe('Norway’s fisheries ministry');
  });
});

describe('business words that name a firm, never a person ("Dairies", "Water", "Hospitality")', () => {
  it('"Brookmere Dairies said …" then "the company" is Brookmere Dairies', () => {
    const text =
      'Milk\n\nFarmers blockaded the Brookmere Dairies plant on Monday. Brookmere Dairies said in a statement that it understood their anger.\n\n' +
      '"Wholesale prices for butter have collapsed this year," the company said.';
    expect(quoteSpeaker(text, 'Wholesale prices')).toBe('Brookmere Dairies');
  });
});

describe('a college is no person', () => {
  it('"The Royal College of Nursing said …. A spokesperson for the union said" is the college', () => {
    const text =
      'Nurses\n\n"They are good nurses," she said.\n\n' +
      'The Royal College of Nursing said the figures reflected a national problem. A spokesperson for the union said trusts had been "forced into the arms of agencies" by years of poor pay.';
    expect(quoteSpeaker(text, 'forced into the arms')).toBe('Royal College of Nursing');
  });
});

describe('a public body described in lower case that no name holds', () => {
  it('"The regional water authority said" is that body, not the consultancy named before', () => {
    const text =
      'Water\n\nAnalysts at the consultancy Kellerman Byrne estimated that data centres used 70 million cubic metres of water in 2024.\n\n' +
      'The regional water authority said in a brief statement that it was “reviewing the information received in full”.';
    expect(quoteSpeaker(text, 'reviewing the information')).toBe('The regional water authority');
  });

  it('but the body named before whose name holds those words is that body', () => {
    const text =
      'Water\n\nThe Tamar Regional Water Authority granted the permit in 2023. Analysts at the consultancy Kellerman Byrne estimated that data centres used 70 million cubic metres of water in 2024.\n\n' +
      'The regional water authority said in a brief statement that it was “reviewing the information received in full”.';
    expect(quoteSpeaker(text, 'reviewing the information')).toBe('Tamar Regional Water Authority');
  });
});

describe('rules from dev rounds 106–108', () => {
  it('"Cr" is a councillor’s title, not part of the name ("Cr Walsh said" is Peter Walsh)', () => {
    const text = 'Pool\n\nCouncillor Peter Walsh said the roof had been rated poor in 2019.\n\n“That recommendation sat in a drawer,” Cr Walsh said.';
    expect(quoteSpeaker(text, 'sat in a drawer')).toBe('Peter Walsh');
  });

  it('a weekday’s possessive is no subject ("Monday’s online edition carried a note from the editor, NAME, telling …")', () => {
    const text =
      'Strike\n\nJournalists walked out on Friday.\n\nMonday’s online edition carried a short note from the editor, Grace Moloi, telling readers that coverage would be “more limited than usual during the action”. Moloi declined to comment further.';
    expect(quoteSpeaker(text, 'more limited')).toBe('Grace Moloi');
  });

  it('a dateline in capitals is no subject ("ST. JOHN\'S, Newfoundland - …")', () => {
    const text = 'ST. JOHN\'S, Newfoundland - Rescuers searched the bay overnight, saying "there is still hope we find them alive."';
    expect(quoteSpeaker(text, 'still hope')).toBe('Rescuers');
  });

  it('a participle after "told" in its sentence is the teller’s, not the subject’s', () => {
    const text =
      'Inquiry\n\nThe fishing trawler Northern Reach was overloaded, a former crew member told a public inquiry on Tuesday, describing a night when "everything that could go wrong, went wrong at once."';
    expect(quoteSpeaker(text, 'everything that could')).toBe('former crew member');
  });
});

describe('someone kept unnamed by a relative clause without commas', () => {
  it('"a steward who asked not to be named said" is the steward', () => {
    const text = 'Walkout\n\nFans left in the 77th minute. At one London ground, a steward who asked not to be named said the walkout had been "peaceful and good-natured from start to finish".';
    expect(quoteSpeaker(text, 'peaceful')).toBe('steward');
  });

  it('so is "A senior official who spoke on condition of anonymity said" opening a sentence', () => {
    const text = 'Talks\n\nThe talks ended without a deal. A senior official who spoke on condition of anonymity said the gap was "wider than anyone will admit in public".';
    expect(quoteSpeaker(text, 'wider than anyone')).toBe('senior official');
  });
});
